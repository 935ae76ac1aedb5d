package dev.headroom.proxy.wire;

import dev.headroom.conversation.Message;
import java.util.List;

/**
 * One streamed model response: its events are fed as they arrive, and once the stream has ended it
 * gives the assistant message they add up to. A round that was held back can be re-emitted without
 * some of its tool calls. Not thread-safe: one per round.
 */
public interface StreamRound {

    /** Takes the next event. */
    void accept(SseEvent event);

    /**
     * The assistant message the events add up to, its origin being the message as this API's request
     * JSON; null when the stream did not complete a response (an error event, a cut stream).
     */
    Message.Assistant assistant();

    /** {@code events} (this round's, in order) with only the calls at {@code keptCalls}. */
    List<SseEvent> keepingCalls(List<SseEvent> events, List<Integer> keptCalls);
}

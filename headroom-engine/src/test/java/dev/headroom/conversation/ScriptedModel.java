package dev.headroom.conversation;

import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A stand-in model for conversation tests: answers each request with the next scripted step (a
 * function of the request as the model received it, in neutral form) and records every request.
 * Thread-safe enough for one caller at a time.
 */
public final class ScriptedModel {

    private final Deque<Function<Conversation, Message.Assistant>> steps = new ArrayDeque<>();
    private final List<Conversation> requests = Collections.synchronizedList(new ArrayList<>());
    private Function<Conversation, Message.Assistant> always;

    /** Answers the next request with {@code step}. */
    public ScriptedModel then(Function<Conversation, Message.Assistant> step) {
        steps.add(step);
        return this;
    }

    /** Answers every request left after the scripted steps with {@code step}. */
    public ScriptedModel always(Function<Conversation, Message.Assistant> step) {
        this.always = step;
        return this;
    }

    /** The next response to {@code request}, recording it. */
    public synchronized Message.Assistant respond(Conversation request) {
        requests.add(request);
        Function<Conversation, Message.Assistant> step = steps.poll();
        if (step == null) {
            step = always;
        }
        if (step == null) {
            throw new AssertionError("unexpected request #" + requests.size() + ": " + request.messages());
        }
        return step.apply(request);
    }

    /** Every request received, in order. */
    public List<Conversation> requests() {
        return List.copyOf(requests);
    }

    public static Message.Assistant text(String text) {
        return Message.Assistant.of(text);
    }

    public static Message.Assistant calls(String text, ToolCall... calls) {
        return Message.Assistant.of(text, calls);
    }

    public static ToolCall call(String id, String name, String arguments) {
        return new ToolCall(id, name, arguments);
    }

    public static ToolCall retrieve(String id, String handle) {
        return new ToolCall(id, RetrieveTool.NAME, "{\"handle\":\"" + handle + "\"}");
    }

    /** The handle of the first marker in the request's last tool result. */
    public static String lastHandle(Conversation request) {
        List<Message> m = request.messages();
        for (int i = m.size() - 1; i >= 0; i--) {
            if (m.get(i) instanceof Message.ToolResults t) {
                List<Marker> markers = Marker.findAll(t.text());
                if (!markers.isEmpty()) {
                    return markers.get(0).handle();
                }
            }
        }
        throw new AssertionError("no marker in a tool result of " + m);
    }

    /** The text of the request's last tool result. */
    public static String lastToolText(Conversation request) {
        List<Message> m = request.messages();
        for (int i = m.size() - 1; i >= 0; i--) {
            if (m.get(i) instanceof Message.ToolResults t) {
                List<ToolResult> r = t.results();
                return r.get(r.size() - 1).text();
            }
        }
        throw new AssertionError("no tool result in " + m);
    }
}

package dev.headroom.conversation;

import dev.headroom.ccr.RetrieveTool;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One call of a front end, from the caller's request to the reply it gets, across the retrieve
 * rounds in between. Send {@link #request()} to the model and hand each response to
 * {@link #onResponse}: it either answers the response's {@code headroom_retrieve} calls and gives the
 * next request to send, or gives the {@link Reply} for the caller. Front ends that cannot loop
 * synchronously (streaming) drive it from their callbacks; the others can use
 * {@link ConversationPolicy#call}. Not thread-safe: one per call.
 *
 * <h2>Retrieve rounds</h2>
 * A response calling only {@code headroom_retrieve} is answered from the store and the model is asked
 * again, up to the policy's round limit. Past it, the calls are answered with
 * {@link ConversationPolicy#LIMIT_MESSAGE} and the model gets one more round to answer with what it
 * has; if it still calls the tool, those calls are answered the same way and removed. A response
 * calling the tool together with others (a mixed round) has its retrieve calls answered and removed:
 * the caller receives the other calls, executes them and sends their results as usual. In every case
 * the policy remembers what the model really saw in place of the message it returned, and replays it
 * when the caller sends that message back (see {@link Edit.Replay}).
 */
public final class ConversationTurn {

    private static final System.Logger LOG = System.getLogger(ConversationTurn.class.getName());

    private final ConversationPolicy policy;
    private final Prepared prepared;
    /** What the model saw after the prepared messages and the caller does not: retrieve calls and their answers. */
    private final List<Message> hidden = new ArrayList<>();
    private RequestPlan current;
    private int contentRounds;
    private boolean lastRoundGiven;
    private int retrieveCalls;
    private long retrievedTokens;
    private int modelCalls = 1;
    private boolean reported;
    private ExchangeReplay.Entry remembered;

    ConversationTurn(ConversationPolicy policy, Prepared prepared) {
        this.policy = policy;
        this.prepared = prepared;
        this.current = prepared.plan();
    }

    /** The request to send to the model now. */
    public RequestPlan request() {
        return current;
    }

    /** The scope this call stores and retrieves originals in (null for none). */
    public String scope() {
        return prepared.scope();
    }

    /**
     * Decides what follows the model's response to {@link #request()}: the next request (when the
     * response called only {@code headroom_retrieve}), or the reply for the caller.
     *
     * @throws IllegalStateException if the call is already done
     */
    public Step onResponse(Message.Assistant response) {
        Objects.requireNonNull(response, "response");
        if (reported) {
            throw new IllegalStateException("this call is done; begin a new one");
        }
        List<ToolCall> calls = response.toolCalls();
        List<Integer> kept = new ArrayList<>(calls.size());
        List<ToolResult> answers = new ArrayList<>(1);
        for (int i = 0; i < calls.size(); i++) {
            ToolCall call = calls.get(i);
            if (!call.isRetrieve()) {
                kept.add(i);
            }
        }
        if (kept.size() == calls.size()) {
            return Step.done(finish(response, response, kept));
        }
        boolean withContent = contentRounds < policy.maxRetrieveRounds();
        for (ToolCall call : calls) {
            if (call.isRetrieve()) {
                String text = withContent
                        ? RetrieveCall.answer(policy.headroom(), call.arguments(), prepared.scope())
                        : ConversationPolicy.LIMIT_MESSAGE;
                answers.add(ToolResult.of(call.id(), RetrieveTool.NAME, text));
                if (withContent) {
                    retrievedTokens += policy.headroom().tokenCounter().count(text);
                }
            }
        }
        hidden.add(response);
        hidden.add(new Message.ToolResults(answers, "", null));
        retrieveCalls += answers.size();
        contentRounds += withContent ? 1 : 0;
        boolean again = kept.isEmpty() && (withContent || !lastRoundGiven);
        if (!again) {
            Message.Assistant stripped = new Message.Assistant(response.text(), pick(calls, kept), response.extra(), null);
            return Step.done(finish(stripped, response, kept));
        }
        lastRoundGiven |= !withContent;
        modelCalls++;
        policy.compressor().countResends(prepared.memoResults());
        RequestPlan first = prepared.plan();
        List<Message> messages = new ArrayList<>(first.messages().size() + hidden.size());
        messages.addAll(first.messages());
        messages.addAll(hidden);
        current = new RequestPlan(messages, first.tools(), first.toolsChanged(), first.edits(), hidden, true, current.round() + 1);
        return Step.again(current);
    }

    /** Ends a call whose model call failed: what was sent is still counted and reported. */
    public void onFailure() {
        if (!reported) {
            report();
        }
    }

    /**
     * Tells the policy which object of its own the front end handed to the caller for a reply it
     * {@linkplain Reply#changed() changed}, so that a later request passing back that very object is
     * recognised (a reply that was not changed is recognised by its response's origin).
     */
    public void handedOut(Object callerMessage) {
        if (callerMessage == null) {
            return;
        }
        ExchangeReplay.Entry entry = remembered;
        if (entry != null && entry.returnedOrigin() == null) {
            entry.bindReturnedOrigin(callerMessage);
        }
        policy.replay().handedOut(callerMessage);
    }

    private Reply finish(Message.Assistant toCaller, Message.Assistant response, List<Integer> kept) {
        try {
            long sentChain = prepared.sentChain();
            if (!hidden.isEmpty()) {
                List<Message> seen = new ArrayList<>(hidden);
                if (toCaller == response) {
                    seen.add(response);
                }
                // replayed later, the exchange keeps the retrieve tool offered as it was when it happened
                boolean marker = prepared.plan().markerSent();
                remembered = new ExchangeReplay.Entry(seen, retrievedTokens, marker, withoutOrigin(toCaller), toCaller.origin());
                policy.replay().remember(prepared.scope(), prepared.history(), sentChain, remembered);
            } else if (policy.replay().active()) {
                policy.replay().rememberPlain(sentChain, toCaller);
            } else {
                policy.replay().handedOut(toCaller.origin());
            }
        } catch (RuntimeException e) {
            // the next request then sends the caller's history as is: valid, only not an extension
            LOG.log(System.Logger.Level.WARNING, "headroom: remembering the retrieve exchange failed: {0}", e.toString());
        }
        return new Reply(toCaller, response, kept, report());
    }

    private TurnReport report() {
        reported = true;
        Prepared p = prepared;
        TurnReport r = new TurnReport(p.toolResults(), p.compressedToolResults(), p.tokensBefore(), p.tokensAfter(),
                p.replayedRetrievedTokens() + retrievedTokens, modelCalls, retrieveCalls, p.plan().retrieveOffered(),
                p.failedOpen(), p.replays(), p.replaysMissing(), p.historiesRebuilt(), p.stubbedToolResults(), p.stubbedTokens(),
                p.cut());
        policy.record(r);
        return r;
    }

    private static List<ToolCall> pick(List<ToolCall> calls, List<Integer> indexes) {
        List<ToolCall> out = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            out.add(calls.get(i));
        }
        return out;
    }

    private static Message.Assistant withoutOrigin(Message.Assistant m) {
        return m.origin() == null ? m : new Message.Assistant(m.text(), m.toolCalls(), m.extra(), null);
    }

    /** Either the next request to send, or the reply for the caller. */
    public record Step(RequestPlan next, Reply reply) {

        static Step done(Reply reply) {
            return new Step(null, reply);
        }

        static Step again(RequestPlan next) {
            return new Step(next, null);
        }

        /** Whether the call is over and {@link #reply()} goes to the caller. */
        public boolean isDone() {
            return next == null;
        }
    }
}

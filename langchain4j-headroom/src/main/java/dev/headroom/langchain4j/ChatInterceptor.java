package dev.headroom.langchain4j;

import dev.headroom.Headroom;
import dev.headroom.conversation.RetrieveCall;
import dev.headroom.conversation.ToolResultCompressor;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The logic both decorators share: rewrite the request, then after each model response either hand
 * it to the caller or answer its {@code headroom_retrieve} calls and ask again. Thread-safe.
 */
final class ChatInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger("dev.headroom.langchain4j");

    private final Headroom headroom;
    private final RequestRewriter rewriter;
    private final ExchangeReplay replay;
    private final int maxRetrieveRounds;
    private final String scope;
    private final List<HeadroomChatListener> listeners;
    private final StatsCounter stats = new StatsCounter();

    ChatInterceptor(Settings settings) {
        this.headroom = settings.headroom();
        this.replay = new ExchangeReplay(settings.replayCapacity());
        this.rewriter = new RequestRewriter(ToolResultCompressor.of(headroom), replay, settings.scope());
        this.maxRetrieveRounds = settings.maxRetrieveRounds();
        this.scope = settings.scope();
        this.listeners = settings.listeners();
    }

    /** Starts a call; never throws: on an internal failure the caller's request goes out unchanged. */
    Turn begin(ChatRequest request, ChatRequestParameters modelDefaults) {
        Objects.requireNonNull(request, "request");
        try {
            return new Turn(rewriter.prepare(request, modelDefaults));
        } catch (RuntimeException e) {
            LOG.warn("headroom: preparing the request failed; sending it unchanged: {}", e.toString());
            return new Turn(Prepared.untouched(request));
        }
    }

    /**
     * Decides what follows a model response. Retrieve-only responses are answered and the model is
     * asked again, up to the round limit. A response handed to the caller never contains a retrieve
     * call: they are answered, kept in the replayed history, and removed from the returned message.
     */
    Turn.Step step(Turn turn, ChatResponse response) {
        AiMessage message = response.aiMessage();
        List<ToolExecutionRequest> calls = message == null ? List.of() : message.toolExecutionRequests();
        List<ToolExecutionRequest> others = new ArrayList<>(calls.size());
        List<ToolExecutionRequest> retrieves = new ArrayList<>(2);
        for (ToolExecutionRequest call : calls) {
            (RetrieveToolSpec.isRetrieve(call) ? retrieves : others).add(call);
        }
        if (retrieves.isEmpty()) {
            return Turn.Step.done(finish(turn, response, false));
        }
        turn.hidden.add(message);
        for (ToolExecutionRequest call : retrieves) {
            ToolExecutionResultMessage answer = answer(call);
            turn.hidden.add(answer);
            turn.retrievedTokens += headroom.tokenCounter().count(answer.text());
        }
        turn.retrieveCalls += retrieves.size();
        if (!others.isEmpty() || turn.retrieveRounds >= maxRetrieveRounds) {
            AiMessage stripped = message.toBuilder().toolExecutionRequests(others).build();
            return Turn.Step.done(finish(turn, response.toBuilder().aiMessage(stripped).build(), true));
        }
        turn.retrieveRounds++;
        turn.modelCalls++;
        return Turn.Step.again(turn.nextRequest());
    }

    /** Ends a call that failed in the model: statistics still count what was sent. */
    void failed(Turn turn) {
        report(turn);
    }

    HeadroomChatStats stats() {
        return stats.snapshot();
    }

    Headroom headroom() {
        return headroom;
    }

    private ToolExecutionResultMessage answer(ToolExecutionRequest call) {
        String text;
        try {
            text = RetrieveCall.execute(headroom, call.arguments(), scope);
        } catch (RuntimeException e) {
            LOG.warn("headroom: answering {} failed: {}", call.name(), e.toString());
            text = "Headroom could not retrieve the original right now (" + e.getClass().getSimpleName()
                    + "). Continue with the compressed content.";
        }
        return ToolExecutionResultMessage.from(call, text);
    }

    /** Records the hidden exchange for replay, reports the call, and returns what the caller gets. */
    private ChatResponse finish(Turn turn, ChatResponse toCaller, boolean stripped) {
        AiMessage returned = toCaller.aiMessage();
        if (returned != null) {
            try {
                if (!turn.hidden.isEmpty()) {
                    List<ChatMessage> seen = new ArrayList<>(turn.hidden);
                    if (!stripped) {
                        seen.add(returned);
                    }
                    boolean marker = seen.stream().anyMatch(RequestRewriter::hasMarker);
                    replay.remember(turn.prepared.request().messages(),
                            new ExchangeReplay.Entry(seen, turn.retrievedTokens, marker, returned));
                }
                replay.handedOut(returned);
            } catch (RuntimeException e) {
                // the next request then sends the caller's history as is: valid, only not a prefix extension
                LOG.warn("headroom: remembering the retrieve exchange failed: {}", e.toString());
            }
        }
        report(turn);
        return toCaller;
    }

    private void report(Turn turn) {
        Prepared p = turn.prepared;
        CallReport r = new CallReport(p.toolResults(), p.compressedToolResults(), p.tokensBefore(), p.tokensAfter(),
                p.replayedRetrieveTokens() + turn.retrievedTokens, turn.modelCalls, turn.retrieveCalls, p.retrieveOffered(),
                p.failedOpen());
        stats.record(r);
        HeadroomChatStats totals = stats.snapshot();
        if (LOG.isDebugEnabled()) {
            LOG.debug("headroom: call: {} tool results ({} compressed), {} -> {} tokens, {} retrieved tokens; {} model calls,"
                            + " {} retrieve calls; totals: {} calls, {} -> {} tokens ({} saved), {} retrieved tokens",
                    r.toolResults(), r.compressedToolResults(), r.tokensBefore(), r.tokensAfter(), r.retrievedTokens(),
                    r.modelCalls(), r.retrieveCalls(), totals.calls(), totals.tokensBefore(), totals.tokensAfter(),
                    totals.tokensSaved(), totals.retrievedTokens());
        }
        for (HeadroomChatListener l : listeners) {
            try {
                l.onCall(r, totals);
            } catch (RuntimeException e) {
                LOG.warn("headroom: listener failed: {}", e.toString());
            }
        }
    }
}

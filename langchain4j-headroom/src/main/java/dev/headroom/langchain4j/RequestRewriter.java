package dev.headroom.langchain4j;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Outcome;
import dev.headroom.ccr.Marker;
import dev.headroom.conversation.ToolResultCompressor;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites a caller's request for the model: tool results compressed (memoised, so resent results
 * are byte-identical), hidden retrieve exchanges replayed, and {@code headroom_retrieve} offered once
 * any message carries a marker. System, user and AI messages and the caller's tools are never changed.
 */
final class RequestRewriter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestRewriter.class);

    private final ToolResultCompressor compressor;
    private final ExchangeReplay replay;
    private final String scope;
    /** Messages whose text is at least this long are remembered per instance; shorter ones are scanned again. */
    private static final int IDENTITY_MEMO_MIN_CHARS = 2_048;

    /** Weak: an entry lives as long as the caller holds the message (chat memory), no longer. */
    private final IdentityMemo<ChatMessage, Rewritten> seen = new IdentityMemo<>();

    RequestRewriter(ToolResultCompressor compressor, ExchangeReplay replay, String scope) {
        this.compressor = compressor;
        this.replay = replay;
        this.scope = scope;
    }

    Prepared prepare(ChatRequest request, ChatRequestParameters modelDefaults) {
        List<ChatMessage> in = request.messages();
        CompressionHints hints = new CompressionHints(null, lastUserText(in), null, scope);
        boolean replaying = !replay.isEmpty();
        List<ChatMessage> out = new ArrayList<>(in.size() + 4);
        boolean marker = false;
        boolean failed = false;
        int toolResults = 0;
        int compressed = 0;
        long before = 0;
        long after = 0;
        long retrieved = 0;
        PrefixDigest sentSoFar = null;
        for (ChatMessage msg : in) {
            if (replaying && msg instanceof AiMessage ai && replay.mayReplace(ai)) {
                if (sentSoFar == null) {
                    sentSoFar = new PrefixDigest();
                }
                sentSoFar.catchUp(out);
                ExchangeReplay.Entry sent = replay.replacement(sentSoFar, ai);
                if (sent != null) {
                    out.addAll(sent.messages());
                    retrieved += sent.retrievedTokens();
                    marker = marker || sent.marker();
                    continue;
                }
            }
            Rewritten r = rewrite(msg, hints);
            if (r.toolResult()) {
                toolResults++;
                before += r.tokensBefore();
                after += r.tokensAfter();
                compressed += r.compressed() ? 1 : 0;
                failed = failed || r.failed();
            }
            marker = marker || r.marker();
            out.add(r.replacement() == null ? msg : r.replacement());
        }
        ChatRequest.Builder b = request.toBuilder().messages(out);
        boolean offered = false;
        if (marker) {
            List<ToolSpecification> tools = modelDefaults.overrideWith(request.parameters()).toolSpecifications();
            if (tools == null || !RetrieveToolSpec.declares(tools)) {
                List<ToolSpecification> withRetrieve = new ArrayList<>(tools == null ? List.of() : tools);
                withRetrieve.add(RetrieveToolSpec.SPEC);
                b.toolSpecifications(withRetrieve);
                offered = true;
            }
        }
        return new Prepared(b.build(), offered, toolResults, compressed, before, after, retrieved, failed);
    }

    /**
     * The message to send in place of {@code msg}. Tool results above the threshold are remembered per
     * message instance (weakly, so chat memory that resends the same objects skips hashing and
     * scanning); other instances with equal content still get the same text through the engine's memo.
     * Results below the threshold are not: the engine's memo finds them by their text without hashing,
     * and a weak reference per result of a persistent chat memory (new, equal objects every call) cost
     * more in garbage-collector work than that lookup. Other messages are only scanned for a marker,
     * which is cheaper than remembering them unless long.
     */
    private Rewritten rewrite(ChatMessage msg, CompressionHints hints) {
        if (msg instanceof ToolExecutionResultMessage result && result.hasSingleText()) {
            Rewritten known = seen.get(msg);
            if (known != null) {
                return known;
            }
            Rewritten r = compress(result, hints);
            if (!r.belowThreshold() && !r.failed()) {
                seen.put(msg, r);
            }
            return r;
        }
        String text = markerCarrier(msg);
        if (text == null || text.length() < IDENTITY_MEMO_MIN_CHARS) {
            return text != null && Marker.containsMarker(text) ? MARKED : UNMARKED;
        }
        Rewritten known = seen.get(msg);
        if (known == null) {
            known = Marker.containsMarker(text) ? MARKED : UNMARKED;
            seen.put(msg, known);
        }
        return known;
    }

    private Rewritten compress(ToolExecutionResultMessage result, CompressionHints hints) {
        try {
            CompressionResult r = compressor.compress(result.toolName(), result.text(), hints);
            boolean failed = r.outcome() == Outcome.FAILED_OPEN;
            if (r.compressed()) {
                ToolExecutionResultMessage sent = withText(result, r.text());
                return new Rewritten(sent, hasMarker(sent), true, r.tokensBefore(), r.tokensAfter(), true, failed, false);
            }
            return new Rewritten(null, hasMarker(result), true, r.tokensBefore(), r.tokensAfter(), false, failed,
                    r.outcome() == Outcome.BELOW_THRESHOLD);
        } catch (RuntimeException e) {
            LOG.warn("headroom: compressing the result of tool '{}' failed; sending it unchanged: {}",
                    result.toolName(), e.toString());
            return new Rewritten(null, hasMarker(result), true, 0, 0, false, true, false);
        }
    }

    /**
     * What one caller message becomes on the wire; {@code replacement} is null when it goes out as is
     * (never a reference to the message itself, which would keep the weak key alive).
     * {@code belowThreshold}: a pass-through decided by the size alone (not remembered per instance).
     */
    private record Rewritten(
            ChatMessage replacement, boolean marker, boolean toolResult, long tokensBefore, long tokensAfter, boolean compressed,
            boolean failed, boolean belowThreshold) {}

    private static final Rewritten MARKED = new Rewritten(null, true, false, 0, 0, false, false, false);
    private static final Rewritten UNMARKED = new Rewritten(null, false, false, 0, 0, false, false, false);

    /** A copy of {@code original} with new text; built fresh because toBuilder() keeps the old contents. */
    static ToolExecutionResultMessage withText(ToolExecutionResultMessage original, String text) {
        return ToolExecutionResultMessage.builder()
                .id(original.id())
                .toolName(original.toolName())
                .text(text)
                .isError(original.isError())
                .attributes(original.attributes())
                .build();
    }

    static String lastUserText(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage user) {
                return text(user.contents());
            }
        }
        return null;
    }

    static boolean hasMarker(ChatMessage msg) {
        String text = markerCarrier(msg);
        return text != null && Marker.containsMarker(text);
    }

    /** The text of {@code msg} a marker could be in, or null. */
    private static String markerCarrier(ChatMessage msg) {
        if (msg instanceof ToolExecutionResultMessage t) {
            return text(t.contents());
        }
        if (msg instanceof AiMessage ai) {
            return ai.text();
        }
        if (msg instanceof UserMessage u) {
            return text(u.contents());
        }
        if (msg instanceof SystemMessage s) {
            return s.text();
        }
        return null;
    }

    private static String text(List<Content> contents) {
        if (contents.size() == 1) {
            return contents.get(0) instanceof TextContent t ? t.text() : null;
        }
        StringBuilder sb = null;
        for (Content c : contents) {
            if (c instanceof TextContent t) {
                sb = sb == null ? new StringBuilder() : sb.append('\n');
                sb.append(t.text());
            }
        }
        return sb == null ? null : sb.toString();
    }
}

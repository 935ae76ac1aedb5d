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
        for (int i = 0; i < in.size(); i++) {
            ChatMessage msg = in.get(i);
            if (replaying && msg instanceof AiMessage ai) {
                List<ChatMessage> sent = replay.replacement(i == 0 ? null : in.get(i - 1), ai);
                if (sent != null) {
                    out.addAll(sent);
                    marker = marker || sent.stream().anyMatch(RequestRewriter::hasMarker);
                    continue;
                }
            }
            if (msg instanceof ToolExecutionResultMessage result && result.hasSingleText()) {
                toolResults++;
                ChatMessage sent = result;
                try {
                    CompressionResult r = compressor.compress(result.toolName(), result.text(), hints);
                    before += r.tokensBefore();
                    after += r.tokensAfter();
                    failed = failed || r.outcome() == Outcome.FAILED_OPEN;
                    if (r.compressed()) {
                        compressed++;
                        sent = withText(result, r.text());
                        marker = marker || !r.elisions().isEmpty();
                    }
                } catch (RuntimeException e) {
                    failed = true;
                    LOG.warn("headroom: compressing the result of tool '{}' failed; sending it unchanged: {}",
                            result.toolName(), e.toString());
                }
                marker = marker || (sent == result && hasMarker(result));
                out.add(sent);
                continue;
            }
            marker = marker || hasMarker(msg);
            out.add(msg);
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
        ChatMessage previous = in.isEmpty() ? null : in.get(in.size() - 1);
        return new Prepared(b.build(), previous, offered, toolResults, compressed, before, after, failed);
    }

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
        if (msg instanceof ToolExecutionResultMessage t) {
            return text(t.contents()) != null && Marker.containsMarker(text(t.contents()));
        }
        if (msg instanceof AiMessage ai) {
            return Marker.containsMarker(ai.text());
        }
        if (msg instanceof UserMessage u) {
            String s = text(u.contents());
            return s != null && Marker.containsMarker(s);
        }
        if (msg instanceof SystemMessage s) {
            return Marker.containsMarker(s.text());
        }
        return false;
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

package dev.headroom.langchain4j;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.List;

/** A caller's request rewritten for the model, with what the rewrite did. */
record Prepared(
        ChatRequest request,
        ChatMessage previous,
        boolean retrieveOffered,
        int toolResults,
        int compressedToolResults,
        long tokensBefore,
        long tokensAfter,
        long replayedRetrieveTokens,
        boolean failedOpen) {

    /** The caller's request passed through untouched after an internal failure. */
    static Prepared untouched(ChatRequest request) {
        List<ChatMessage> m = request.messages();
        return new Prepared(request, m.isEmpty() ? null : m.get(m.size() - 1), false, 0, 0, 0, 0, 0, true);
    }
}

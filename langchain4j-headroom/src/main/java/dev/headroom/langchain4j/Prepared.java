package dev.headroom.langchain4j;

import dev.langchain4j.model.chat.request.ChatRequest;

/** A caller's request rewritten for the model, with what the rewrite did. */
record Prepared(
        ChatRequest request,
        boolean retrieveOffered,
        int toolResults,
        int compressedToolResults,
        long tokensBefore,
        long tokensAfter,
        long replayedRetrieveTokens,
        boolean failedOpen) {

    /** The caller's request passed through untouched after an internal failure. */
    static Prepared untouched(ChatRequest request) {
        return new Prepared(request, false, 0, 0, 0, 0, 0, true);
    }
}

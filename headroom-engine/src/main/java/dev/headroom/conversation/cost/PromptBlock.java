package dev.headroom.conversation.cost;

import java.util.Objects;

/**
 * One block of a prompt as a provider sees it (a tool definition, the system prompt, one message):
 * what identifies its content, and its tokens. Two blocks with the same key are the same bytes.
 */
public record PromptBlock(String key, int tokens) {

    public PromptBlock {
        Objects.requireNonNull(key, "key");
        if (tokens < 0) {
            throw new IllegalArgumentException("tokens must be >= 0, was " + tokens);
        }
    }
}

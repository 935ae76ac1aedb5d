package dev.headroom.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.headroom.tokens.TokenCounter;

/**
 * Token counts of the texts a conversation sends again on every request, remembered per string
 * object (weakly): front ends that keep their messages hand the same strings back each time, so a
 * resent history is counted without hashing or encoding it again. Other strings are counted by the
 * counter (which caches long texts by content). Thread-safe.
 */
final class TextTokens {

    private static final long ENTRIES = 200_000;

    private final TokenCounter counter;
    private final Cache<String, Integer> counts =
            Caffeine.newBuilder().weakKeys().maximumSize(ENTRIES).executor(Runnable::run).build();

    TextTokens(TokenCounter counter) {
        this.counter = counter;
    }

    /** The tokens of {@code text}; 0 for null or empty. */
    int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return counts.get(text, counter::count);
    }
}

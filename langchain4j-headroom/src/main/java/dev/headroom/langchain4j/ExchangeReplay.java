package dev.headroom.langchain4j;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import java.util.List;

/**
 * Remembers the retrieve exchanges the caller never saw, so later requests can replay them.
 *
 * <p>When the decorator answers {@code headroom_retrieve} calls itself, the model saw
 * {@code [.., M1, retrieve results, .., Mk]} but the caller's history only gets the message the
 * decorator returned. On the next request that message, found right after the same preceding
 * message, is replaced by the exact messages the model saw. Every request therefore starts with the
 * previous one (prefix caches keep hitting) and the model keeps the data its answer was based on.
 * Entries are keyed by message equality, bounded in number; an evicted entry only costs a cache miss,
 * the request stays valid because the caller's history is valid on its own.
 */
final class ExchangeReplay {

    private record Key(ChatMessage previous, AiMessage returned) {}

    /** The messages the model saw, the tokens of the retrieve results among them, and whether they carry a marker. */
    record Entry(List<ChatMessage> messages, long retrievedTokens, boolean marker) {
        Entry {
            messages = List.copyOf(messages);
        }
    }

    private final Cache<Key, Entry> exchanges;

    ExchangeReplay(int capacity) {
        this.exchanges = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /** Records that {@code returned}, answered after {@code previous}, stands for {@code sent}. */
    void remember(ChatMessage previous, AiMessage returned, Entry sent) {
        exchanges.put(new Key(previous, returned), sent);
    }

    /** What the model saw in place of {@code returned}, or null. */
    Entry replacement(ChatMessage previous, AiMessage returned) {
        return exchanges.getIfPresent(new Key(previous, returned));
    }

    boolean isEmpty() {
        return exchanges.estimatedSize() == 0;
    }
}

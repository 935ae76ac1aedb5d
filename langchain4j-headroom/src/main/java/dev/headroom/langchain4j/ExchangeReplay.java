package dev.headroom.langchain4j;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import java.util.List;

/**
 * Remembers the retrieve exchanges the caller never saw, so later requests of the same conversation
 * can replay them.
 *
 * <p>When the decorator answers {@code headroom_retrieve} calls itself, the model saw
 * {@code [sent.., M1, retrieve results, .., Mk]} but the caller's history only gets the message the
 * decorator returned. When a later request brings that message back, it is replaced by the exact
 * messages the model saw. Every request therefore starts with the previous one (prefix caches keep
 * hitting) and the model keeps the data its answer was based on.
 *
 * <p>An exchange belongs to one conversation, and retrieved originals must never reach another one.
 * So an exchange is keyed by a {@link PrefixDigest} of everything that was sent before the returned
 * message, followed by that message: it is replayed only where the request being rewritten sends
 * exactly the same messages up to that point. Two conversations can still be equal up to there (same
 * history, same answer, only one of them made by way of a retrieve); then the replay carries only
 * originals of markers this conversation sent itself. Where the caller passes back the very message
 * object a decorator call returned, identity settles even that case: a message the decorator handed
 * out for another call is never replaced by this exchange.
 *
 * <p>Bounded in number of exchanges; an evicted entry only costs a cache miss, the request stays valid
 * because the caller's history is valid on its own. Thread-safe.
 */
final class ExchangeReplay {

    /**
     * The messages the model saw, the tokens of the retrieve results among them, whether they carry a
     * marker, and the message returned in their place.
     */
    record Entry(List<ChatMessage> messages, long retrievedTokens, boolean marker, AiMessage returned) {
        Entry {
            messages = List.copyOf(messages);
        }
    }

    /** Keyed by the digest of the messages sent before the returned one, followed by it. */
    private final Cache<String, Entry> exchanges;
    /** The returned messages of remembered exchanges, by equality: requests without one skip hashing. */
    private final Cache<AiMessage, Boolean> returned;
    /** Every message object a decorator call handed to its caller (weakly). */
    private final IdentityMemo<AiMessage, Boolean> handedOut = new IdentityMemo<>();

    ExchangeReplay(int capacity) {
        this.exchanges = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
        this.returned = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /** Records that {@code entry.returned()}, answered after the messages {@code sent}, stands for {@code entry.messages()}. */
    void remember(List<ChatMessage> sent, Entry entry) {
        exchanges.put(PrefixDigest.of(sent).keyWith(entry.returned()), entry);
        returned.put(entry.returned(), Boolean.TRUE);
    }

    /** Notes that a decorator call returned {@code message} to its caller (with or without an exchange). */
    void handedOut(AiMessage message) {
        if (handedOut.get(message) == null) {
            handedOut.put(message, Boolean.TRUE);
        }
    }

    /** Whether {@code message} equals the returned message of some remembered exchange; a cheap filter. */
    boolean mayReplace(AiMessage message) {
        return returned.getIfPresent(message) != null;
    }

    /**
     * What the model saw in place of {@code message} when exactly the messages digested in {@code sentBefore}
     * preceded it, or null.
     */
    Entry replacement(PrefixDigest sentBefore, AiMessage message) {
        Entry entry = exchanges.getIfPresent(sentBefore.keyWith(message));
        if (entry == null || (entry.returned() != message && handedOut.get(message) != null)) {
            return null;
        }
        return entry;
    }

    boolean isEmpty() {
        return exchanges.estimatedSize() == 0;
    }
}

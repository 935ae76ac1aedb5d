package dev.headroom.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers what the model saw that the caller never did, so later requests of the same
 * conversation send it again and stay an exact extension of what was sent before.
 *
 * <p>When the policy answers {@code headroom_retrieve} calls itself, the model saw
 * {@code [sent.., M1, retrieve results, .., Mk]} but the caller only gets the message the policy
 * returned. When a later request brings that message back, after exactly the messages that were
 * sent before it, it is replaced by exactly the messages the model saw.
 *
 * <p><b>Keys.</b> An exchange belongs to one conversation, and retrieved originals must never reach
 * another one. So it is keyed by a {@link PrefixDigest} (SHA-256, seeded with the scope) of
 * everything sent before the returned message, followed by that message. The same request answered
 * several times (a retry, n samples, a regenerate button) gives several exchanges under one key; all
 * are kept (up to {@value #PER_KEY}), and the one whose returned message is the very object the
 * caller passes back wins, else the first. A message object that was handed out by a call without
 * this exchange is never replaced by it.
 *
 * <p><b>Cheap checks first.</b> Every reply handed out is noted under a {@link FastChain} value of
 * the history it followed plus the reply, and each exchange's history under its own value; a request
 * is hashed with SHA-256 only where such a value matches. These notes are small and kept far longer
 * than the exchanges, which lets the replay tell apart an exchange that was evicted (the caller's own
 * history is then sent; {@link Replacement#missing()}) from a history rebuilt
 * without the returned message ({@link #isExchangePrefix}).
 *
 * <p>Bounded; thread-safe.
 */
final class ExchangeReplay {

    /** Exchanges kept per key: the same request answered this many times stays exact. */
    static final int PER_KEY = 8;
    /** Fast notes kept per remembered exchange. */
    private static final int NOTES_PER_EXCHANGE = 16;

    /**
     * What the model saw in place of a returned message: the messages, the tokens of the retrieve
     * answers among them, whether they carry a marker, the returned message, and the front end's object
     * for it (bound later when the front end built a new one).
     */
    static final class Entry {
        private final List<Message> messages;
        private final long retrievedTokens;
        private final boolean marker;
        private final Message.Assistant returned;
        private volatile Object returnedOrigin;

        Entry(List<Message> messages, long retrievedTokens, boolean marker, Message.Assistant returned, Object returnedOrigin) {
            this.messages = List.copyOf(messages);
            this.retrievedTokens = retrievedTokens;
            this.marker = marker;
            this.returned = returned;
            this.returnedOrigin = returnedOrigin;
        }

        List<Message> messages() {
            return messages;
        }

        long retrievedTokens() {
            return retrievedTokens;
        }

        boolean marker() {
            return marker;
        }

        Message.Assistant returned() {
            return returned;
        }

        Object returnedOrigin() {
            return returnedOrigin;
        }

        void bindReturnedOrigin(Object origin) {
            this.returnedOrigin = origin;
        }
    }

    /**
     * The outcome of looking up a candidate message: the exchange to replay, or none; {@code missing}
     * when one was remembered for it but has been evicted since (the caller's own history is sent).
     */
    record Replacement(Entry entry, boolean missing) {
        static final Replacement NONE = new Replacement(null, false);
        static final Replacement MISSING = new Replacement(null, true);
    }

    private static final byte PLAIN = 1;
    private static final byte EXCHANGE = 2;

    private final Cache<String, List<Entry>> exchanges;
    /** Fast value of (history, reply) for every reply handed out: whether it came with an exchange. */
    private final Cache<Long, Byte> continuations;
    /** Fast values of the histories exchanges followed. */
    private final Cache<Long, Boolean> exchangePrefixes;
    /** Every message object handed to a caller (weakly). */
    private final IdentityMemo<Object, Boolean> handedOut = new IdentityMemo<>();

    ExchangeReplay(int capacity) {
        this.exchanges = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
        long notes = (long) capacity * NOTES_PER_EXCHANGE;
        this.continuations = Caffeine.newBuilder().maximumSize(notes).executor(Runnable::run).build();
        this.exchangePrefixes = Caffeine.newBuilder().maximumSize(notes).executor(Runnable::run).build();
    }

    /** Whether any exchange was ever noted: until then requests need no hashing at all. */
    boolean active() {
        return exchangePrefixes.estimatedSize() > 0;
    }

    /** Whether {@code chain} is the fast value of a history some exchange followed. */
    boolean isExchangePrefix(long chain) {
        return exchangePrefixes.getIfPresent(chain) != null;
    }

    /** Whether {@code message} after a history with fast value {@code chain} may be the returned message of an exchange. */
    boolean mayReplace(long chain, Message message) {
        Byte kind = continuations.getIfPresent(FastChain.next(chain, message));
        return kind != null && kind == EXCHANGE;
    }

    /** Whether {@code message} after {@code chain} is a reply some call handed out (with or without an exchange). */
    boolean isKnownContinuation(long chain, Message message) {
        return continuations.getIfPresent(FastChain.next(chain, message)) != null;
    }

    /** What the model saw in place of {@code message} when exactly the messages digested in {@code sentBefore} preceded it. */
    Replacement replacement(PrefixDigest sentBefore, Message.Assistant message) {
        List<Entry> entries = exchanges.getIfPresent(sentBefore.keyWith(message));
        if (entries == null) {
            return Replacement.MISSING; // the fast note says an exchange was remembered here
        }
        Object origin = message.origin();
        synchronized (entries) {
            if (origin != null) {
                for (Entry e : entries) {
                    if (e.returnedOrigin() == origin) {
                        return new Replacement(e, false);
                    }
                }
                if (handedOut.get(origin) != null) {
                    return Replacement.NONE; // handed out by another call, which did not see this exchange
                }
            }
            return entries.isEmpty() ? Replacement.NONE : new Replacement(entries.get(0), false);
        }
    }

    /** Records that {@code entry.returned()}, answered after the messages {@code sent}, stands for {@code entry.messages()}. */
    void remember(String scope, List<Message> sent, long sentChain, Entry entry) {
        String key = PrefixDigest.of(scope, sent).keyWith(entry.returned());
        List<Entry> entries = exchanges.get(key, k -> new ArrayList<>(1));
        synchronized (entries) {
            if (entries.size() < PER_KEY) {
                entries.add(entry);
            }
        }
        exchangePrefixes.put(sentChain, Boolean.TRUE);
        continuations.put(FastChain.next(sentChain, entry.returned()), EXCHANGE);
        if (entry.returnedOrigin() != null) {
            handedOut(entry.returnedOrigin());
        }
    }

    /** Notes a reply handed out without an exchange (only needed once exchanges exist, to tell samples apart). */
    void rememberPlain(long sentChain, Message.Assistant returned) {
        continuations.asMap().putIfAbsent(FastChain.next(sentChain, returned), PLAIN);
        if (returned.origin() != null) {
            handedOut(returned.origin());
        }
    }

    /** Notes that a call returned {@code message} (the front end's object) to its caller. */
    void handedOut(Object message) {
        if (message != null && handedOut.get(message) == null) {
            handedOut.put(message, Boolean.TRUE);
        }
    }
}

package dev.headroom.conversation;

import java.util.List;

/**
 * A cheap 64-bit chain over a message sequence, for in-process lookups only: it tells which
 * requests may continue a remembered exchange, and which replies followed which history, without
 * hashing message contents with SHA-256 on every request. It builds on {@link String#hashCode()},
 * which strings cache, so messages resent as the same objects cost a few multiplications. A match is
 * only a candidate: a replay is confirmed by {@link PrefixDigest}.
 */
final class FastChain {

    private static final long SEED = 0x2545f4914f6cdd1dL;

    private FastChain() {}

    /** The chain value of the empty sequence in {@code scope}. */
    static long start(String scope) {
        return mix(SEED ^ str(scope));
    }

    /** The chain value after appending {@code m} to a sequence whose value is {@code chain}. */
    static long next(long chain, Message m) {
        return mix(chain * 31 + of(m));
    }

    /** The chain value of {@code messages} after {@code chain}. */
    static long over(long chain, List<? extends Message> messages, int from) {
        long h = chain;
        for (int i = from; i < messages.size(); i++) {
            h = next(h, messages.get(i));
        }
        return h;
    }

    /** A 64-bit value of one message's content. */
    static long of(Message m) {
        long h;
        if (m instanceof Message.Assistant a) {
            h = 'A' * 0x9e3779b97f4a7c15L + str(a.text());
            for (ToolCall c : a.toolCalls()) {
                h = mix(h + str(c.id())) + str(c.name()) * 7 + str(c.arguments()) * 13;
            }
        } else if (m instanceof Message.ToolResults t) {
            h = 'T' * 0x9e3779b97f4a7c15L;
            for (ToolResult r : t.results()) {
                h = mix(h + str(r.id())) + str(r.toolName()) * 7 + str(r.text()) * 13 + (r.error() ? 1 : 0);
            }
        } else {
            h = (m instanceof Message.User ? 'U' : 'S') * 0x9e3779b97f4a7c15L + str(m.text());
        }
        return mix(h + str(m.extra()) * 17);
    }

    private static long str(String s) {
        return s == null ? 0x632be59bd9b4e019L : ((long) s.hashCode() << 32) ^ s.length() ^ 0x85ebca6bL;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}

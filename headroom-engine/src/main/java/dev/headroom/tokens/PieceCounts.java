package dev.headroom.tokens;

import com.knuddels.jtokkit.api.Encoding;

/**
 * A bounded, thread-safe memo of pre-tokenised piece to token count for one encoding.
 *
 * <p>Direct-mapped: a slot holds one immutable entry and a colliding piece simply replaces it, so
 * memory stays bounded whatever the input. Entries are published through final fields, so a racing
 * reader sees either a complete entry or a stale/empty slot (a miss), never a torn one.
 */
final class PieceCounts {

    /** Longer pieces are rare and seldom repeat; counting them directly keeps the table small. */
    static final int MAX_CACHED_LENGTH = 64;

    private final Encoding encoding;
    private final Entry[] table;
    private final int mask;

    PieceCounts(Encoding encoding, int slotsPowerOfTwo) {
        this.encoding = encoding;
        this.table = new Entry[slotsPowerOfTwo];
        this.mask = slotsPowerOfTwo - 1;
    }

    /** The token count of {@code text[start, end)}, which must be one whole pre-tokenised piece. */
    int count(String text, int start, int end) {
        int length = end - start;
        if (length > MAX_CACHED_LENGTH) {
            return encoding.countTokensOrdinary(text.substring(start, end));
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        hash ^= hash >>> 16;
        int slot = hash & mask;
        Entry entry = table[slot];
        if (entry != null && entry.hash == hash && entry.piece.length() == length && text.regionMatches(start, entry.piece, 0, length)) {
            return entry.count;
        }
        String piece = text.substring(start, end);
        int count = encoding.countTokensOrdinary(piece);
        table[slot] = new Entry(piece, hash, count);
        return count;
    }

    private static final class Entry {
        final String piece;
        final int hash;
        final int count;

        Entry(String piece, int hash, int count) {
            this.piece = piece;
            this.hash = hash;
            this.count = count;
        }
    }
}

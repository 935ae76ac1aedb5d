package dev.headroom.tokens;

import com.knuddels.jtokkit.api.Encoding;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A bounded, thread-safe memo of pre-tokenised piece to token count for one encoding.
 *
 * <p>Direct-mapped: a slot holds one immutable entry and a colliding piece simply replaces it, so
 * memory stays bounded whatever the input. Entries are published through final fields (or as one
 * opaque long for short ASCII pieces), so a racing reader sees either a complete entry or a
 * stale/empty slot (a miss), never a torn one.
 */
final class PieceCounts {

    /** Longer pieces are rare and seldom repeat; counting them directly keeps the table small. */
    static final int MAX_CACHED_LENGTH = 64;

    /** Pieces of up to this many ASCII chars are packed, with their count, into one long slot. */
    private static final int MAX_PACKED_LENGTH = 7;
    private static final int COUNT_SHIFT = 52;
    private static final long KEY_MASK = (1L << COUNT_SHIFT) - 1;

    private final Encoding encoding;
    private final Entry[] table;
    private final int mask;
    /** Short ASCII pieces: key (7 bits a char, length in bits 49-51) | count << 52; 0 = empty. */
    private final AtomicLongArray packed;

    PieceCounts(Encoding encoding, int slotsPowerOfTwo) {
        this.encoding = encoding;
        this.table = new Entry[slotsPowerOfTwo];
        this.mask = slotsPowerOfTwo - 1;
        this.packed = new AtomicLongArray(slotsPowerOfTwo);
    }

    /** The token count of {@code text[start, end)}, which must be one whole pre-tokenised piece. */
    int count(String text, int start, int end) {
        int length = end - start;
        if (length > MAX_CACHED_LENGTH) {
            return encoding.countTokensOrdinary(text.substring(start, end));
        }
        if (length <= MAX_PACKED_LENGTH) {
            long key = pack(text, start, end);
            if (key != 0) {
                return countPacked(text, start, end, key);
            }
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

    /** The packed key of an all-ASCII piece, or 0 when a char is not ASCII. */
    private static long pack(String text, int start, int end) {
        long key = (long) (end - start) << 49;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return 0;
            }
            key |= (long) c << (7 * (i - start));
        }
        return key;
    }

    private int countPacked(String text, int start, int end, long key) {
        if (end - start == 1) {
            return 1; // every single byte is a token
        }
        long mixed = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed >>> 40) & mask;
        long entry = packed.getOpaque(slot);
        if ((entry & KEY_MASK) == key) {
            return (int) (entry >>> COUNT_SHIFT);
        }
        int count = encoding.countTokensOrdinary(text.substring(start, end));
        packed.setOpaque(slot, key | ((long) count << COUNT_SHIFT));
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

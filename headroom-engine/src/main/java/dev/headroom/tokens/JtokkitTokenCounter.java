package dev.headroom.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import dev.headroom.internal.Hashing.ContentKey;

/**
 * Exact token counts equal to jtokkit's {@code countTokensOrdinary}, cached by content hash so a tool
 * result resent on every turn is counted once.
 *
 * <p>For o200k_base the text is split into pre-tokenisation pieces by {@link O200kSplitter} and each
 * piece's count comes from a shared, bounded {@link PieceCounts} memo: the vocabulary is fixed, and
 * pieces repeat heavily in JSON, logs and code, so most of the byte-pair encoding work is skipped.
 */
public final class JtokkitTokenCounter implements TokenCounter {

    /** Texts shorter than this are counted directly: hashing them costs about as much as counting. */
    private static final int CACHE_MIN_LENGTH = 256;

    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    private final Tokenizer tokenizer;
    private final Encoding encoding;
    private final Cache<ContentKey, Integer> counts;
    /** Shared by every o200k counter (the vocabulary is fixed); null for other encodings. */
    private final PieceCounts pieces;

    private JtokkitTokenCounter(Tokenizer tokenizer, long cacheEntries) {
        this.tokenizer = tokenizer;
        this.encoding = REGISTRY.getEncoding(tokenizer == Tokenizer.CL100K_BASE ? EncodingType.CL100K_BASE : EncodingType.O200K_BASE);
        this.counts = Caffeine.newBuilder().maximumSize(cacheEntries).build();
        this.pieces = tokenizer == Tokenizer.O200K_BASE ? O200kPieces.INSTANCE : null;
    }

    /** A counter for {@code tokenizer} with a cache of 10,000 counts. */
    public static JtokkitTokenCounter of(Tokenizer tokenizer) {
        return new JtokkitTokenCounter(tokenizer, 10_000);
    }

    @Override
    public int count(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        if (text.length() < CACHE_MIN_LENGTH) {
            return countUncached(text);
        }
        return counts.get(ContentKey.of(text), k -> countUncached(text));
    }

    /** Checks the checkpoint about every {@value #CHECK_INTERVAL} characters (well under a millisecond of counting). */
    @Override
    public int count(String text, Runnable checkpoint) {
        checkpoint.run();
        if (text.length() < CHECK_INTERVAL) {
            return count(text);
        }
        ContentKey key = ContentKey.of(text);
        Integer cached = counts.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        int n = countUncached(text, checkpoint);
        counts.put(key, n);
        return n;
    }

    private static final int CHECK_INTERVAL = 16 * 1024;

    private static final Runnable NO_CHECKPOINT = () -> {};

    private int countUncached(String text) {
        return countUncached(text, NO_CHECKPOINT);
    }

    private int countUncached(String text, Runnable checkpoint) {
        if (pieces == null) {
            checkpoint.run();
            return encoding.countTokensOrdinary(text);
        }
        int total = 0;
        int nextCheck = CHECK_INTERVAL;
        for (int start = 0, n = text.length(); start < n; ) {
            int end = O200kSplitter.pieceEnd(text, start);
            total += end - start > MAX_EXACT_PIECE ? countLongPiece(text, start, end, checkpoint) : pieces.count(text, start, end);
            start = end;
            if (start >= nextCheck) {
                checkpoint.run();
                nextCheck = start + CHECK_INTERVAL;
            }
        }
        return total;
    }

    /**
     * Pre-tokenisation pieces longer than this (one run of letters, digits or punctuation with no
     * space: a base64 blob, a minified line of brackets) are encoded in chunks of this length. Byte-pair
     * encoding one piece cannot be interrupted and takes about a microsecond per character, so a
     * megabyte-long piece would hold a call for a second past its time budget; a chunk takes
     * about 5 ms. Merges across a chunk boundary are lost, so such a piece may count a token or so
     * more per boundary than jtokkit's exact count; every other piece counts exactly.
     */
    static final int MAX_EXACT_PIECE = 8 * 1024;

    private int countLongPiece(String text, int start, int end, Runnable checkpoint) {
        int total = 0;
        for (int s = start; s < end; ) {
            int e = Math.min(end, s + MAX_EXACT_PIECE);
            if (e < end && Character.isHighSurrogate(text.charAt(e - 1))) {
                e--;
            }
            checkpoint.run();
            total += pieces.count(text, s, e);
            s = e;
        }
        return total;
    }

    /** Lazily built so cl100k-only users never load the o200k vocabulary. */
    private static final class O200kPieces {
        static final PieceCounts INSTANCE = new PieceCounts(REGISTRY.getEncoding(EncodingType.O200K_BASE), 1 << 14);
    }

    @Override
    public Tokenizer tokenizer() {
        return tokenizer;
    }
}

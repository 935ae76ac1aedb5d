package dev.headroom.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.detect.ContentKind;
import dev.headroom.internal.Hashing;
import dev.headroom.internal.Utf16;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Compresses tool results inside a conversation, cache-safely: the first time a tool result is seen
 * it is compressed; every later time the exact same result object (and so the exact same text) is
 * returned, so a resent history is a byte-identical prefix. Results of {@code headroom_retrieve}
 * itself are never compressed. Thread-safe.
 *
 * <p>Counting: every distinct tool result (by content, per scope) reaches the engine once, whether
 * it is compressed or passes through as too small; resends are answered here and counted by
 * {@link #resends()}, not by the engine. So the engine's {@link Headroom#stats()} count each
 * distinct result once while it is remembered (up to the memo size; small results are remembered
 * apart, so they never push large ones out).
 */
public final class ToolResultCompressor {

    /** How many distinct tool results are remembered. */
    public static final int DEFAULT_MEMO_SIZE = 10_000;

    /** Characters of small (pass-through) results remembered per memo slot, on average. */
    private static final long SMALL_MEMO_CHARS_PER_SLOT = 512;

    private final Headroom headroom;
    /** Results at or above the threshold, by scope and content hash. */
    private final Cache<String, CompressionResult> memo;
    /**
     * Results below the threshold, by scope and text itself (no hashing). Bounded by characters; an
     * evicted entry only costs a second count, as a pass-through is the same text whatever happens.
     */
    private final Cache<SmallKey, CompressionResult> small;
    private final LongAdder resends = new LongAdder();

    private ToolResultCompressor(Headroom headroom, int memoSize) {
        this.headroom = Objects.requireNonNull(headroom, "headroom");
        this.memo = Caffeine.newBuilder().maximumSize(memoSize).executor(Runnable::run).build();
        this.small = Caffeine.newBuilder()
                .maximumWeight(memoSize * SMALL_MEMO_CHARS_PER_SLOT)
                .weigher((SmallKey k, CompressionResult v) -> k.text().length() + 1)
                .executor(Runnable::run)
                .build();
    }

    public static ToolResultCompressor of(Headroom headroom) {
        return new ToolResultCompressor(headroom, DEFAULT_MEMO_SIZE);
    }

    public static ToolResultCompressor of(Headroom headroom, int memoSize) {
        if (memoSize < 1) {
            throw new IllegalArgumentException("memoSize must be positive, was " + memoSize);
        }
        return new ToolResultCompressor(headroom, memoSize);
    }

    /**
     * The text to send for one tool result. The query in {@code hints} only matters the first time a
     * result is seen; afterwards the memoised text is returned whatever the question.
     */
    public CompressionResult compress(String toolName, String text, CompressionHints hints) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hints, "hints");
        if (RetrieveTool.NAME.equals(toolName)) {
            int t = headroom.tokenCounter().count(text);
            return new CompressionResult(text, ContentKind.TEXT, t, t, "none:retrieve-result", Outcome.NOT_SMALLER,
                    List.of(), headroom.tokenCounter().tokenizer().id());
        }
        boolean[] computed = new boolean[1];
        CompressionResult r;
        int minTokens = headroom.config().minTokens();
        if (Utf16.utf8LengthUpTo(text, minTokens) < minTokens) {
            // fewer bytes than the threshold means fewer tokens too: a pass-through, keyed by the
            // text itself to skip hashing (the common case for small tool results)
            r = small.get(new SmallKey(hints.scope(), text), k -> {
                computed[0] = true;
                return headroom.compress(text, hints.withToolName(toolName));
            });
        } else {
            String key = (hints.scope() == null ? "" : hints.scope()) + "\u0000" + Hashing.sha256Hex(text, 64);
            r = memo.get(key, k -> {
                computed[0] = true;
                return headroom.compress(text, hints.withToolName(toolName));
            });
        }
        if (!computed[0]) {
            resends.increment();
        }
        return r;
    }

    /**
     * How many {@link #compress} calls were answered from the memo: tool results seen before (the
     * same content in the same scope), typically because the history was resent. These never reach
     * the engine, so its counters count each distinct result once.
     */
    public long resends() {
        return resends.sum();
    }

    /** The engine behind this compressor. */
    public Headroom headroom() {
        return headroom;
    }

    private record SmallKey(String scope, String text) {}
}

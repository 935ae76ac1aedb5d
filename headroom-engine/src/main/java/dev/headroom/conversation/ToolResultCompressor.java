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
import java.util.function.Supplier;

/**
 * Compresses tool results inside a conversation, cache-safely: the first time a tool result is seen
 * it is compressed; every later time the exact same result object (and so the exact same text) is
 * returned, so a resent history is a byte-identical prefix. Results of {@code headroom_retrieve}
 * itself are never compressed. Thread-safe.
 *
 * <p>Counting: every distinct tool result (by content, per scope) reaches the engine once, whether
 * it is compressed or passes through as too small; resends are answered here and counted by
 * {@link #resends()}, not by the engine. So the engine's {@link Headroom#stats()} count each
 * distinct result once while it is remembered (up to the memo size; results below the token
 * threshold are remembered apart, by their text, so they never push large ones out).
 *
 * <p>Lookups: a result below the threshold passes through whatever the question, so it is
 * remembered by its text (no hashing; the common case for small tool results, and the one that
 * repeats on every resend). Larger results are remembered by scope and SHA-256 of their content.
 */
public final class ToolResultCompressor {

    /** How many distinct tool results are remembered. */
    public static final int DEFAULT_MEMO_SIZE = 10_000;

    /** Characters of below-threshold results remembered per memo slot, on average. */
    private static final long SMALL_MEMO_CHARS_PER_SLOT = 512;
    /** Handles remembered as emitted per memo slot: room for a few elisions per compressed result. */
    private static final int HANDLES_PER_SLOT = 8;
    /** Below-threshold results longer than this are remembered by content hash instead, like large ones. */
    private static final int SMALL_MAX_CHARS = 4_096;

    private final Headroom headroom;
    /** Other results, by scope and content hash. */
    private final Cache<String, CompressionResult> memo;
    /**
     * Results the engine passed through as below the threshold, by scope and text itself (no hashing).
     * Bounded by characters; an evicted entry only costs a second count, as a pass-through is the same
     * text whatever happens.
     */
    private final Cache<SmallKey, CompressionResult> small;
    /** Handles of markers this compressor emitted, so a marker can be told from a quote of one. */
    private final Cache<String, Boolean> emitted;
    private final LongAdder resends = new LongAdder();

    private ToolResultCompressor(Headroom headroom, int memoSize) {
        this.headroom = Objects.requireNonNull(headroom, "headroom");
        this.memo = Caffeine.newBuilder().maximumSize(memoSize).executor(Runnable::run).build();
        this.small = Caffeine.newBuilder()
                .maximumWeight(memoSize * SMALL_MEMO_CHARS_PER_SLOT)
                .weigher((SmallKey k, CompressionResult v) -> k.text().length() + 1)
                .executor(Runnable::run)
                .build();
        this.emitted = Caffeine.newBuilder().maximumSize((long) memoSize * HANDLES_PER_SLOT).executor(Runnable::run).build();
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
        SmallKey smallKey = text.length() <= SMALL_MAX_CHARS ? new SmallKey(hints.scope(), text) : null;
        CompressionResult known = smallKey == null ? null : small.getIfPresent(smallKey);
        if (known != null) {
            resends.increment();
            return known;
        }
        boolean[] computed = new boolean[1];
        Supplier<CompressionResult> firstSight = () -> {
            computed[0] = true;
            CompressionResult c = headroom.compress(text, hints.withToolName(toolName));
            c.handles().forEach(h -> emitted.put(h, Boolean.TRUE));
            return c;
        };
        CompressionResult r;
        int minTokens = headroom.config().minTokens();
        if (smallKey != null && Utf16.utf8LengthUpTo(text, minTokens) < minTokens) {
            // fewer bytes than the threshold means fewer tokens too: a pass-through, so skip hashing
            r = small.get(smallKey, k -> firstSight.get());
        } else {
            String key = (hints.scope() == null ? "" : hints.scope()) + "\u0000" + Hashing.sha256Hex(text, 64);
            r = memo.get(key, k -> firstSight.get());
            if (smallKey != null && r.outcome() == Outcome.BELOW_THRESHOLD) {
                small.put(smallKey, r); // later resends of it skip the hash
            }
        }
        if (!computed[0]) {
            resends.increment();
        }
        return r;
    }

    /**
     * Whether {@code handle} is one this compressor emitted in a marker (and still remembers): a marker
     * in a result compressed where it was produced, as by a tool-callback wrapper sharing this
     * compressor, rather than a tool output that merely quotes marker-like text.
     */
    public boolean emitted(String handle) {
        return emitted.getIfPresent(handle) != null;
    }

    /**
     * How many {@link #compress} calls were answered from the memo: tool results seen before (the
     * same content in the same scope), typically because the history was resent. These never reach
     * the engine, so its counters count each distinct result once.
     */
    public long resends() {
        return resends.sum();
    }

    /**
     * Counts {@code n} resends answered without a lookup: a retrieve round sends the history again
     * exactly as it was prepared, so its tool results are resent without asking the memo twice.
     */
    void countResends(int n) {
        if (n > 0) {
            resends.add(n);
        }
    }

    /** The engine behind this compressor. */
    public Headroom headroom() {
        return headroom;
    }

    private record SmallKey(String scope, String text) {}
}

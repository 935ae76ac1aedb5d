package dev.headroom;

import dev.headroom.compress.Compressor;
import dev.headroom.detect.ContentKind;
import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.store.OriginalStore;
import dev.headroom.tokens.Tokenizer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable settings of a {@link Headroom} instance. Build one with {@link Headroom#builder()};
 * every default is a {@code DEFAULT_*} constant here.
 */
public record HeadroomConfig(
        Tokenizer tokenizer,
        int minTokens,
        int maxInputChars,
        OriginalStore store,
        List<HeadroomListener> listeners,
        Map<ContentKind, Compressor> compressorOverrides,
        Duration timeBudget,
        int maxConcurrentCompressions,
        RelevanceScorer relevanceScorer) {

    /** Tool outputs below this many tokens pass through: too small to be worth a marker. */
    public static final int DEFAULT_MIN_TOKENS = 200;

    /**
     * The largest default input limit, whatever the heap (about 32 MB of ASCII); the default itself
     * is {@link #heapDerivedMaxInputChars()}.
     */
    public static final int DEFAULT_MAX_INPUT_CHARS = 32 * 1024 * 1024;

    /** The smallest default input limit, for very small heaps. */
    public static final int MIN_DEFAULT_MAX_INPUT_CHARS = 64 * 1024;

    /**
     * Peak heap a compression needs per input character, measured for the hungriest compressor
     * (see BENCHMARKS.md, "Working set per input character"), rounded up.
     */
    public static final int WORKING_SET_BYTES_PER_CHAR = 64;

    /**
     * How much of the maximum heap the compressions running at once may take together; the rest is
     * left to the application.
     */
    public static final double HEAP_SHARE = 0.5;

    /**
     * Wall-clock budget of one compression (detection, counting and compressing; storing excepted):
     * past it the input passes through with {@link Outcome#TIMED_OUT}.
     */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMillis(100);

    /** Zero: no time budget. */
    public static final Duration NO_TIME_BUDGET = Duration.ZERO;

    public static final Tokenizer DEFAULT_TOKENIZER = Tokenizer.O200K_BASE;

    public HeadroomConfig {
        Objects.requireNonNull(tokenizer, "tokenizer");
        if (minTokens < 0) {
            throw new IllegalArgumentException("minTokens must be >= 0, was " + minTokens);
        }
        if (maxInputChars < 1) {
            throw new IllegalArgumentException("maxInputChars must be positive, was " + maxInputChars);
        }
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative()) {
            throw new IllegalArgumentException("timeBudget must not be negative, was " + timeBudget);
        }
        if (maxConcurrentCompressions < 0) {
            throw new IllegalArgumentException("maxConcurrentCompressions must be >= 0, was " + maxConcurrentCompressions);
        }
        listeners = List.copyOf(listeners);
        compressorOverrides = compressorOverrides.isEmpty()
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(compressorOverrides));
    }

    /** The meaning-aware relevance scorer compressors consult besides lexical signals, if one is installed. */
    public java.util.Optional<RelevanceScorer> relevance() {
        return java.util.Optional.ofNullable(relevanceScorer);
    }

    /** Whether calls have a time budget ({@link #timeBudget()} is not zero). */
    public boolean hasTimeBudget() {
        return !timeBudget.isZero();
    }

    /** Default for {@link #maxConcurrentCompressions()}: one compression per available processor. */
    public static int defaultMaxConcurrentCompressions() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The default input limit for this JVM: the inputs of {@code concurrent} compressions at their
     * worst-case working set ({@value #WORKING_SET_BYTES_PER_CHAR} bytes per character) fit in
     * {@link #HEAP_SHARE} of the maximum heap; clamped to
     * [{@value #MIN_DEFAULT_MAX_INPUT_CHARS}, {@value #DEFAULT_MAX_INPUT_CHARS}].
     */
    public static int heapDerivedMaxInputChars(long maxHeapBytes, int concurrent) {
        long perCall = (long) (maxHeapBytes * HEAP_SHARE) / Math.max(1, concurrent) / WORKING_SET_BYTES_PER_CHAR;
        return (int) Math.max(MIN_DEFAULT_MAX_INPUT_CHARS, Math.min(DEFAULT_MAX_INPUT_CHARS, perCall));
    }

    /** {@link #heapDerivedMaxInputChars(long, int)} for this JVM's maximum heap. */
    public static int heapDerivedMaxInputChars(int concurrent) {
        return heapDerivedMaxInputChars(Runtime.getRuntime().maxMemory(), concurrent);
    }
}

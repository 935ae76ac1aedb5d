package dev.headroom;

import dev.headroom.compress.Compressor;
import dev.headroom.detect.ContentKind;
import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.relevance.RelevanceScorers;
import dev.headroom.store.InMemoryStore;
import dev.headroom.store.OriginalStore;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The front door: compresses tool outputs by content kind, stores what it elides, and retrieves it.
 * Instances are thread-safe and never throw on bad content: a failure passes the original through.
 *
 * <pre>{@code
 * Headroom headroom = Headroom.builder().minTokens(200).build();
 * CompressionResult r = headroom.compress(toolOutput, CompressionHints.query("why did checkout fail?"));
 * RetrievalResult original = headroom.retrieve(r.handles().get(0));
 * }</pre>
 */
public interface Headroom {

    /** A builder with the defaults of {@link HeadroomConfig}. */
    static Builder builder() {
        return new Builder();
    }

    /** An instance with every default: o200k_base, 200-token threshold, in-memory store. */
    static Headroom create() {
        return builder().build();
    }

    /** Compresses {@code content} without hints. */
    default CompressionResult compress(String content) {
        return compress(content, CompressionHints.NONE);
    }

    /**
     * Compresses {@code content}. Never throws for any content: on internal failure the result is a
     * pass-through with {@link Outcome#FAILED_OPEN}; past the time budget, or with no compression slot
     * free within it, a pass-through with {@link Outcome#TIMED_OUT}.
     *
     * @throws NullPointerException if {@code content} or {@code hints} is null
     */
    CompressionResult compress(String content, CompressionHints hints);

    /** The whole original stored under {@code handle} (unscoped). */
    default RetrievalResult retrieve(String handle) {
        return retrieve(handle, null, null);
    }

    /** The items or lines of the original under {@code handle} that match {@code query} (unscoped). */
    default RetrievalResult retrieve(String handle, String query) {
        return retrieve(handle, query, null);
    }

    /**
     * Retrieves from {@code scope} (null for none): the whole original when {@code query} is blank,
     * otherwise only what matches it. Never throws; misses are reported in the result.
     */
    RetrievalResult retrieve(String handle, String query, String scope);

    /** Counters since this instance was built. */
    HeadroomStats stats();

    /** The settings this instance was built with. */
    HeadroomConfig config();

    /** The token counter results are reported in. */
    TokenCounter tokenCounter();

    /** Configures a {@link Headroom}. Not thread-safe; {@link #build()} may be called repeatedly. */
    final class Builder {
        private Tokenizer tokenizer = HeadroomConfig.DEFAULT_TOKENIZER;
        private int minTokens = HeadroomConfig.DEFAULT_MIN_TOKENS;
        private Integer maxInputChars;
        private Duration timeBudget;
        private RelevanceScorer relevanceScorer;
        private Integer maxConcurrentCompressions;
        private OriginalStore store;
        private final List<HeadroomListener> listeners = new ArrayList<>();
        private final Map<ContentKind, Compressor> compressors = new EnumMap<>(ContentKind.class);

        private Builder() {}

        /** Starts from an existing configuration. */
        public Builder config(HeadroomConfig config) {
            tokenizer = config.tokenizer();
            minTokens = config.minTokens();
            maxInputChars = config.maxInputChars();
            timeBudget = config.timeBudget();
            maxConcurrentCompressions = config.maxConcurrentCompressions();
            store = config.store();
            relevanceScorer = config.relevanceScorer();
            listeners.clear();
            listeners.addAll(config.listeners());
            compressors.clear();
            compressors.putAll(config.compressorOverrides());
            return this;
        }

        /** The encoding token counts are reported in; default o200k_base. */
        public Builder tokenizer(Tokenizer tokenizer) {
            this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
            return this;
        }

        /** Inputs with fewer tokens pass through; default {@value HeadroomConfig#DEFAULT_MIN_TOKENS}. */
        public Builder minTokens(int minTokens) {
            if (minTokens < 0) {
                throw new IllegalArgumentException("minTokens must be >= 0, was " + minTokens);
            }
            this.minTokens = minTokens;
            return this;
        }

        /**
         * Inputs longer than this pass through unread (outcome {@code TOO_LARGE}). The default follows
         * the maximum heap ({@link HeadroomConfig#heapDerivedMaxInputChars(int)}), so that the
         * compressions allowed to run at once fit in half of it at their worst-case working set;
         * at most 32 Mi characters. Set it above that only with a heap to match.
         */
        public Builder maxInputChars(int maxInputChars) {
            if (maxInputChars < 1) {
                throw new IllegalArgumentException("maxInputChars must be positive, was " + maxInputChars);
            }
            this.maxInputChars = maxInputChars;
            return this;
        }

        /**
         * Wall-clock budget of one compression (detection, token counting, compressing, and waiting
         * for a slot; writing to the store is not counted); past it the input passes through with
         * outcome {@code TIMED_OUT}. The first 16 compressions of a JVM, which run before the JIT has
         * compiled the compressors, get ten times the budget, with at most one second added. Default {@link HeadroomConfig#DEFAULT_TIME_BUDGET}, plus the
         * relevance scorer's {@link RelevanceScorer#budget()} when one is installed;
         * {@link Duration#ZERO} for none.
         */
        public Builder timeBudget(Duration timeBudget) {
            Objects.requireNonNull(timeBudget, "timeBudget");
            if (timeBudget.isNegative()) {
                throw new IllegalArgumentException("timeBudget must not be negative, was " + timeBudget);
            }
            this.timeBudget = timeBudget;
            return this;
        }

        /**
         * At most this many compressions run at once; a call finding none free waits for one within
         * its time budget, then passes through ({@code TIMED_OUT}). Default: the number of available
         * processors (compression is CPU-bound, so more at once only makes each slower); 0 for no limit.
         */
        public Builder maxConcurrentCompressions(int maxConcurrentCompressions) {
            if (maxConcurrentCompressions < 0) {
                throw new IllegalArgumentException("maxConcurrentCompressions must be >= 0, was " + maxConcurrentCompressions);
            }
            this.maxConcurrentCompressions = maxConcurrentCompressions;
            return this;
        }

        /**
         * A meaning-aware relevance scorer: with a question in the hints, compressors also keep the
         * few units it finds closest to the question (rows, templates, lines, files, bodies,
         * sentences). Default none (lexical signals only).
         */
        public Builder relevance(RelevanceScorer scorer) {
            this.relevanceScorer = Objects.requireNonNull(scorer, "scorer");
            return this;
        }

        /**
         * Selects the relevance scorer by id: {@code lexical} for none, or the id of a scorer module on
         * the classpath ({@code onnx} with {@code headroom-onnx}).
         *
         * @throws IllegalArgumentException when no scorer module with that id is on the classpath
         */
        public Builder relevance(String id) {
            this.relevanceScorer = RelevanceScorers.forId(id).orElse(null);
            return this;
        }

        /** Where originals are kept; default a bounded {@link InMemoryStore}. */
        public Builder store(OriginalStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Adds a listener; its exceptions are logged and ignored. */
        public Builder listener(HeadroomListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Replaces the built-in compressor for {@code kind}. */
        public Builder compressor(ContentKind kind, Compressor compressor) {
            compressors.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(compressor, "compressor"));
            return this;
        }

        /** The configuration as it stands. */
        public HeadroomConfig toConfig() {
            int concurrent = maxConcurrentCompressions != null
                    ? maxConcurrentCompressions
                    : HeadroomConfig.defaultMaxConcurrentCompressions();
            int maxChars = maxInputChars != null
                    ? maxInputChars
                    : HeadroomConfig.heapDerivedMaxInputChars(concurrent == 0 ? HeadroomConfig.defaultMaxConcurrentCompressions() : concurrent);
            Duration budget = timeBudget != null
                    ? timeBudget
                    : relevanceScorer == null
                            ? HeadroomConfig.DEFAULT_TIME_BUDGET
                            : HeadroomConfig.DEFAULT_TIME_BUDGET.plus(relevanceScorer.budget());
            return new HeadroomConfig(tokenizer, minTokens, maxChars, store == null ? InMemoryStore.create() : store,
                    listeners, compressors, budget, concurrent, relevanceScorer);
        }

        public Headroom build() {
            return new DefaultHeadroom(toConfig());
        }
    }
}

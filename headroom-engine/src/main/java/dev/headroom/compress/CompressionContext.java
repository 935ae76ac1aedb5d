package dev.headroom.compress;

import dev.headroom.ccr.Handles;
import dev.headroom.internal.QueryTerms;
import dev.headroom.relevance.ClosestUnits;
import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.store.InMemoryStore;
import dev.headroom.store.OriginalStore;
import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a compressor may know and do for one input: the user's question, the tool name, a token
 * counter, the time budget, and the store, through which originals are kept before a marker
 * mentions them. Confined to the thread of the call it was built for.
 *
 * <p>Every original a compressor keeps through {@link #store(String)} or {@link #originalHandle()}
 * is recorded in {@link #originals()}. Built with {@link Builder#collectOriginals()} (as the engine
 * does), nothing is written during compression: the engine writes the originals of the result it
 * keeps in one all-or-nothing batch, or passes the input through.
 */
public final class CompressionContext {

    private final String input;
    private final String query;
    private final List<String> queryTerms;
    private final String toolName;
    private final String language;
    private final TokenCounter tokens;
    private final UnaryOperator<String> storeFunction;
    private final Deadline deadline;
    private final RelevanceScorer relevanceScorer;
    /** Handle -> content of every original kept so far, in the order first kept. */
    private final Map<String, String> originals = new LinkedHashMap<>();
    private String originalHandle;

    private CompressionContext(Builder b) {
        this.input = b.input;
        this.query = b.query == null ? "" : b.query;
        this.queryTerms = QueryTerms.of(this.query);
        this.toolName = b.toolName == null ? "" : b.toolName;
        this.language = b.language == null ? "" : b.language;
        this.tokens = b.tokens;
        this.storeFunction = b.storeFunction;
        this.deadline = b.deadline;
        this.relevanceScorer = b.relevanceScorer;
    }

    /** A builder for {@code input}; defaults: no query, o200k_base, a fresh in-memory store. */
    public static Builder builder(String input) {
        return new Builder(input);
    }

    /** The whole input being compressed. */
    public String input() {
        return input;
    }

    /** The user's current question, or empty. */
    public String query() {
        return query;
    }

    /** The question's search terms (lowercase, no stop words), in order. */
    public List<String> queryTerms() {
        return queryTerms;
    }

    /**
     * Indices (ascending) of at most {@code k} of {@code units} that the relevance scorer finds
     * closest to the question, for a compressor to keep besides what its own rules keep; empty
     * without a scorer or a question (see {@link ClosestUnits} for the rules).
     */
    public int[] closestUnits(List<String> units, int k) {
        return ClosestUnits.pick(relevanceScorer, query, units, k, timeLeft());
    }

    /**
     * The relevance scorer's similarity of each unit to the question, index-aligned, or null without
     * a scorer, a question, or a full set of scores (see {@link ClosestUnits#scores}).
     */
    public float[] relevanceScores(List<String> units) {
        return ClosestUnits.scores(relevanceScorer, query, units, timeLeft());
    }

    private java.time.Duration timeLeft() {
        return java.time.Duration.ofNanos(deadline.remainingNanos());
    }

    /** Whether a relevance scorer and a question are both present. */
    public boolean hasRelevanceScorer() {
        return relevanceScorer != null && !query.isBlank();
    }

    /** The tool that produced the input, or empty. */
    public String toolName() {
        return toolName;
    }

    /** The source language the detector saw ({@code java}, {@code python}, ...), or empty. */
    public String language() {
        return language;
    }

    public TokenCounter tokens() {
        return tokens;
    }

    /** This call's time budget; compressors call {@link Deadline#check()} at their loop points. */
    public Deadline deadline() {
        return deadline;
    }

    /**
     * Shorthand for {@code deadline().check()}.
     *
     * @throws TimeBudgetExceededException past the budget
     */
    public void checkDeadline() {
        deadline.check();
    }

    /** Stores the whole input (once) and returns its handle. */
    public String originalHandle() {
        if (originalHandle == null) {
            originalHandle = store(input);
        }
        return originalHandle;
    }

    /** Stores {@code part} (for example one elided function body) and returns its own handle. */
    public String store(String part) {
        Objects.requireNonNull(part, "part");
        String handle = storeFunction == null ? Handles.of(part) : storeFunction.apply(part);
        originals.putIfAbsent(handle, part);
        return handle;
    }

    /** Handle to content of every original kept through this context, in the order first kept. */
    public Map<String, String> originals() {
        return Collections.unmodifiableMap(originals);
    }

    /** Declares {@code count} {@code unit} elided from the input; the original is stored first. */
    public Elision elide(int count, String unit) {
        return new Elision(count, unit, originalHandle());
    }

    /** Declares {@code count} {@code unit} elided and retrievable under {@code handle}. */
    public Elision elide(int count, String unit, String handle) {
        return new Elision(count, unit, handle);
    }

    /** Configures a {@link CompressionContext}. */
    public static final class Builder {
        private final String input;
        private String query;
        private String toolName;
        private String language;
        private TokenCounter tokens;
        private UnaryOperator<String> storeFunction;
        private boolean collectOnly;
        private Deadline deadline = Deadline.none();
        private RelevanceScorer relevanceScorer;

        private Builder(String input) {
            this.input = Objects.requireNonNull(input, "input");
        }

        public Builder query(String query) {
            this.query = query;
            return this;
        }

        public Builder toolName(String toolName) {
            this.toolName = toolName;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder tokens(TokenCounter tokens) {
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            return this;
        }

        /** Stores content in {@code store} under its unscoped handle. */
        public Builder store(OriginalStore store) {
            Objects.requireNonNull(store, "store");
            this.collectOnly = false;
            this.storeFunction = content -> {
                String handle = Handles.of(content);
                store.put(handle, content);
                return handle;
            };
            return this;
        }

        /** Stores content through {@code fn}, which returns the handle, as each original is kept. */
        public Builder storeFunction(UnaryOperator<String> fn) {
            this.storeFunction = Objects.requireNonNull(fn, "fn");
            this.collectOnly = false;
            return this;
        }

        /**
         * Writes nothing while compressing: originals are only recorded in {@link #originals()}, for
         * the caller to store in one batch once it keeps the result (the engine does this).
         */
        public Builder collectOriginals() {
            this.storeFunction = null;
            this.collectOnly = true;
            return this;
        }

        /** The time budget of this call; default none. */
        public Builder deadline(Deadline deadline) {
            this.deadline = Objects.requireNonNull(deadline, "deadline");
            return this;
        }

        /** The meaning-aware scorer compressors consult with a question; default none. */
        public Builder relevanceScorer(RelevanceScorer scorer) {
            this.relevanceScorer = scorer;
            return this;
        }

        public CompressionContext build() {
            if (tokens == null) {
                tokens = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);
            }
            if (storeFunction == null && !collectOnly) {
                store(InMemoryStore.create());
            }
            return new CompressionContext(this);
        }
    }
}

package dev.headroom.compress;

import dev.headroom.ccr.Handles;
import dev.headroom.internal.QueryTerms;
import dev.headroom.store.InMemoryStore;
import dev.headroom.store.OriginalStore;
import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a compressor may know and do for one input: the user's question, the tool name, a token
 * counter, and the store, through which originals are kept before a marker mentions them.
 */
public final class CompressionContext {

    private final String input;
    private final String query;
    private final List<String> queryTerms;
    private final String toolName;
    private final String language;
    private final TokenCounter tokens;
    private final UnaryOperator<String> storeFunction;
    private String originalHandle;

    private CompressionContext(Builder b) {
        this.input = b.input;
        this.query = b.query == null ? "" : b.query;
        this.queryTerms = QueryTerms.of(this.query);
        this.toolName = b.toolName == null ? "" : b.toolName;
        this.language = b.language == null ? "" : b.language;
        this.tokens = b.tokens;
        this.storeFunction = b.storeFunction;
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

    /** Stores the whole input (once) and returns its handle. */
    public String originalHandle() {
        if (originalHandle == null) {
            originalHandle = storeFunction.apply(input);
        }
        return originalHandle;
    }

    /** Stores {@code part} (for example one elided function body) and returns its own handle. */
    public String store(String part) {
        return storeFunction.apply(part);
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
            this.storeFunction = content -> {
                String handle = Handles.of(content);
                store.put(handle, content);
                return handle;
            };
            return this;
        }

        /** Stores content through {@code fn}, which returns the handle; the engine uses this for scoping. */
        public Builder storeFunction(UnaryOperator<String> fn) {
            this.storeFunction = Objects.requireNonNull(fn, "fn");
            return this;
        }

        public CompressionContext build() {
            if (tokens == null) {
                tokens = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);
            }
            if (storeFunction == null) {
                store(InMemoryStore.create());
            }
            return new CompressionContext(this);
        }
    }
}

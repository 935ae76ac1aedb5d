package dev.headroom.compress;

/**
 * Compresses one kind of content. Implementations are stateless and thread-safe, deterministic
 * (same input and context, same bytes), and declare every elision through
 * {@link CompressionContext#elide}. They may throw: the engine then passes the original through.
 */
@FunctionalInterface
public interface Compressor {

    /**
     * Compresses {@code input}. Returns {@link Compressed#unchanged(String, String)} when there is
     * nothing to gain; the engine also discards any result that is not smaller in tokens.
     */
    Compressed compress(String input, CompressionContext context);
}

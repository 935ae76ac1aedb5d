package dev.headroom.store;

/**
 * Where Headroom keeps the originals of what it elided, keyed by handle. Implementations are
 * thread-safe; a failing backend throws {@link StoreUnavailableException} and Headroom fails open.
 */
public interface OriginalStore extends AutoCloseable {

    /**
     * Stores {@code content} under {@code key}. Storing the same key again refreshes its lifetime.
     *
     * @throws StoreUnavailableException when the backend cannot be written
     */
    void put(String key, String content);

    /**
     * Looks {@code key} up.
     *
     * @throws StoreUnavailableException when the backend cannot be read
     */
    StoreLookup get(String key);

    /** A short name for logs and metrics, such as {@code memory} or {@code sqlite:/path}. */
    String name();

    /** Releases connections; the default does nothing. */
    @Override
    default void close() {}
}

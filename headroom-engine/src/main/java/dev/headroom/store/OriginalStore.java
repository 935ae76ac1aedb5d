package dev.headroom.store;

/**
 * Where Headroom keeps the originals of what it elided, keyed by handle. Implementations are
 * thread-safe; a failing backend throws {@link StoreUnavailableException} and Headroom fails open.
 */
public interface OriginalStore extends AutoCloseable {

    /**
     * Stores {@code content} under {@code key}. Storing the same key again refreshes its lifetime.
     *
     * <p>When this returns, the entry is held: a {@link #get(String)} right after it (before the
     * time to live, with no other writer in between) finds exactly {@code content}. A store that
     * cannot keep an entry (larger than its size bound, or content its backend would alter) must
     * refuse it by throwing, never accept it and drop or change it: the engine emits the handle
     * after this call returns, and passes the input through when it throws.
     *
     * @throws StoreUnavailableException when the backend cannot be written, or refuses this entry;
     *     nothing is stored under {@code key} by this call then
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

package dev.headroom.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
     * Stores the originals of one compression as a unit: when this returns, every entry is held,
     * and none was evicted to make room for another of the same call. The built-in stores also
     * evict a unit whole (its entries share one write time and one expiry, and eviction takes every
     * entry written by the same call together), so a marker's handles stay retrievable together until
     * they expire or their unit is evicted. A unit larger than the store's bound is refused.
     *
     * <p>The default writes each entry with {@link #put}, then reads every key back and throws if
     * any is missing (a custom store that evicts by itself keeps the first guarantee only).
     *
     * @throws StoreUnavailableException when the backend cannot be written or cannot keep the whole
     *     unit; the engine then passes the input through
     */
    default void putAll(Map<String, String> entries) {
        for (Map.Entry<String, String> e : entries.entrySet()) {
            put(e.getKey(), e.getValue());
        }
        List<String> missing = new ArrayList<>();
        for (String key : entries.keySet()) {
            if (!get(key).isFound()) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new StoreUnavailableException(name(), missing.size() + " of " + entries.size()
                    + " originals of one compression were not held after writing them all", null);
        }
    }

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

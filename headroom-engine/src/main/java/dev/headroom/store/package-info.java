/**
 * Retrieval stores: the {@link dev.headroom.store.OriginalStore} SPI, the bounded in-memory default,
 * a persistent SQLite store and a shared Redis store. Each stores the originals of one compression
 * as a unit ({@link dev.headroom.store.OriginalStore#putAll}): all or none, and evicted whole.
 */
package dev.headroom.store;

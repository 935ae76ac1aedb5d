/**
 * Retrieval stores: the {@link dev.headroom.store.OriginalStore} SPI, the bounded in-memory default,
 * a persistent SQLite store and a shared Redis store.
 */
package dev.headroom.store;

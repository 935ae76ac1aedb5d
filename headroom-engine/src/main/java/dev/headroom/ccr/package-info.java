/**
 * Compress, cache, retrieve: the marker format, content-addressed handles, the retrieve tool's
 * contract and query filtering of stored originals.
 */
package dev.headroom.ccr;

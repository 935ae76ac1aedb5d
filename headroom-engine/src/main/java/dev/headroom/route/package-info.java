/**
 * Routing: which compressor handles an input. When detection is sure, its verdict's compressor
 * runs alone; when runners-up score close, each is tried and the smallest output that passes the
 * engine's own invariants ({@link dev.headroom.route.OutputChecks}) wins. Parts a candidate stores
 * are staged, and only the winner's reach the store.
 */
package dev.headroom.route;

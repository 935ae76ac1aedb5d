/**
 * Routing: which compressor handles an input. When detection is sure, its verdict's compressor
 * runs alone; when runners-up score close, each is tried and the smallest output that passes the
 * engine's own invariants ({@link dev.headroom.route.OutputChecks}) wins. Candidates collect the
 * originals they would store; the engine writes only the winner's.
 */
package dev.headroom.route;

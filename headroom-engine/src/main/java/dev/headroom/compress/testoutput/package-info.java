/**
 * The test-runner output compressor: failures, tracebacks and summaries verbatim, passing tests and
 * progress chatter collapsed into declared counts.
 */
package dev.headroom.compress.testoutput;

/**
 * The log compressor: template mining over masked lines, errors and stack traces kept verbatim,
 * repeats declared with exact counts and time spans.
 */
package dev.headroom.compress.lines;

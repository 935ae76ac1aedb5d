package dev.headroom.compress.text;

/**
 * One sentence or line of the input: {@code [start, textEnd)} is its text and
 * {@code [textEnd, end)} the whitespace after it, so consecutive segments cover the input exactly.
 */
record Segment(int start, int textEnd, int end, boolean fenced) {}

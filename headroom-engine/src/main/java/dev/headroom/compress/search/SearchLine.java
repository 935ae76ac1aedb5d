package dev.headroom.compress.search;

/**
 * One input line of a search output, classified. {@code raw} is the line exactly as in the input,
 * terminator included; {@code path}, {@code lineNo} and {@code content} are set for matches and
 * context lines only.
 */
record SearchLine(int index, String raw, Kind kind, String path, long lineNo, String content) {

    /** What a line of grep / ripgrep output is. */
    enum Kind {
        /** {@code path:12:text} or, under a heading, {@code 12:text}. */
        MATCH,
        /** {@code path-12-text} or, under a heading, {@code 12-text} (grep -C / rg -C). */
        CONTEXT,
        /** {@code --} between context groups. */
        SEPARATOR,
        /** A path line that starts a ripgrep {@code --heading} group. */
        HEADING,
        BLANK,
        /** Anything else (tool errors, "Binary file ... matches", summaries): always kept. */
        OTHER
    }

    boolean isHit() {
        return kind == Kind.MATCH || kind == Kind.CONTEXT;
    }
}

package dev.headroom.compress.diff;

import java.util.List;

/**
 * One {@code @@ -a,b +c,d @@} hunk: its header, the parsed ranges, the text after the second
 * {@code @@}, and its lines verbatim (terminators included). {@code valid} is false when the lines
 * do not add up to the header's counts; such a hunk is only ever copied as it is.
 */
record Hunk(String header, long oldStart, long oldCount, long newStart, long newCount, String section,
        List<String> lines, boolean valid, int startOffset, int endOffset) {

    int added() {
        return count('+');
    }

    int removed() {
        return count('-');
    }

    private int count(char prefix) {
        int n = 0;
        for (String l : lines) {
            if (!l.isEmpty() && l.charAt(0) == prefix) {
                n++;
            }
        }
        return n;
    }
}

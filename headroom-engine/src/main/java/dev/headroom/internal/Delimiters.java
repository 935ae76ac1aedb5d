package dev.headroom.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the field delimiter of delimited text (CSV, TSV, pipe- or semicolon-separated records): the
 * character that occurs the same number of times on most lines. Quoted commas and semicolons do
 * not count, so a CSV cell with a comma inside does not break the count.
 */
public final class Delimiters {

    private static final char[] CANDIDATES = {'\t', '|', ',', ';'};

    /** Share of non-blank lines that must agree on the delimiter count. */
    static final double MIN_AGREEMENT = 0.8;

    /** Lines needed before a delimiter is trusted. */
    static final int MIN_LINES = 5;

    private Delimiters() {}

    /** The dominant delimiter of {@code lines}, or 0 when there is none. */
    public static char dominant(List<String> lines) {
        char best = 0;
        double bestShare = 0;
        for (char c : CANDIDATES) {
            double share = agreement(lines, c);
            if (share > bestShare) {
                best = c;
                bestShare = share;
            }
        }
        return bestShare >= MIN_AGREEMENT ? best : 0;
    }

    /** The share of non-blank lines holding the most common (non-zero) count of {@code c}; 0 below {@link #MIN_LINES} lines. */
    public static double agreement(List<String> lines, char c) {
        Map<Integer, Integer> counts = new HashMap<>();
        int nonBlank = 0;
        int best = 0;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            nonBlank++;
            int k = count(l, c);
            // commas and semicolons are common in prose: a row needs at least two of them
            if (k >= (c == ',' || c == ';' ? 2 : 1)) {
                best = Math.max(best, counts.merge(k, 1, Integer::sum));
            }
        }
        return nonBlank < MIN_LINES ? 0 : (double) best / nonBlank;
    }

    private static int count(String line, char c) {
        int k = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"' && c != '\t' && c != '|') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                k++;
            }
        }
        return k;
    }
}

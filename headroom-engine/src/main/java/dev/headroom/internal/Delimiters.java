package dev.headroom.internal;

import java.util.ArrayList;
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
        List<Map<Integer, Integer>> counts = new ArrayList<>(CANDIDATES.length);
        for (int c = 0; c < CANDIDATES.length; c++) {
            counts.add(new HashMap<>());
        }
        int[] best = new int[CANDIDATES.length];
        int nonBlank = 0;
        int[] k = new int[CANDIDATES.length];
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            nonBlank++;
            countAll(l, k);
            for (int c = 0; c < CANDIDATES.length; c++) {
                if (k[c] >= minimum(CANDIDATES[c])) {
                    best[c] = Math.max(best[c], counts.get(c).merge(k[c], 1, Integer::sum));
                }
            }
        }
        if (nonBlank < MIN_LINES) {
            return 0;
        }
        char winner = 0;
        int winnerCount = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            if (best[c] > winnerCount) {
                winner = CANDIDATES[c];
                winnerCount = best[c];
            }
        }
        return winnerCount >= MIN_AGREEMENT * nonBlank ? winner : 0;
    }

    /** The share of non-blank lines holding the most common (non-zero) count of {@code c}; 0 below {@link #MIN_LINES} lines. */
    public static double agreement(List<String> lines, char c) {
        Map<Integer, Integer> counts = new HashMap<>();
        int nonBlank = 0;
        int best = 0;
        int index = indexOf(c);
        int[] k = new int[CANDIDATES.length];
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            nonBlank++;
            countAll(l, k);
            if (k[index] >= minimum(c)) {
                best = Math.max(best, counts.merge(k[index], 1, Integer::sum));
            }
        }
        return nonBlank < MIN_LINES ? 0 : (double) best / nonBlank;
    }

    /** Commas and semicolons are common in prose: a row needs at least two of them. */
    private static int minimum(char c) {
        return c == ',' || c == ';' ? 2 : 1;
    }

    private static int indexOf(char c) {
        for (int i = 0; i < CANDIDATES.length; i++) {
            if (CANDIDATES[i] == c) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a delimiter: " + c);
    }

    /** Counts every candidate in one pass; commas and semicolons inside double quotes do not count. */
    private static void countAll(String line, int[] k) {
        java.util.Arrays.fill(k, 0);
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            switch (ch) {
                case '"' -> quoted = !quoted;
                case '\t' -> k[0]++;
                case '|' -> k[1]++;
                case ',' -> k[2] += quoted ? 0 : 1;
                case ';' -> k[3] += quoted ? 0 : 1;
                default -> { }
            }
        }
    }
}

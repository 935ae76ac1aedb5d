package dev.headroom.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Layout features of a sample's lines that say "these lines are records" without reading their words:
 * columns aligned at the same character positions (tables, {@code ps}, {@code ls -l}), a first field of
 * the same kind on every line (ids, paths, numbers, flags), long prefixes shared with the line above
 * (path listings), and how much the lines read like English sentences (function words), which is
 * what sets prose apart.
 */
public record LineLayout(int lines, int aligned, int sameLead, int sameRecordLead, int sharedPrefix, int wordy) {

    /** A column edge must recur on at least this share of lines. */
    public static final double COLUMN_SHARE = 0.6;

    /** A line reads as prose when at least this share of its words are English function words. */
    static final double WORDY_SHARE = 0.2;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "of", "to", "in", "and", "or", "is", "are", "was", "were", "be", "for", "on", "with",
            "that", "this", "it", "as", "by", "at", "from", "not", "but", "if", "then", "we", "you", "they", "can",
            "will", "which", "when", "has", "have", "its", "their", "our", "your", "there", "these", "those", "so");

    /**
     * Classes of a first field: what kind of value opens the line. Only values (numbers, ids, paths,
     * permission flags) say "record": words open sentences, code and config lines as well.
     */
    private enum Lead {
        NUMBER(true, false), ID(true, true), PATH(true, true), FLAGS(true, true), TREE(true, true), UPPER(false, false),
        LOWER(false, false), CAPITALIZED(false, false), SYMBOL(false, false), OTHER(false, false);

        final boolean valueLike;
        /** A value that names the row itself (an id, a path, permissions), unlike a number or address a log line may start with. */
        final boolean recordKey;

        Lead(boolean valueLike, boolean recordKey) {
            this.valueLike = valueLike;
            this.recordKey = recordKey;
        }
    }

    /** Share of lines whose columns align with the other lines' (two columns, or one for two-column tables). */
    public double alignedShare() {
        return lines == 0 ? 0 : (double) aligned / lines;
    }

    /** The layout of {@code sample}'s non-blank lines. */
    public static LineLayout of(List<String> sample) {
        Map<Integer, Integer> edges = new HashMap<>();
        Map<Lead, Integer> leads = new HashMap<>();
        int lines = 0;
        int shared = 0;
        int wordy = 0;
        String previous = null;
        for (String l : sample) {
            if (l.isBlank()) {
                continue;
            }
            lines++;
            countEdges(l, edges);
            leads.merge(lead(l), 1, Integer::sum);
            if (previous != null && sharesPrefix(previous, l)) {
                shared++;
            }
            if (isWordy(l)) {
                wordy++;
            }
            previous = l;
        }
        int aligned = 0;
        if (lines >= 5) {
            int minCount = (int) Math.ceil(COLUMN_SHARE * lines);
            for (String l : sample) {
                // a line of two columns has one gap to align; wider lines need two aligned columns
                int gaps = gaps(l);
                if (!l.isBlank() && gaps >= 1 && alignedEdges(l, edges, minCount) >= Math.min(2, gaps)) {
                    aligned++;
                }
            }
        }
        int sameLead = 0;
        int sameRecordLead = 0;
        for (Map.Entry<Lead, Integer> e : leads.entrySet()) {
            if (e.getKey().valueLike) {
                sameLead = Math.max(sameLead, e.getValue());
            }
            if (e.getKey().recordKey) {
                sameRecordLead = Math.max(sameRecordLead, e.getValue());
            }
        }
        return new LineLayout(lines, aligned, sameLead, sameRecordLead, shared, wordy);
    }

    /** Positions where a field after the first starts or ends, after a run of two spaces or a tab (a column gap). */
    private static void countEdges(String l, Map<Integer, Integer> edges) {
        int n = l.length();
        int i = 0;
        while (i < n && l.charAt(i) == ' ') {
            i++;
        }
        while (i < n && l.charAt(i) != ' ' && l.charAt(i) != '\t') {
            i++;
        }
        while (i < n) {
            int gapStart = i;
            while (i < n && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
                i++;
            }
            boolean gap = i - gapStart >= 2 || (i > gapStart && l.charAt(gapStart) == '\t');
            if (gap && i < n) {
                edges.merge(gapStart, 1, Integer::sum);
                edges.merge(-1 - i, 1, Integer::sum);
            }
            while (i < n && l.charAt(i) != ' ' && l.charAt(i) != '\t') {
                i++;
            }
        }
    }

    /** How many column gaps (two spaces or a tab between fields) the line has. */
    private static int gaps(String l) {
        Map<Integer, Integer> mine = new HashMap<>();
        countEdges(l, mine);
        return mine.size() / 2;
    }

    private static int alignedEdges(String l, Map<Integer, Integer> edges, int minCount) {
        Map<Integer, Integer> mine = new HashMap<>();
        countEdges(l, mine);
        int k = 0;
        int lastField = -1;
        for (Integer e : mine.keySet()) {
            if (edges.getOrDefault(e, 0) >= minCount) {
                int field = e < 0 ? -1 - e : e;
                if (field != lastField) {
                    k++;
                    lastField = field;
                }
            }
        }
        return k;
    }

    private static Lead lead(String l) {
        String t = l.strip();
        int sp = 0;
        while (sp < t.length() && !Character.isWhitespace(t.charAt(sp))) {
            sp++;
        }
        String f = t.substring(0, sp);
        if (f.isEmpty()) {
            return Lead.OTHER;
        }
        boolean digit = false;
        boolean letter = false;
        boolean hexOnly = true;
        boolean lower = false;
        boolean upper = false;
        boolean slash = false;
        boolean flagChars = true;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            slash |= c == '/' || c == '\\';
            hexOnly &= Character.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            flagChars &= c == '-' || c == 'r' || c == 'w' || c == 'x' || c == 'd' || c == 'l' || c == 's' || c == 't'
                    || c == 'c' || c == 'b' || c == 'p' || c == '.' || c == '+' || c == '@';
        }
        if (isTreeDrawing(f)) {
            return Lead.TREE;
        }
        if (slash) {
            return Lead.PATH;
        }
        if (flagChars && f.length() >= 10) {
            return Lead.FLAGS;
        }
        if (hexOnly && digit && f.length() >= 6) {
            return Lead.ID;
        }
        if (digit && !letter) {
            return Lead.NUMBER;
        }
        if (!letter) {
            return Lead.SYMBOL;
        }
        if (digit) {
            return Lead.ID;
        }
        if (upper && !lower) {
            return Lead.UPPER;
        }
        if (lower && !upper) {
            return Lead.LOWER;
        }
        return Character.isUpperCase(f.charAt(0)) ? Lead.CAPITALIZED : Lead.OTHER;
    }

    /** Branches of a drawn tree ({@code ├──}, {@code │}, {@code +-}, {@code \-}), as dependency and directory trees print them. */
    private static boolean isTreeDrawing(String f) {
        if (f.equals("+-") || f.equals("\\-") || f.equals("|")) {
            return true;
        }
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= '\u2500' && c <= '\u257f') {
                return true;
            }
        }
        return false;
    }

    /** The line above and this one share a prefix of a third of the shorter line (at least 8 characters). */
    private static boolean sharesPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i >= 8 && i * 3 >= n;
    }

    private static boolean isWordy(String l) {
        int words = 0;
        int function = 0;
        int n = l.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(l.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetter(l.charAt(i))) {
                i++;
            }
            if (i > s) {
                words++;
                if (i - s <= 5 && FUNCTION_WORDS.contains(l.substring(s, i).toLowerCase(java.util.Locale.ROOT))) {
                    function++;
                }
            }
        }
        return words >= 5 && function >= WORDY_SHARE * words;
    }
}

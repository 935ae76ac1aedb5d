package dev.headroom.compress.json;

import dev.headroom.internal.Hashing;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which rows of an array of objects must stay inline and whether any may be dropped at all.
 *
 * <p>Rows may be dropped when the array is repetitive (every non-identifier field repeats its
 * values, digits masked, across rows) or when it lists distinct entities of which some stand out (an
 * error or failure word, a rare value, a numeric outlier, a match of the question); distinct
 * entities of which none stands out keep every row. When dropping is allowed, these rows are
 * always kept: first and last; rows whose values carry an error or failure word; warnings (all
 * of them while they are under a tenth of the rows, else one of each kind);
 * rows holding a rare value of an enum-like field or a rare field (or lacking a common one);
 * numeric outliers beyond two standard deviations; rows matching the user's question (numbers and
 * ids matched as whole numbers); one row for each value of every enum-like field, so each kind of
 * row is shown; then, while fewer than about twice the square root of the row count are kept,
 * further rows spread over the array, each unlike any kept one (near-duplicates are skipped).
 */
final class RowSelector {

    static final int MIN_ROWS = 12;
    static final double MAX_CONTENT_UNIQUENESS = 0.5;
    static final double OUTLIER_SIGMAS = 2.0;

    static final List<String> ERROR_WORDS = List.of(
            "error", "exception", "fail", "fatal", "critical", "panic", "crash", "abort", "timeout", "timed out",
            "denied", "refused", "rejected", "traceback", "severe", "unreachable");

    static final List<String> WARNING_WORDS = List.of("warn");

    private static final WordMatcher ERRORS = new WordMatcher(ERROR_WORDS);
    private static final WordMatcher WARNINGS = new WordMatcher(WARNING_WORDS);

    private RowSelector() {}

    /** Which rows to keep, and why; {@code keep} has one flag per row. */
    record Selection(boolean[] keep, int kept, String reasons) {
        int dropped() {
            return keep.length - kept;
        }

        /** This selection plus the rows at {@code closest} (the units a relevance scorer ranked closest to the question). */
        Selection withClosest(int[] closest) {
            boolean[] k = keep.clone();
            int added = 0;
            for (int r : closest) {
                if (!k[r]) {
                    k[r] = true;
                    added++;
                }
            }
            return added == 0 ? this : new Selection(k, kept + added, reasons + ",meaning=" + added);
        }
    }

    /**
     * The rows to keep, or null when no row may be dropped: too few rows, too little to gain, or
     * distinct entities of which no row stands out.
     */
    static Selection select(ArrayStats st, List<String> queryTerms) {
        int n = st.n;
        if (n < MIN_ROWS) {
            return null;
        }
        boolean[] keep = new boolean[n];
        long[] sig = signatures(st);
        int errors = markSignals(st, queryTerms, sig, keep);
        int rare = markRare(st, keep);
        int outliers = markOutliers(st, keep);
        // distinct entities are sampled only around rows that stand out; with none, the lossless table is all
        if (errors + rare + outliers == 0 && contentUniqueness(st) > MAX_CONTENT_UNIQUENESS) {
            return null;
        }
        keep[0] = true;
        keep[n - 1] = true;
        int coverage = markCoverage(st, keep);
        int samples = markSamples(st, sig, keep);
        int kept = 0;
        for (boolean k : keep) {
            if (k) {
                kept++;
            }
        }
        if ((n - kept) * 5 < n) {
            return null;
        }
        String reasons = "signal=" + errors + ",rare=" + rare + ",outliers=" + outliers + ",coverage=" + coverage
                + ",samples=" + samples;
        return new Selection(keep, kept, reasons);
    }

    /** The highest share of distinct (digit-masked) values among the fields that are not constants or identifiers. */
    static double contentUniqueness(ArrayStats st) {
        double max = 0;
        for (ArrayStats.Field f : st.fields) {
            if (f.isConstant(st.n) || f.isIdentifier(st.n) || f.present * 2 < st.n) {
                continue;
            }
            max = Math.max(max, f.maskedUniqueness());
        }
        return max;
    }

    /** Error words in any non-constant value, and matches of the question's terms. */
    private static int markSignals(ArrayStats st, List<String> queryTerms, long[] sig, boolean[] keep) {
        int n = st.n;
        boolean[] error = new boolean[n];
        boolean[] warning = new boolean[n];
        int warnings = 0;
        boolean[][] termHits = new boolean[queryTerms.size()][n];
        int[] termCounts = new int[queryTerms.size()];
        for (ArrayStats.Field f : st.fields) {
            boolean constant = f.isConstant(n);
            for (int r = 0; r < n; r++) {
                String cell = f.cells[r];
                if (cell == null) {
                    continue;
                }
                boolean text = cell.charAt(0) == '"' || cell.charAt(0) == '{' || cell.charAt(0) == '[';
                if (termHits.length == 0 && (!text || constant)) {
                    continue; // only query terms are looked for in numbers, literals and constants
                }
                // keys inside nested values ("error": null) are not signals; their string values are
                String signalText = f.nestedStrings[r] == null ? cell : f.nestedStrings[r];
                if (text && !constant && !error[r] && ERRORS.inLowercaseOf(signalText)) {
                    error[r] = true;
                }
                if (text && !constant && !warning[r] && WARNINGS.inLowercaseOf(signalText)) {
                    warning[r] = true;
                    warnings++;
                }
                String lower = text && termHits.length > 0 ? cell.toLowerCase(Locale.ROOT) : cell;
                for (int t = 0; t < termHits.length; t++) {
                    if (!termHits[t][r] && matchesTerm(lower, queryTerms.get(t))) {
                        termHits[t][r] = true;
                        termCounts[t]++;
                    }
                }
            }
        }
        int marked = 0;
        // warnings are all kept while they are uncommon; when they are routine, one of each kind is
        boolean allWarnings = warnings * 10 <= n;
        Set<Long> warningKinds = new HashSet<>();
        for (int r = 0; r < n; r++) {
            if (error[r] || (warning[r] && (allWarnings || warningKinds.add(sig[r])))) {
                keep[r] = true;
                marked++;
            }
        }
        for (int t = 0; t < termHits.length; t++) {
            // a term most rows contain does not pick anything out
            if (termCounts[t] * 2 > n) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                if (termHits[t][r] && !keep[r]) {
                    keep[r] = true;
                    marked++;
                }
            }
        }
        return marked;
    }

    /** Whether a value carries an error or failure word: in a string's text, or in the string values nested in it (keys aside). */
    static boolean carriesError(Node value) {
        if (value instanceof Node.Scalar s) {
            return s.isString() && ERRORS.inLowercaseOf(s.text());
        }
        StringBuilder strings = new StringBuilder();
        ArrayStats.appendStrings(value, strings);
        return ERRORS.inLowercaseOf(strings.toString());
    }

    /** Terms made of digits match whole numbers only (4812 does not match 148123); other terms match as substrings. */
    static boolean matchesTerm(String lower, String term) {
        if (!isDigits(term)) {
            return lower.contains(term);
        }
        int from = 0;
        while (true) {
            int i = lower.indexOf(term, from);
            if (i < 0) {
                return false;
            }
            int end = i + term.length();
            boolean before = i > 0 && Character.isDigit(lower.charAt(i - 1));
            boolean after = end < lower.length() && Character.isDigit(lower.charAt(end));
            if (!before && !after) {
                return true;
            }
            from = i + 1;
        }
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Rare values of enum-like fields (held by under 1% of rows, or by one row), rare fields and rare absences. */
    private static int markRare(ArrayStats st, boolean[] keep) {
        int n = st.n;
        int marked = 0;
        for (ArrayStats.Field f : st.fields) {
            boolean enumLike = f.isEnumLike(n);
            boolean rareField = f.present < n && (f.present * 20 < n || f.present == 1);
            int absent = n - f.present;
            boolean rareAbsence = absent > 0 && (absent * 20 < n || absent == 1);
            if (!enumLike && !rareField && !rareAbsence) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                String cell = f.cells[r];
                boolean hit;
                if (cell == null) {
                    hit = rareAbsence;
                } else if (rareField) {
                    hit = true;
                } else if (enumLike) {
                    int c = f.counts.get(cell);
                    hit = c * 100 < n || c == 1;
                } else {
                    hit = false;
                }
                if (hit && !keep[r]) {
                    keep[r] = true;
                    marked++;
                }
            }
        }
        return marked;
    }

    private static int markOutliers(ArrayStats st, boolean[] keep) {
        int n = st.n;
        int marked = 0;
        for (ArrayStats.Field f : st.fields) {
            if (!f.allNumbers || f.present < 8) {
                continue;
            }
            double sd = f.stddev();
            if (sd <= 0) {
                continue;
            }
            double mean = f.mean();
            for (int r = 0; r < n; r++) {
                if (f.cells[r] == null || keep[r]) {
                    continue;
                }
                // NaN (text Double.parseDouble refuses) is never an outlier
                double x = f.numbers[r];
                if (Math.abs(x - mean) > OUTLIER_SIGMAS * sd) {
                    keep[r] = true;
                    marked++;
                }
            }
        }
        return marked;
    }

    /** One row for each value of each enum-like field that no kept row shows yet. */
    private static int markCoverage(ArrayStats st, boolean[] keep) {
        int n = st.n;
        int marked = 0;
        for (ArrayStats.Field f : st.fields) {
            if (!f.isEnumLike(n) || f.distinct() > 64) {
                continue;
            }
            Set<String> shown = new HashSet<>();
            for (int r = 0; r < n; r++) {
                if (keep[r] && f.cells[r] != null) {
                    shown.add(f.cells[r]);
                }
            }
            for (int r = 0; r < n && shown.size() < f.distinct(); r++) {
                String cell = f.cells[r];
                if (cell != null && shown.add(cell)) {
                    keep[r] = true;
                    marked++;
                }
            }
        }
        return marked;
    }

    /** Per row, a hash of its non-constant, non-identifier values with digits masked: equal hashes mean near-duplicates. */
    private static long[] signatures(ArrayStats st) {
        int n = st.n;
        long[] sig = new long[n];
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < n; r++) {
            sb.setLength(0);
            for (ArrayStats.Field f : st.fields) {
                if (f.isConstant(n) || f.isIdentifier(n)) {
                    continue;
                }
                String masked = f.maskedCells[r];
                sb.append(masked == null ? "\u0000" : masked).append('\u0001');
            }
            sig[r] = Hashing.fast64(sb);
        }
        return sig;
    }

    /** More rows until about 2 sqrt(n) are kept, spread over the array, each unlike every kept row once digits are masked. */
    private static int markSamples(ArrayStats st, long[] sig, boolean[] keep) {
        int n = st.n;
        Set<Long> seen = new HashSet<>();
        for (int r = 0; r < n; r++) {
            if (keep[r]) {
                seen.add(sig[r]);
            }
        }
        int kept = 0;
        for (boolean k : keep) {
            if (k) {
                kept++;
            }
        }
        // the budget counts every kept row: when the signal already fills it, no samples are added
        int budget = Math.max(8, (int) Math.ceil(2 * Math.sqrt(n))) - kept;
        if (budget <= 0) {
            return 0;
        }
        int marked = 0;
        int stride = Math.max(1, n / budget);
        // visit rows in stride order (0, s, 2s, ..., then 1, s+1, ...) so samples spread over the array
        for (int offset = 0; offset < stride && marked < budget; offset++) {
            for (int r = offset; r < n && marked < budget; r += stride) {
                if (!keep[r] && seen.add(sig[r])) {
                    keep[r] = true;
                    marked++;
                }
            }
        }
        return marked;
    }
}

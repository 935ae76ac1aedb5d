package dev.headroom.compress.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-field statistics of an array of objects, computed in one pass: presence, distinct values and
 * their counts, numeric mean and spread, and how unique the values stay once digits are masked.
 */
final class ArrayStats {

    final int n;
    final List<Field> fields;

    private ArrayStats(int n, List<Field> fields) {
        this.n = n;
        this.fields = fields;
    }

    /** One field (top-level key) of the rows. */
    static final class Field {
        final String key;
        /** The compact JSON text of this field's value in each row; null where the row lacks the field. */
        final String[] cells;
        /** For nested cells only, their string values joined (keys left out), where error words are looked for. */
        final String[] nestedStrings;
        /** The cells with digit runs masked, for near-duplicate signatures. */
        final String[] maskedCells;
        /** For number cells, Double.parseDouble of their text (NaN where it refuses the text); only read when allNumbers. */
        final double[] numbers;
        int present;
        final Map<String, Integer> counts = new HashMap<>();
        boolean allScalar = true;
        boolean allNumbers = true;
        boolean anyWhitespace;
        /** Every value is a number or a string of digits (a day, a count, a thread id). */
        boolean allNumeric = true;
        double sum;
        double sumSq;
        final Set<String> masked = new HashSet<>();

        Field(String key, int n) {
            this.key = key;
            this.cells = new String[n];
            this.maskedCells = new String[n];
            this.nestedStrings = new String[n];
            this.numbers = new double[n];
        }

        int distinct() {
            return counts.size();
        }

        boolean isConstant(int n) {
            return n >= 3 && present == n && counts.size() == 1;
        }

        /** Few distinct scalar values, each usually shared by many rows: a status, level, type or event id. */
        boolean isEnumLike(int n) {
            // numbers with many distinct values are quantities or ordinals, not categories
            boolean quantity = allNumeric && counts.size() > 10;
            return allScalar && !quantity && present * 2 >= n && counts.size() >= 2 && counts.size() <= Math.max(2, n / 10);
        }

        /** Every row has its own value and no value contains whitespace: an id, a URL, a hash. */
        boolean isIdentifier(int n) {
            return present == n && counts.size() == n && !anyWhitespace && n >= 3;
        }

        double mean() {
            return sum / present;
        }

        double stddev() {
            double m = mean();
            double var = sumSq / present - m * m;
            return var <= 0 ? 0 : Math.sqrt(var);
        }

        /** Share of distinct values once digit runs are masked: 1.0 means every row says something different. */
        double maskedUniqueness() {
            return present == 0 ? 0 : (double) masked.size() / present;
        }
    }

    static final int SPARSITY = 8;
    static final int MIN_FIELD_CAP = 64;

    /** Cells read between two checks of the deadline (a millisecond or two of work). */
    private static final int CHECK_EVERY_CELLS = 1024;

    /**
     * Statistics of {@code rows}, or null when they are too sparse to be a table: each distinct key
     * costs arrays over all rows, so the keys are capped at {@value #SPARSITY} times the average row
     * width (at least {@value #MIN_FIELD_CAP}), which keeps the work linear in the cells present.
     * {@code checkpoint} runs about every {@value #CHECK_EVERY_CELLS} cells (it throws past the
     * call's deadline).
     */
    static ArrayStats of(List<Node.Obj> rows, Runnable checkpoint) {
        int n = rows.size();
        long cells = 0;
        for (Node.Obj row : rows) {
            cells += row.keys().size();
        }
        long maxFields = Math.max(MIN_FIELD_CAP, SPARSITY * cells / Math.max(1, n));
        Map<String, Field> byKey = new LinkedHashMap<>();
        long seen = 0;
        long nextCheck = 0;
        for (int r = 0; r < n; r++) {
            Node.Obj row = rows.get(r);
            if (seen >= nextCheck) {
                checkpoint.run();
                nextCheck = seen + CHECK_EVERY_CELLS;
            }
            seen += row.keys().size();
            for (int k = 0; k < row.keys().size(); k++) {
                String key = row.keys().get(k);
                Field f = byKey.get(key);
                if (f == null) {
                    if (byKey.size() >= maxFields) {
                        return null;
                    }
                    f = new Field(key, n);
                    byKey.put(key, f);
                }
                if (f.cells[r] != null) {
                    continue; // duplicate key in one object: the first one counts
                }
                Node v = row.values().get(k);
                String text = v.json();
                f.cells[r] = text;
                f.present++;
                f.counts.merge(text, 1, Integer::sum);
                String masked = v instanceof Node.Scalar num && num.isNumber() ? maskNumber(text) : maskDigits(text);
                f.maskedCells[r] = masked;
                f.masked.add(masked);
                if (v instanceof Node.Scalar s) {
                    if (s.isNumber()) {
                        double raw = parseRaw(s.text());
                        f.numbers[r] = raw;
                        double d = Double.isFinite(raw) ? raw : 0;
                        f.sum += d;
                        f.sumSq += d * d;
                    } else {
                        f.allNumbers = false;
                    }
                    if (f.allNumeric && !s.isNumber() && !(s.isString() && isDigits(s.text()))) {
                        f.allNumeric = false;
                    }
                    if (s.isString() && !f.anyWhitespace && hasWhitespace(s.text())) {
                        f.anyWhitespace = true;
                    }
                } else {
                    StringBuilder strings = new StringBuilder();
                    appendStrings(v, strings);
                    f.nestedStrings[r] = strings.toString();
                    f.allScalar = false;
                    f.allNumbers = false;
                    f.allNumeric = false;
                    f.anyWhitespace = true;
                }
            }
        }
        return new ArrayStats(n, new ArrayList<>(byKey.values()));
    }

    static void appendStrings(Node v, StringBuilder out) {
        if (v instanceof Node.Scalar s) {
            if (s.isString()) {
                out.append(s.text()).append(' ');
            }
        } else if (v instanceof Node.Obj o) {
            o.values().forEach(x -> appendStrings(x, out));
        } else {
            ((Node.Arr) v).items().forEach(x -> appendStrings(x, out));
        }
    }

    /** Exact powers of ten, so a short decimal is one correctly rounded division (the classic fast path). */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    /** Double.parseDouble of {@code number}, NaN where it refuses the text. */
    static double parseRaw(String number) {
        double fast = parsePlainDecimal(number);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * A plain decimal (optional minus, digits, optional fraction, at most 15 digits, no exponent)
     * as mantissa / 10^k: both are exact doubles, so the quotient is the correctly rounded value,
     * the same one Double.parseDouble gives. NaN for any other text.
     */
    private static double parsePlainDecimal(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = n > 0 && s.charAt(0) == '-';
        if (negative) {
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 15) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || fraction == 0) {
            return Double.NaN;
        }
        double v = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
        return negative ? -v : v;
    }

    /** Whether a quoted JSON string holds only an optional sign and digits. */
    private static boolean isDigits(String quoted) {
        int start = quoted.length() > 3 && quoted.charAt(1) == '-' ? 2 : 1;
        if (quoted.length() - 1 <= start) {
            return false;
        }
        for (int i = start; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == 'n' || s.charAt(i + 1) == 't'))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #maskDigits} of a number's text; the plain shapes (-)d(.d) map to shared constants without a copy. */
    static String maskNumber(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int start = i;
        int point = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' && point < 0) {
                point = i;
            } else if (c < '0' || c > '9') {
                return maskDigits(s);
            }
        }
        if (start == n || point == start || point == n - 1) {
            return maskDigits(s);
        }
        if (point < 0) {
            return start == 0 ? "0" : "-0";
        }
        return start == 0 ? "0.0" : "-0.0";
    }

    /** Replaces every run of digits by one {@code 0}, so "port 4821" and "port 51" look alike. */
    static String maskDigits(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (sb == null) {
                    sb = new StringBuilder(n);
                    sb.append(s, 0, i);
                }
                sb.append('0');
                while (i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
                    i++;
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}

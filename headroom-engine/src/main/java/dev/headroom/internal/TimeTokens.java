package dev.headroom.internal;

/**
 * Recognises time-like tokens by their shape, whatever system printed them: dates (year first or
 * last, with {@code - / .} separators, or eight digits), times of day with seconds, epoch seconds or
 * milliseconds (optionally with a fraction), month and weekday names next to a day or time, and the
 * compact {@code yymmdd hhmmss} pair. Nothing here names a log format; every check is a range check
 * on digits, so {@code 10.251.73.220:50010} or a version number is not a time.
 *
 * <p>All methods are allocation-light and linear in the line; they are called once per line.
 */
public final class TimeTokens {

    /** How many whitespace-separated tokens from the start of a line may hold its time. */
    public static final int LEAD_TOKENS = 6;

    private static final long EPOCH_MIN = 946_684_800L; // 2000-01-01
    private static final long EPOCH_MAX = 2_208_988_800L; // 2040-01-01

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final String[] WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private static final java.util.Set<String> ZONES = java.util.Set.of(
            "UTC", "GMT", "Z", "AM", "PM", "CET", "CEST", "EET", "EEST", "WET", "BST", "IST", "JST", "KST", "AEST",
            "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT");

    private static final java.util.regex.Pattern JSON_TIME = java.util.regex.Pattern.compile(
            "\"(?:time|timestamp|ts|@timestamp|datetime|date)\"\\s*:\\s*\"([^\"]{6,40})\"");

    private TimeTokens() {}

    /** The time field of a JSON record on one line ({@code "time":"2024-07-01T10:00:00Z"}), or null. */
    public static String jsonTime(String line) {
        if (!line.startsWith("{")) {
            return null;
        }
        java.util.regex.Matcher m = JSON_TIME.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Where a line's time sits: {@code [start, end)} in the line, {@code text} without brackets, and
     * {@code bodyStart}, where the rest of the line begins (after a closing bracket or comma).
     */
    public record Span(int start, int end, String text, int bodyStart) {}

    /**
     * The first run of time-like tokens among the first {@link #LEAD_TOKENS} tokens of {@code line}
     * (for example {@code 2015-07-29 17:41:44,747}, {@code Jul  1 09:00:55}, {@code 03-17 16:13:38.811},
     * {@code 1117838570 2005.06.03}), or null when there is none.
     */
    public static Span lead(String line) {
        int n = line.length();
        int i = 0;
        int[] starts = new int[LEAD_TOKENS + 4];
        int[] ends = new int[LEAD_TOKENS + 4];
        int count = 0;
        while (i < n && count < starts.length) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int s = i;
            while (i < n && !isSpace(line.charAt(i))) {
                i++;
            }
            starts[count] = s;
            ends[count] = i;
            count++;
        }
        for (int token = 0; token < Math.min(count, LEAD_TOKENS); token++) {
            int kind = kind(line, starts[token], ends[token], token + 1 < count ? starts[token + 1] : -1,
                    token + 1 < count ? ends[token + 1] : -1);
            if (kind == NONE || kind == PART) {
                continue;
            }
            int first = token;
            // a month/day token or a weekday just before the time belongs to it (03-17 16:13:38, Sun Dec 04 ...)
            while (first > 0 && isDatePart(line, starts[first - 1], ends[first - 1])) {
                first--;
            }
            int last = token;
            while (last + 1 < count && !closesBracket(line, ends[last] - 1)
                    && (kind(line, starts[last + 1], ends[last + 1], -1, -1) != NONE
                        || isTrailingPart(line, starts[last + 1], ends[last + 1], isMonthName(line, starts[last], ends[last])))) {
                last++;
            }
            return span(line, starts[first], ends[last]);
        }
        return null;
    }

    /** Whether some token among the first {@link #LEAD_TOKENS} of {@code line} is time-like. */
    public static boolean hasLead(String line) {
        return lead(line) != null;
    }

    /**
     * {@code line} with its leading time (all of it: {@code Jun 16 04:10:24} as one) and every other
     * time-like token replaced by {@code #}, so that two lines differing only in when they were
     * written compare equal.
     */
    public static String maskAll(String line) {
        Span lead = lead(line);
        String s = lead == null ? line : line.substring(0, lead.start()) + "#" + line.substring(lead.end());
        int from = lead == null ? 0 : lead.start() + 1;
        StringBuilder out = null;
        int n = s.length();
        int i = from;
        int copied = 0;
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            int next = i;
            while (next < n && isSpace(s.charAt(next))) {
                next++;
            }
            int nextEnd = next;
            while (nextEnd < n && !isSpace(s.charAt(nextEnd))) {
                nextEnd++;
            }
            if (kind(s, start, i, next < n ? next : -1, next < n ? nextEnd : -1) == TIME) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, start).append('#');
                copied = i;
            }
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    private static final int NONE = 0;
    private static final int TIME = 1;
    private static final int PART = 2;

    /** The body of a line: the line without its leading time span. */
    public static String body(String line, Span span) {
        if (span == null) {
            return line;
        }
        return span.start() == 0 ? line.substring(span.bodyStart()) : line.substring(0, span.start()) + line.substring(span.bodyStart());
    }

    /** TIME when the token holds a time or date on its own (or with its neighbour), PART for a month/weekday name, else NONE. */
    private static int kind(String s, int from, int to, int nextFrom, int nextTo) {
        int a = trimmedStart(s, from, to);
        int b = trimmedEnd(s, a, to);
        if (a >= b) {
            return NONE;
        }
        boolean digit = false;
        for (int i = a; i < b && !digit; i++) {
            digit = isDigit(s.charAt(i));
        }
        if (!digit) {
            return isMonthName(s, a, b) && nextFrom >= 0 && isDayNumber(s, nextFrom, nextTo) ? TIME : NONE;
        }
        if (containsTimeOfDay(s, a, b) || containsDate(s, a, b) || isEpoch(s, a, b)) {
            return TIME;
        }
        if (isMonthName(s, a, b) && nextFrom >= 0 && isDayNumber(s, nextFrom, nextTo)) {
            return TIME;
        }
        if (b - a == 6 && allDigits(s, a, b) && nextFrom >= 0 && isCompactDate(s, a) && isCompactTime(s, nextFrom, nextTo)) {
            return TIME;
        }
        if (b - a == 6 && allDigits(s, a, b) && isCompactTime(s, a, b)) {
            return PART;
        }
        return NONE;
    }

    /** A token directly before a time that belongs to it: a weekday, a month name, or {@code MM-DD} / {@code MM.DD} / {@code MM/DD}. */
    private static boolean isDatePart(String s, int from, int to) {
        int a = trimmedStart(s, from, to);
        int b = trimmedEnd(s, a, to);
        if (isWeekday(s, a, b) || isMonthName(s, a, b)) {
            return true;
        }
        int len = b - a;
        if (len < 3 || len > 5) {
            return false;
        }
        int sep = -1;
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '.' || c == '/') {
                if (sep >= 0) {
                    return false;
                }
                sep = i;
            } else if (!isDigit(c)) {
                return false;
            }
        }
        if (sep <= a || sep >= b - 1) {
            return false;
        }
        int month = number(s, a, sep);
        int day = number(s, sep + 1, b);
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** A token after a time that still belongs to it: a day number, a year, a zone or AM/PM. */
    private static boolean closesBracket(String s, int i) {
        char c = s.charAt(i);
        return c == ']' || c == ')' || (c == ',' && i > 0 && (s.charAt(i - 1) == ']' || s.charAt(i - 1) == ')'));
    }

    private static boolean isTrailingPart(String s, int from, int to, boolean afterMonth) {
        int a = trimmedStart(s, from, to);
        int b = trimmedEnd(s, a, to);
        int len = b - a;
        if (len == 4 && allDigits(s, a, b)) {
            int y = number(s, a, b);
            return y >= 1970 && y <= 2099;
        }
        if ((len == 5) && (s.charAt(a) == '+' || s.charAt(a) == '-') && allDigits(s, a + 1, b)) {
            return true;
        }
        if (afterMonth && len <= 2 && allDigits(s, a, b)) {
            int d = number(s, a, b);
            return d >= 1 && d <= 31;
        }
        return ZONES.contains(s.substring(a, b));
    }

    private static Span span(String line, int from, int to) {
        int a = trimmedStart(line, from, to);
        int b = trimmedEnd(line, a, to);
        int bodyStart = to;
        // a token such as 20171223-22:15:29:606|Step|42 is only partly a time: cut it at the first field separator
        for (int i = a; i < b; i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                break;
            }
            if (c == '|' || c == ';' || c == '"' || c == '=') {
                bodyStart = i;
                b = i;
                while (b > a && isClose(line.charAt(b - 1))) {
                    b--;
                }
                break;
            }
        }
        return new Span(a, b, line.substring(a, b), bodyStart);
    }

    /** Whether {@code s[a, b)} holds a time of day or a date. */
    public static boolean containsTime(String s, int a, int b) {
        return containsTimeOfDay(s, a, b) || containsDate(s, a, b);
    }

    /** {@code H:MM:SS} or {@code HH:MM:SS}, not glued to other digits, with valid ranges. */
    static boolean containsTimeOfDay(String s, int a, int b) {
        for (int i = a + 1; i + 5 < b; i++) {
            if (s.charAt(i) != ':' || !isDigit(s.charAt(i - 1))) {
                continue;
            }
            int hs = i - 1;
            if (hs - 1 >= a && isDigit(s.charAt(hs - 1))) {
                hs--;
            }
            if (hs - 1 >= a && isDigit(s.charAt(hs - 1))) {
                continue; // three or more digits before the colon: a port or a line number
            }
            if (!isDigit(s.charAt(i + 1)) || !isDigit(s.charAt(i + 2)) || s.charAt(i + 3) != ':'
                    || !isDigit(s.charAt(i + 4)) || !isDigit(s.charAt(i + 5))) {
                continue;
            }
            if (i + 6 < b && isDigit(s.charAt(i + 6))) {
                continue;
            }
            if (number(s, hs, i) <= 23 && number(s, i + 1, i + 3) <= 59 && number(s, i + 4, i + 6) <= 60) {
                return true;
            }
        }
        return false;
    }

    /** {@code YYYY-MM-DD} (or {@code .} or {@code /}), {@code DD/MM/YYYY}, {@code YY/MM/DD}, or eight digits {@code YYYYMMDD} followed by a separator. */
    static boolean containsDate(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (!isDigit(s.charAt(i)) || (i > a && isDigit(s.charAt(i - 1)))) {
                continue;
            }
            int j = i;
            while (j < b && isDigit(s.charAt(j))) {
                j++;
            }
            int len = j - i;
            if (len == 8 && (j == b || s.charAt(j) == '-' || s.charAt(j) == 'T' || s.charAt(j) == '_')
                    && (i == a || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                int y = number(s, i, i + 4);
                int mo = number(s, i + 4, i + 6);
                int d = number(s, i + 6, i + 8);
                if (y >= 1990 && y <= 2099 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && j < b) {
                    return true;
                }
            }
            if ((len == 4 || len == 2 || len == 1) && j + 1 < b && isDateSep(s.charAt(j))) {
                char sep = s.charAt(j);
                int k = j + 1;
                int k2 = k;
                while (k2 < b && isDigit(s.charAt(k2))) {
                    k2++;
                }
                if (k2 - k < 1 || k2 - k > 2 || k2 + 1 >= b || s.charAt(k2) != sep) {
                    // DD/Mon/YYYY as in access logs
                    if (sep == '/' && k + 3 < b && isMonthName(s, k, k + 3) && s.charAt(k + 3) == '/') {
                        return true;
                    }
                    i = j - 1;
                    continue;
                }
                int k3 = k2 + 1;
                int k4 = k3;
                while (k4 < b && isDigit(s.charAt(k4))) {
                    k4++;
                }
                int p1 = number(s, i, j);
                int p2 = number(s, k, k2);
                int len3 = k4 - k3;
                if (len == 4 && len3 >= 1 && len3 <= 2) {
                    int p3 = number(s, k3, k4);
                    if (p1 >= 1970 && p1 <= 2099 && p2 >= 1 && p2 <= 12 && p3 >= 1 && p3 <= 31) {
                        return true;
                    }
                } else if (len <= 2 && (len3 == 4 || len3 == 2)) {
                    int p3 = number(s, k3, k4);
                    boolean dayFirst = p1 >= 1 && p1 <= 31 && p2 >= 1 && p2 <= 12;
                    boolean monthFirst = p1 >= 1 && p1 <= 12 && p2 >= 1 && p2 <= 31;
                    boolean yearFirst = len3 == 2 && p2 >= 1 && p2 <= 12 && p3 >= 1 && p3 <= 31;
                    boolean yearOk = len3 == 4 ? p3 >= 1970 && p3 <= 2099 : true;
                    if (sep != '.' || len3 == 4) {
                        if (yearOk && (dayFirst || monthFirst || yearFirst)) {
                            return true;
                        }
                    }
                }
            }
            i = j - 1;
        }
        return false;
    }

    /** Epoch seconds (10 digits, optionally {@code .fraction}) or milliseconds (13 digits) between 2000 and 2040. */
    static boolean isEpoch(String s, int a, int b) {
        int j = a;
        while (j < b && isDigit(s.charAt(j))) {
            j++;
        }
        int len = j - a;
        if (j < b) {
            if (s.charAt(j) != '.' || j + 1 >= b || !allDigits(s, j + 1, b) || b - j - 1 > 9) {
                return false;
            }
        }
        if (len == 10) {
            long v = Long.parseLong(s.substring(a, j));
            return v >= EPOCH_MIN && v < EPOCH_MAX;
        }
        if (len == 13 && j == b) {
            long v = Long.parseLong(s.substring(a, j)) / 1000;
            return v >= EPOCH_MIN && v < EPOCH_MAX;
        }
        return false;
    }

    private static boolean isCompactDate(String s, int a) {
        int mo = number(s, a + 2, a + 4);
        int d = number(s, a + 4, a + 6);
        return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
    }

    private static boolean isCompactTime(String s, int a, int b) {
        if (b - a != 6 || !allDigits(s, a, b)) {
            return false;
        }
        return number(s, a, a + 2) <= 23 && number(s, a + 2, a + 4) <= 59 && number(s, a + 4, a + 6) <= 60;
    }

    private static boolean isDayNumber(String s, int from, int to) {
        int a = from;
        int b = trimmedEnd(s, from, to);
        if (b - a < 1 || b - a > 2 || !allDigits(s, a, b)) {
            return false;
        }
        int d = number(s, a, b);
        return d >= 1 && d <= 31;
    }

    private static boolean isMonthName(String s, int a, int b) {
        return b - a == 3 && matchesAny(s, a, MONTHS);
    }

    private static boolean isWeekday(String s, int a, int b) {
        return b - a == 3 && matchesAny(s, a, WEEKDAYS);
    }

    private static boolean matchesAny(String s, int a, String[] words) {
        char c0 = s.charAt(a);
        if (!(c0 >= 'A' && c0 <= 'Z')) {
            return false;
        }
        for (String w : words) {
            if (Character.toLowerCase(c0) == w.charAt(0) && Character.toLowerCase(s.charAt(a + 1)) == w.charAt(1)
                    && Character.toLowerCase(s.charAt(a + 2)) == w.charAt(2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateSep(char c) {
        return c == '-' || c == '/' || c == '.';
    }

    /** Where {@code s[from, to)} starts once opening brackets and quotes are skipped. */
    private static int trimmedStart(String s, int from, int to) {
        int a = from;
        while (a < to && isOpen(s.charAt(a))) {
            a++;
        }
        return a;
    }

    /** Where {@code s[from, to)} ends once closing brackets, quotes and trailing punctuation are dropped. */
    private static int trimmedEnd(String s, int from, int to) {
        int b = to;
        while (b > from && isClose(s.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    private static boolean isOpen(char c) {
        return c == '[' || c == '(' || c == '<' || c == '{' || c == '"' || c == '\'';
    }

    private static boolean isClose(char c) {
        return c == ']' || c == ')' || c == '>' || c == '}' || c == '"' || c == '\'' || c == ',' || c == ';' || c == ':'
                || c == '|';
    }

    private static boolean allDigits(String s, int a, int b) {
        if (a >= b) {
            return false;
        }
        for (int i = a; i < b; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int a, int b) {
        int v = 0;
        for (int i = a; i < b; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}

package dev.headroom.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a log line matters: its level word, or an exception named in it. Shared by the
 * compressors that must keep errors and warnings verbatim (logs, test output).
 */
public enum Severity {
    ERROR,
    WARN,
    OTHER;

    /** How many leading tokens (after the timestamp) may hold the level word. */
    private static final int LEVEL_TOKENS = 4;

    /** Further in, up to this token, only a level in capitals counts ({@code RAS KERNEL FATAL}). */
    private static final int UPPERCASE_LEVEL_TOKENS = 10;

    private static final Pattern EXCEPTION = Pattern.compile(
            "(?:^|[\\s:(\\[])(?:[a-z][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b(?!\\s*=)|^Traceback \\(most recent call last\\):|\\bpanic:");

    private static final Pattern JSON_LEVEL = Pattern.compile("\"(?:level|severity|lvl|loglevel)\"\\s*:\\s*\"([A-Za-z]+)\"");

    /** The level of {@code body} (a line without its timestamp); an exception in it counts as an error. */
    public static Severity of(String body) {
        Severity level = body.startsWith("{") ? jsonLevel(body) : level(body);
        if (level == null) {
            level = OTHER;
        }
        if (level != ERROR && mayNameException(body) && EXCEPTION.matcher(body).find()) {
            return ERROR;
        }
        return level;
    }

    /**
     * Whether {@code body} names a level at all (INFO and DEBUG included), where {@link #of} would look
     * for one: a sign that the text is a log, whatever its format.
     */
    public static boolean hasLevelWord(String body) {
        return body.startsWith("{") ? JSON_LEVEL.matcher(body).find() : level(body) != null;
    }

    /** The level field of a JSON log record ({@code "level":"error"}). */
    private static Severity jsonLevel(String body) {
        Matcher m = JSON_LEVEL.matcher(body);
        if (!m.find()) {
            return OTHER;
        }
        Severity s = word(m.group(1), 0, m.group(1).length());
        return s == null ? OTHER : s;
    }

    private static boolean mayNameException(String body) {
        return body.contains("Exception") || body.contains("Error") || body.contains("Traceback") || body.contains("panic:");
    }

    /** The level named among the first tokens, or null when none is. */
    private static Severity level(String body) {
        int tokens = 0;
        int i = 0;
        int n = body.length();
        int prevStart = -1;
        int prevEnd = -1;
        while (i < n && tokens < UPPERCASE_LEVEL_TOKENS) {
            while (i < n && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            tokens++;
            if (tokens == 1) {
                Severity g = prefixedLevel(body, start, i);
                if (g != null) {
                    return g;
                }
            }
            if (prevStart >= 0 && body.charAt(i - 1) == ':' && i - start > 1) {
                Severity letter = letterLevel(body, prevStart, prevEnd);
                if (letter != null) {
                    return letter;
                }
            }
            Severity s = tokens <= LEVEL_TOKENS ? word(body, start, i) : upperCaseWord(body, start, i);
            if (s != null) {
                return s;
            }
            prevStart = start;
            prevEnd = i;
        }
        return null;
    }

    /** A level spelled in capitals further into the line ({@code ... RAS KERNEL FATAL ...}), or null. */
    private static Severity upperCaseWord(String body, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && !Character.isLetter(body.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetter(body.charAt(e - 1))) {
            e--;
        }
        for (int k = s; k < e; k++) {
            if (!(body.charAt(k) >= 'A' && body.charAt(k) <= 'Z')) {
                return null;
            }
        }
        if (s > from && body.charAt(s - 1) != '[' && body.charAt(s - 1) != '<' || e < to && ":]>".indexOf(body.charAt(e)) < 0) {
            return null;
        }
        return word(body, s, e);
    }

    /** A one-letter level before a {@code Tag:} token ({@code 1702 2395 E ActivityManager: ...}), or null. */
    private static Severity letterLevel(String body, int start, int end) {
        if (end - start != 1) {
            return null;
        }
        switch (body.charAt(start)) {
            case 'E', 'F', 'A':
                return ERROR;
            case 'W':
                return WARN;
            case 'V', 'D', 'I':
                return OTHER;
            default:
                return null;
        }
    }

    /** A level letter glued to a date as the first token ({@code E0315 12:00:01.123 ...}), or null. */
    private static Severity prefixedLevel(String body, int start, int end) {
        if (end - start != 5) {
            return null;
        }
        for (int k = start + 1; k < end; k++) {
            if (!Character.isDigit(body.charAt(k))) {
                return null;
            }
        }
        switch (body.charAt(start)) {
            case 'E', 'F':
                return ERROR;
            case 'W':
                return WARN;
            case 'I':
                return OTHER;
            default:
                return null;
        }
    }

    private static final String[] ERROR_WORDS = {"error", "err", "fatal", "severe", "critical", "crit", "alert", "emerg",
        "emergency", "panic"};
    private static final String[] WARN_WORDS = {"warn", "warning"};
    private static final String[] OTHER_WORDS = {"info", "notice", "debug", "trace", "fine", "finer", "finest", "config", "verbose"};

    /** The severity the token {@code body[from, to)} names ({@code [error]}, {@code WARN}, {@code level=error}, {@code E/}), or null. */
    private static Severity word(String body, int from, int to) {
        int s = from;
        for (int k = to - 1; k >= from; k--) {
            if (body.charAt(k) == '=') {
                s = k + 1;
                break;
            }
        }
        int e = to;
        while (s < e && !Character.isLetter(body.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetter(body.charAt(e - 1))) {
            e--;
        }
        int len = e - s;
        if (len < 3 || len > 9) {
            return null;
        }
        if (matches(body, s, len, ERROR_WORDS)) {
            return ERROR;
        }
        if (matches(body, s, len, WARN_WORDS)) {
            return WARN;
        }
        return matches(body, s, len, OTHER_WORDS) ? OTHER : null;
    }

    private static boolean matches(String body, int start, int len, String[] words) {
        for (String w : words) {
            if (w.length() == len && body.regionMatches(true, start, w, 0, len)) {
                return true;
            }
        }
        return false;
    }
}

package dev.headroom.internal;

import java.util.Locale;
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

    private static final Pattern EXCEPTION = Pattern.compile(
            "(?:^|[\\s:(\\[])(?:[a-z][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b(?!\\s*=)|^Traceback \\(most recent call last\\):|\\bpanic:");

    private static final Pattern JSON_LEVEL = Pattern.compile("\"(?:level|severity|lvl|loglevel)\"\\s*:\\s*\"([A-Za-z]+)\"");

    /** The level of {@code body} (a line without its timestamp); an exception in it counts as an error. */
    public static Severity of(String body) {
        Severity level = body.startsWith("{") ? jsonLevel(body) : level(body);
        if (level != ERROR && mayNameException(body) && EXCEPTION.matcher(body).find()) {
            return ERROR;
        }
        return level;
    }

    /** The level field of a JSON log record ({@code "level":"error"}). */
    private static Severity jsonLevel(String body) {
        Matcher m = JSON_LEVEL.matcher(body);
        if (!m.find()) {
            return OTHER;
        }
        Severity s = word(m.group(1));
        return s == null ? OTHER : s;
    }

    private static boolean mayNameException(String body) {
        return body.contains("Exception") || body.contains("Error") || body.contains("Traceback") || body.contains("panic:");
    }

    private static Severity level(String body) {
        int tokens = 0;
        int i = 0;
        int n = body.length();
        while (i < n && tokens < LEVEL_TOKENS) {
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
            Severity s = word(body.substring(start, i));
            if (s != null) {
                return s;
            }
        }
        return OTHER;
    }

    /** The severity a single token names ({@code [error]}, {@code WARN}, {@code level=error}, {@code E/}), or null. */
    private static Severity word(String token) {
        String t = token;
        int eq = t.lastIndexOf('=');
        if (eq >= 0) {
            t = t.substring(eq + 1);
        }
        int s = 0;
        int e = t.length();
        while (s < e && !Character.isLetter(t.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetter(t.charAt(e - 1))) {
            e--;
        }
        if (e - s < 3 || e - s > 9) {
            return null;
        }
        switch (t.substring(s, e).toLowerCase(Locale.ROOT)) {
            case "error", "err", "fatal", "severe", "critical", "crit", "alert", "emerg", "emergency", "panic":
                return ERROR;
            case "warn", "warning":
                return WARN;
            case "info", "notice", "debug", "trace", "fine", "finer", "finest", "config", "verbose":
                return OTHER;
            default:
                return null;
        }
    }
}

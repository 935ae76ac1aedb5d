package dev.headroom.compress.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the timestamp a log line starts with, in the common formats (ISO, syslog, ctime, compact). */
final class Timestamps {

    private static final Pattern LEADING = Pattern.compile(
            "\\[?("
                    + "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2})?"
                    + "|\\d{2,4}/\\d{2}/\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?"
                    + "|(?:[A-Z][a-z]{2} )?[A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?: \\d{4})?"
                    + "|\\d{6} \\d{6}"
                    + "|\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?"
                    + ")\\]?(?=\\s|$|[,:|\\]-])");

    private static final Pattern JSON_TIME = Pattern.compile(
            "\"(?:time|timestamp|ts|@timestamp|datetime)\"\\s*:\\s*\"([^\"]{6,40})\"");

    private Timestamps() {}

    /** The time field of a JSON log record ({@code "time":"2024-07-01T10:00:00Z"}), or null. */
    static String jsonTime(String line) {
        if (!line.startsWith("{")) {
            return null;
        }
        Matcher m = JSON_TIME.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /** The leading timestamp, or null; {@link Found#end()} is where the rest of the line starts. */
    static Found find(String line) {
        if (line.isEmpty()) {
            return null;
        }
        char c = line.charAt(0);
        if (c != '[' && !Character.isDigit(c) && !(c >= 'A' && c <= 'Z')) {
            return null;
        }
        Matcher m = LEADING.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        return new Found(m.group(1), m.end());
    }

    /** A timestamp as written, and the index just after it (and its closing bracket). */
    record Found(String text, int end) {}
}

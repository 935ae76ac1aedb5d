package dev.headroom.detect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises logs: most lines open with a timestamp or a level word, or are JSON records with a level
 * or time; a bare stack trace or Python traceback counts as a log too.
 */
final class LogSniffer {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\[?(?:\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}"
                    + "|\\d{2,4}/\\d{2}/\\d{2}[ T]\\d{2}:\\d{2}"
                    + "|(?:[A-Z][a-z]{2} )?[A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2}"
                    + "|\\d{6} \\d{6}\\b"
                    + "|\\d{2}:\\d{2}:\\d{2}"
                    + "|[IWEF]\\d{4} \\d{2}:\\d{2}"
                    + "|\\d{10}(?:\\.\\d+)?\\s).*");
    private static final Pattern LEVEL = Pattern.compile(
            "^(?:\\S+\\s+){0,3}\\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|SEVERE|CRITICAL)\\]?[:\\s].*");
    private static final Pattern ACCESS = Pattern.compile("^\\S+ \\S+ \\S+ \\[\\d{2}/\\w{3}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4}] \".*");
    private static final Pattern JSON_RECORD = Pattern.compile("^\\{.*\"(?:level|severity|lvl|time|timestamp|ts|@timestamp|msg|message)\"\\s*:.*}\\s*$");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^\\s+at \\S.*|^\\s*\\.\\.\\. \\d+ (?:more|common frames omitted).*|^Caused by: .*|^Traceback \\(most recent call last\\):.*"
                    + "|^Exception in thread .*|^goroutine \\d+ \\[.*");
    private static final Pattern PY_FRAME = Pattern.compile("^\\s+File \".*\", line \\d+.*");

    private LogSniffer() {}

    static boolean matches(List<String> lines, int nonBlank) {
        int hits = 0;
        int trace = 0;
        boolean afterPyFrame = false;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            boolean pyFrame = PY_FRAME.matcher(l).matches();
            if (pyFrame || (afterPyFrame && Character.isWhitespace(l.charAt(0)))) {
                trace++;
                afterPyFrame = pyFrame;
                continue;
            }
            afterPyFrame = false;
            if (TIMESTAMP.matcher(l).matches() || LEVEL.matcher(l).matches() || ACCESS.matcher(l).matches()
                    || JSON_RECORD.matcher(l).matches()) {
                hits++;
            } else if (CONTINUATION.matcher(l).matches()) {
                trace++;
            }
        }
        if (trace >= 3 && trace * 2 >= nonBlank) {
            return true; // a bare stack trace or traceback
        }
        int considered = nonBlank - trace;
        return hits >= 3 && considered > 0 && hits >= 0.5 * considered;
    }
}

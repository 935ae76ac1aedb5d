package dev.headroom.bench.probe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error, exception, warning and failure lines of a line-oriented input survive, under the rules the
 * issue sets for logs:
 *
 * <ul>
 *   <li><b>Error lines</b> (an error level word such as ERROR, FATAL or SEVERE among the first tokens
 *       after the leading timestamp, or an exception: a class named {@code *Exception} / {@code *Error},
 *       a Python traceback, a Go panic) are kept verbatim. The only allowed exception is a repeat: a
 *       line that reads the same as an error line the output keeps once its leading timestamp is
 *       gone and its numbers, hex ids and quoted fields (a path, a request) are masked, and only when
 *       the output declares an elision. Every distinct error message therefore keeps a line.
 *   <li><b>Warning and failure lines</b> (any other line naming a warning, failure or error) may be
 *       deduplicated: kept verbatim, or of the same shape as a kept line (the same log template
 *       (EventId) when the input has template labels, otherwise the same line with its numbers and hex
 *       IDs masked) when the output declares an elision.
 * </ul>
 *
 * <p>The timestamp, level and exception patterns are written here again on purpose rather than taken
 * from the engine's log classifiers: a probe is an independent oracle, so a line the engine
 * misclassifies is still checked.
 */
public final class ErrorLinesProbe implements Probe {

    static final Pattern SIGNAL = Pattern.compile(
            "(?i)\\b(errors?|exceptions?|\\w+(exception|error)|warn|warning|fatal|severe|critical|traceback|panic|failed|failure|failures)\\b");
    /** Zero counts ("Failures: 0", "0 errors") are summaries, not errors. */
    private static final Pattern ZERO_COUNT = Pattern.compile(
            "(?i)\\b(errors?|failures?|failed|warnings?)\\s*[:=]\\s*0\\b|\\b0\\s+(errors?|failures?|failed|warnings?)\\b");
    /** Numbers, dotted/colon-separated number groups (times, IPs, versions) and long hex IDs vary between repeats. */
    private static final Pattern VARIABLE = Pattern.compile("[0-9a-fA-F]{8,}|\\d+([.:,/-]\\d+)*");
    /** A timestamp a log line starts with: ISO, slashed date, syslog/ctime, compact (HDFS) or a time of day, optionally bracketed. */
    private static final Pattern LEADING_TIMESTAMP = Pattern.compile(
            "\\[?(?:"
                    + "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2})?"
                    + "|\\d{2,4}/\\d{2}/\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?"
                    + "|(?:[A-Z][a-z]{2} )?[A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?: \\d{4})?"
                    + "|\\d{6} \\d{6}"
                    + "|\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?"
                    + ")\\]?(?=\\s|$|[,:|\\]-])");
    /** A double-quoted field on one line. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\n]*\"");
    /** How many leading tokens (after the timestamp) may hold the level word. */
    private static final int LEVEL_TOKENS = 4;
    private static final Set<String> ERROR_LEVELS = Set.of(
            "error", "err", "fatal", "severe", "critical", "crit", "alert", "emerg", "emergency");
    private static final Pattern JSON_ERROR_LEVEL = Pattern.compile(
            "(?i)\"(?:level|severity|lvl|loglevel)\"\\s*:\\s*\"(?:error|err|fatal|severe|critical|crit|alert|emerg|emergency)\"");
    private static final Pattern EXCEPTION = Pattern.compile(
            "(?:^|[\\s:(\\[])(?:[a-z][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b(?!\\s*=)|^Traceback \\(most recent call last\\):|\\bpanic:");

    @Override
    public String name() {
        return "error-lines";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        if (!Lines.lineOriented(s.kind())) {
            return ProbeResult.skip(name(), "not a line-oriented kind");
        }
        List<String> outLines = Lines.of(s.output());
        Set<String> kept = new HashSet<>(outLines);
        Set<String> keptErrorBodies = new HashSet<>();
        for (String l : outLines) {
            if (isError(l)) {
                keptErrorBodies.add(repeatShape(l));
            }
        }
        List<String> lines = Lines.of(s.text());
        List<String> events = s.input().lineEvents().size() == lines.size() ? s.input().lineEvents() : null;
        List<Integer> errors = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        Set<String> keptShapes = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isError(line)) {
                errors.add(i);
            } else if (isSignal(line)) {
                others.add(i);
                if (kept.contains(line)) {
                    keptShapes.add(shape(line, events, i));
                }
            }
        }
        if (errors.isEmpty() && others.isEmpty()) {
            return ProbeResult.skip(name(), "no error lines in the input");
        }
        int errorsVerbatim = 0;
        int errorRepeats = 0;
        List<String> missing = new ArrayList<>();
        for (int i : errors) {
            String line = lines.get(i);
            if (kept.contains(line)) {
                errorsVerbatim++;
            } else if (s.declaresElision() && keptErrorBodies.contains(repeatShape(line))) {
                errorRepeats++;
            } else {
                missing.add(line);
            }
        }
        int othersVerbatim = 0;
        int otherRepeats = 0;
        for (int i : others) {
            String line = lines.get(i);
            if (kept.contains(line)) {
                othersVerbatim++;
            } else if (s.declaresElision() && keptShapes.contains(shape(line, events, i))) {
                otherRepeats++;
            } else {
                missing.add(line);
            }
        }
        String counts = errors.size() + " error lines: " + errorsVerbatim + " verbatim, " + errorRepeats
                + " repeats (same but for timestamp, numbers, ids, quoted fields) declared; " + others.size() + " warning/failure lines: "
                + othersVerbatim + " verbatim, " + otherRepeats + " same-shape repeats declared";
        if (!missing.isEmpty()) {
            return ProbeResult.fail(name(), counts + "; " + missing.size() + " lost, e.g. " + Lines.clip(missing.get(0)));
        }
        return ProbeResult.pass(name(), counts);
    }

    /** Whether {@code line} names an error, exception, warning or failure at all (a zero count does not). */
    static boolean isSignal(String line) {
        return SIGNAL.matcher(ZERO_COUNT.matcher(line).replaceAll("")).find();
    }

    /** Whether {@code line} is at an error level or carries an exception. */
    static boolean isError(String line) {
        String body = withoutTimestamp(line);
        if (body.startsWith("{") ? JSON_ERROR_LEVEL.matcher(body).find() : hasErrorLevel(body)) {
            return true;
        }
        return EXCEPTION.matcher(body).find();
    }

    /** {@code line} without its leading timestamp (and the bracket around it); the line itself when it has none. */
    static String withoutTimestamp(String line) {
        Matcher m = LEADING_TIMESTAMP.matcher(line);
        return m.lookingAt() ? line.substring(m.end()) : line;
    }

    private static boolean hasErrorLevel(String body) {
        String[] tokens = body.strip().split("\\s+", LEVEL_TOKENS + 1);
        for (int t = 0; t < Math.min(LEVEL_TOKENS, tokens.length); t++) {
            String token = tokens[t];
            int eq = token.lastIndexOf('=');
            String word = (eq >= 0 ? token.substring(eq + 1) : token).replaceAll("^[^A-Za-z]+|[^A-Za-z]+$", "");
            if (ERROR_LEVELS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** An error line without its leading timestamp, its quoted fields and its numbers and ids: what repeats of it share. */
    static String repeatShape(String line) {
        return shape(QUOTED.matcher(withoutTimestamp(line)).replaceAll("\"#\""));
    }

    private static String shape(String line, List<String> events, int index) {
        return events != null ? "event " + events.get(index) : shape(line);
    }

    static String shape(String line) {
        return VARIABLE.matcher(line).replaceAll("#");
    }
}

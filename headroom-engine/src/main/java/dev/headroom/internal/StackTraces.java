package dev.headroom.internal;

import java.util.regex.Pattern;

/**
 * Recognises the lines that continue a stack trace rather than start a new log record: JVM frames
 * and cause chains, Python tracebacks (frames, source lines and the closing exception line), Go
 * goroutine dumps. Fed line by line; remembers whether a Python traceback is open, so use one
 * instance per pass over a text (not thread-safe).
 */
public final class StackTraces {

    private static final Pattern JVM_LINE = Pattern.compile(
            "^\\s+at \\S+.*|^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error|Throwable)(?:: .*|:)?$|^\\s*\\.\\.\\. \\d+ (?:more|common frames omitted).*|^(?:Caused by|Suppressed|\\s+Caused by|\\s+Suppressed): .*");
    private static final Pattern PY_START = Pattern.compile(
            "^\\s*Traceback \\(most recent call last\\):\\s*$|^\\s*(?:During handling of the above exception|The above exception was the direct cause).*");
    private static final Pattern PY_FRAME = Pattern.compile("^\\s+File \".*\", line \\d+.*|^\\s{2,}\\S.*|^\\s*\\^+\\s*$|^\\s*$");
    private static final Pattern PY_END = Pattern.compile("^[A-Za-z_][\\w.]*(?:: .*|:?)$");
    private static final Pattern GO_LINE = Pattern.compile("^goroutine \\d+ \\[.*\\]:$|^\\t\\S.*|^[\\w./*()-]+\\(.*\\)$|^created by .*");

    private boolean python;
    private boolean go;

    /** A cheap test that rules out most ordinary log lines before any pattern runs. */
    private static boolean cannotStartTrace(String line) {
        if (line.isEmpty()) {
            return true;
        }
        char c = line.charAt(0);
        if (Character.isWhitespace(c) || c == '.') {
            return false;
        }
        return !line.startsWith("Caused by") && !line.startsWith("Suppressed") && !line.startsWith("Traceback")
                && !line.startsWith("During handling") && !line.startsWith("The above exception")
                && !line.startsWith("goroutine ") && !line.contains("Exception") && !line.contains("Error")
                && !line.contains("Throwable");
    }

    /** Whether {@code line} continues the record above it; {@code inTrace} says the record already has frames. */
    public boolean continues(String line, boolean inTrace) {
        if (!python && !go && !inTrace && cannotStartTrace(line)) {
            return false;
        }
        if (python) {
            if (PY_START.matcher(line).matches() || PY_FRAME.matcher(line).matches()) {
                return true;
            }
            python = false;
            return PY_END.matcher(line).matches();
        }
        if (PY_START.matcher(line).matches()) {
            python = true;
            return true;
        }
        if (line.startsWith("goroutine ") && GO_LINE.matcher(line).matches()) {
            go = true;
            return true;
        }
        if (go) {
            if (!line.isEmpty() && GO_LINE.matcher(line).matches()) {
                return true;
            }
            go = false;
        }
        if (JVM_LINE.matcher(line).matches()) {
            return true;
        }
        // an exception message header directly under a record that already shows frames
        return inTrace && !line.isEmpty() && Character.isWhitespace(line.charAt(0));
    }
}

package dev.headroom.compress.testoutput;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one line of test-runner output says, for the runners we know (pytest, Maven Surefire, Gradle,
 * cargo test, go test, Jest). Anything not recognised as routine is {@link Kind#KEEP}: failures,
 * messages, diffs, tracebacks and summaries are never classified as routine.
 */
record LineRole(Kind kind, int tests) {

    /** The part a line plays. */
    enum Kind {
        /** A test (or, with a count, several) that passed. */
        PASSED,
        /** A test class that passed with {@code tests} tests (Surefire). */
        CLASS_PASSED,
        /** A skipped or ignored test. */
        SKIPPED,
        /** Progress chatter: a test started, a class is running, a task was up to date, a download. */
        PROGRESS,
        /** Everything else: kept verbatim. */
        KEEP
    }

    static final LineRole KEEP = new LineRole(Kind.KEEP, 0);
    private static final LineRole PASSED_ONE = new LineRole(Kind.PASSED, 1);
    private static final LineRole SKIPPED_ONE = new LineRole(Kind.SKIPPED, 1);
    private static final LineRole PROGRESS = new LineRole(Kind.PROGRESS, 0);

    private static final Pattern PASSED = Pattern.compile(String.join("|",
            "^\\S+::\\S.* PASSED(?:\\s+\\[\\s*\\d+%])?$", // pytest -v
            "^\\S+ > .+ PASSED$", // Gradle
            "^test \\S+ \\.\\.\\. ok$", // cargo
            "^\\s*--- PASS: \\S+ \\(\\d+(?:\\.\\d+)?s\\)$", // go test -v
            "^\\s+[\\u2713\\u2714\\u221a] .*$")); // Jest
    private static final Pattern SKIPPED = Pattern.compile(String.join("|",
            "^\\S+::\\S.* SKIPPED(?: \\(.*\\))?(?:\\s+\\[\\s*\\d+%])?$",
            "^\\S+ > .+ SKIPPED$",
            "^test \\S+ \\.\\.\\. ignored(?:, .*)?$",
            "^\\s*--- SKIP: \\S+ \\(\\d+(?:\\.\\d+)?s\\)$",
            "^\\s+\\u25cb (?:skipped )?.*$"));
    private static final Pattern PYTEST_DOTS = Pattern.compile("^\\S+\\.py ([.s]+)\\s*(?:\\[\\s*\\d+%])?$");
    private static final Pattern PROGRESS_LINE = Pattern.compile(String.join("|",
            "^=== (?:RUN|PAUSE|CONT|NAME)\\s+\\S+$", // go test -v
            "^> Task :\\S+ (?:UP-TO-DATE|NO-SOURCE|FROM-CACHE|SKIPPED)$", // Gradle
            "^(?:\\[INFO\\] )?Download(?:ing|ed) from \\S+: .*$", // Maven
            "^PASS \\S+\\.(?:test|spec)\\.[cm]?[jt]sx?(?: \\(.*\\))?$")); // Jest suite header
    private static final Pattern SUREFIRE_RUNNING = Pattern.compile("^(?:\\[INFO\\] )?Running [\\w.$]+$");
    private static final Pattern SUREFIRE_CLASS_OK = Pattern.compile(
            "^(?:\\[INFO\\] )?Tests run: (\\d+), Failures: 0, Errors: 0, Skipped: \\d+, Time elapsed: .*$");

    /** The role of {@code line}; {@code next} is the line after it (or empty), for two-line patterns. */
    static LineRole of(String line, String next) {
        if (line.isEmpty() || line.length() > 1_000) {
            return KEEP;
        }
        if (PASSED.matcher(line).matches()) {
            return PASSED_ONE;
        }
        if (SKIPPED.matcher(line).matches()) {
            return SKIPPED_ONE;
        }
        Matcher dots = PYTEST_DOTS.matcher(line);
        if (dots.matches()) {
            return new LineRole(Kind.PASSED, (int) dots.group(1).chars().filter(c -> c == '.').count());
        }
        Matcher ok = SUREFIRE_CLASS_OK.matcher(line);
        if (ok.matches()) {
            return new LineRole(Kind.CLASS_PASSED, Integer.parseInt(ok.group(1)));
        }
        if (SUREFIRE_RUNNING.matcher(line).matches()) {
            return SUREFIRE_CLASS_OK.matcher(next).matches() ? PROGRESS : KEEP;
        }
        if (PROGRESS_LINE.matcher(line).matches()) {
            return PROGRESS;
        }
        return KEEP;
    }
}

package dev.headroom.compress.testoutput;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one line of test-runner output says, for the runners we know (pytest, Maven Surefire, Gradle,
 * cargo test, go test, Jest). Anything not recognised as routine is {@link Kind#KEEP}: failures,
 * messages, diffs, tracebacks and summaries are never classified as routine.
 *
 * <p>{@code tests} is how many tests the line accounts for (passed, skipped, or run by a class);
 * {@code skipped} is how many skipped tests a line of pytest dots or a class summary also reports.
 */
record LineRole(Kind kind, int tests, int skipped) {

    /** The part a line plays. */
    enum Kind {
        /** A test (or, with a count, several) that passed; pytest dots may report skipped ones too. */
        PASSED,
        /** A test class that passed: {@code tests} run, {@code skipped} of them skipped (Surefire). */
        CLASS_PASSED,
        /** A Surefire "Running X" line; routine only when its class passed (see TestOutputCompressor). */
        CLASS_RUNNING,
        /** A line a passing test class printed between its "Running" and summary lines, and not signal. */
        CAPTURED,
        /** A skipped or ignored test. */
        SKIPPED,
        /** Progress chatter: a test started, a task was up to date, a download. */
        PROGRESS,
        /** Everything else: kept verbatim. */
        KEEP
    }

    static final LineRole KEEP = new LineRole(Kind.KEEP, 0, 0);
    static final LineRole CAPTURED = new LineRole(Kind.CAPTURED, 0, 0);
    private static final LineRole PASSED_ONE = new LineRole(Kind.PASSED, 1, 0);
    private static final LineRole SKIPPED_ONE = new LineRole(Kind.SKIPPED, 1, 0);
    private static final LineRole PROGRESS = new LineRole(Kind.PROGRESS, 0, 0);
    private static final LineRole CLASS_RUNNING = new LineRole(Kind.CLASS_RUNNING, 0, 0);

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
    /**
     * A passing class summary. Surefire logs it at INFO, or at WARNING when tests were skipped; the
     * skipped count is then declared in the collapsed line, so the level word carries nothing more.
     */
    private static final Pattern SUREFIRE_CLASS_OK = Pattern.compile(
            "^(?:\\[(INFO|WARNING)\\] )?Tests run: (\\d{1,9}), Failures: 0, Errors: 0, Skipped: (\\d{1,9}), Time elapsed: .*$");
    /** Any class summary, passing or not, and the build's final summary: what ends a class block. */
    private static final Pattern SUREFIRE_TESTS_RUN = Pattern.compile("^(?:\\[[A-Z]+\\] )?Tests run: \\d+,.*$");

    /** The role of {@code line} on its own, before Surefire class blocks are considered. */
    static LineRole of(String line) {
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
            String marks = dots.group(1);
            int skipped = (int) marks.chars().filter(c -> c == 's').count();
            return new LineRole(Kind.PASSED, marks.length() - skipped, skipped);
        }
        if (line.contains("Tests run: ")) {
            return classSummary(line);
        }
        if (SUREFIRE_RUNNING.matcher(line).matches()) {
            return CLASS_RUNNING;
        }
        if (PROGRESS_LINE.matcher(line).matches()) {
            return PROGRESS;
        }
        return KEEP;
    }

    private static LineRole classSummary(String line) {
        Matcher ok = SUREFIRE_CLASS_OK.matcher(line);
        if (!ok.matches()) {
            return KEEP;
        }
        int tests = Integer.parseInt(ok.group(2));
        int skipped = Integer.parseInt(ok.group(3));
        if (skipped > tests || ("WARNING".equals(ok.group(1)) && skipped == 0)) {
            return KEEP; // not what Surefire writes: keep it rather than guess
        }
        return new LineRole(Kind.CLASS_PASSED, tests, skipped);
    }

    /** Whether {@code line} is a Surefire "Tests run:" summary of any outcome, which closes a class block. */
    static boolean endsClass(String line) {
        return line.contains("Tests run: ") && SUREFIRE_TESTS_RUN.matcher(line).matches();
    }
}

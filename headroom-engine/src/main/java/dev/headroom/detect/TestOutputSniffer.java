package dev.headroom.detect;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises the console output of test runners: pytest, Maven Surefire, Gradle, cargo test, go test and Jest. */
final class TestOutputSniffer {

    /** Lines only a test runner prints; two of them (or one summary) make test output. */
    private static final Pattern MARKER = Pattern.compile(String.join("|",
            // pytest
            "^=+ (?:test session starts|FAILURES|ERRORS|short test summary info|warnings summary)(?: \\(.*\\))? =+$",
            "^collected \\d+ items?.*",
            "^\\S+\\.py(?:::\\S+)+ (?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS).*",
            "^\\S+\\.py [.FEsxX]+(?: +\\[ *\\d+%])?$",
            "^(?:FAILED|ERROR) \\S+\\.py::.*",
            // Maven Surefire / Failsafe
            "^\\[(?:INFO|ERROR|WARNING)\\]  T E S T S$",
            "^(?:\\[(?:INFO|ERROR|WARNING)\\] )?Running [\\w.$]+$",
            "^(?:\\[(?:INFO|ERROR|WARNING)\\] )?Tests run: \\d+, Failures: \\d+, Errors: \\d+, Skipped: \\d+.*",
            // Gradle
            "^\\S+ > .+ (?:PASSED|FAILED|SKIPPED)$",
            "^> Task :\\S*test\\S*.*",
            "^\\d+ tests? completed, \\d+ failed.*",
            // cargo test
            "^running \\d+ tests?$",
            "^test \\S+ \\.\\.\\. (?:ok|FAILED|ignored)(?:, .*)?$",
            "^test result: (?:ok|FAILED)\\. \\d+ passed.*",
            // go test
            "^=== (?:RUN|PAUSE|CONT|NAME) +\\S+$",
            "^\\s*--- (?:PASS|FAIL|SKIP): \\S+ \\(\\d+\\.\\d+s\\)$",
            "^(?:ok|FAIL)\\s+\\S+\\s+(?:\\d+\\.\\d+s|\\(cached\\)).*",
            // Jest
            "^\\s*(?:PASS|FAIL) +\\S+\\.(?:test|spec)\\.[cm]?[jt]sx?.*",
            "^Test Suites: .*\\d+ total$",
            "^Tests: +.*\\d+ total$",
            "^\\s+[\\u2713\\u2715\\u2714\\u2716\\u221a\\u00d7] .+"));

    /** A summary line on its own is enough. */
    private static final Pattern SUMMARY = Pattern.compile(String.join("|",
            "^=+ .*\\d+ (?:passed|failed|errors?)\\b.* in \\d+(?:\\.\\d+)?s.*=+$",
            "^test result: (?:ok|FAILED)\\. \\d+ passed; \\d+ failed.*",
            "^(?:\\[(?:INFO|ERROR|WARNING)\\] )?Tests run: \\d+, Failures: \\d+, Errors: \\d+, Skipped: \\d+$",
            "^Test Suites: .*\\d+ total$"));

    private TestOutputSniffer() {}

    static boolean matches(List<String> lines) {
        int markers = 0;
        for (String l : lines) {
            if (SUMMARY.matcher(l).matches()) {
                return true;
            }
            if (MARKER.matcher(l).matches() && ++markers >= 2) {
                return true;
            }
        }
        return false;
    }
}

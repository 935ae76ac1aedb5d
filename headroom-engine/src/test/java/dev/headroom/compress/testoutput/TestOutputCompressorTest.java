package dev.headroom.compress.testoutput;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.CompressorContract;
import dev.headroom.detect.ContentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestOutputCompressorTest extends CompressorContract {

    static final List<String> SAMPLES = List.of("pytest-verbose-failures.txt", "pytest-dots-pass.txt",
            "maven-surefire-failure.txt", "gradle-failure.txt", "cargo-test-failure.txt", "go-test-failure.txt",
            "jest-failure.txt", "maven-surefire-passing-with-logs.txt");

    @Override
    protected ContentKind kind() {
        return ContentKind.TEST_OUTPUT;
    }

    @Override
    protected Compressor compressor() {
        return new TestOutputCompressor();
    }

    @Override
    protected List<String> samples() {
        return SAMPLES.stream().map(TestOutputCompressorTest::read).toList();
    }

    static String read(String name) {
        try (InputStream in = TestOutputCompressorTest.class.getResourceAsStream("/testoutput/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Compressed compress(String input) {
        return new TestOutputCompressor().compress(input, CompressionContext.builder(input).build());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "pytest-verbose-failures.txt => E       AssertionError: assert Decimal('59.970000001') == Decimal('59.97')",
        "pytest-verbose-failures.txt => tests/test_billing.py::test_rounds_invoice_total FAILED             [ 31%]",
        "pytest-verbose-failures.txt => FAILED tests/test_export.py::test_exports_csv_header - IndexError: list index out of range",
        "pytest-verbose-failures.txt => ============ 2 failed, 114 passed, 4 skipped in 14.82s =============",
        "pytest-dots-pass.txt => ============================= 214 passed in 3.07s ==============================",
        "maven-surefire-failure.txt => [ERROR] com.example.orders.TaxCalculatorTest.should_apply_reduced_rate_for_books -- Time elapsed: 0.012 s <<< FAILURE!",
        "maven-surefire-failure.txt => \tat com.example.orders.TaxCalculatorTest.should_apply_reduced_rate_for_books(TaxCalculatorTest.java:48)",
        "maven-surefire-failure.txt => [INFO] Running com.example.orders.TaxCalculatorTest",
        "maven-surefire-failure.txt => [INFO] BUILD FAILURE",
        "gradle-failure.txt => com.example.geo.TileMathTest > mergesAdjacentTiles() FAILED",
        "gradle-failure.txt =>     java.lang.AssertionError: expected:<4> but was:<3>",
        "gradle-failure.txt => 50 tests completed, 1 failed",
        "cargo-test-failure.txt => thread 'number::tests::parses_exponent_23' panicked at src/number.rs:88:9:",
        "cargo-test-failure.txt => test number::tests::parses_exponent_23 ... FAILED",
        "cargo-test-failure.txt => test result: FAILED. 62 passed; 1 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.03s",
        "go-test-failure.txt =>     config_test.go:142: reload did not fire within 2s",
        "go-test-failure.txt => --- FAIL: TestWatchReload (2.00s)",
        "go-test-failure.txt => FAIL\tgithub.com/example/svc/config\t2.318s",
        "jest-failure.txt =>     \u2715 applies percentage discounts (5 ms)",
        "jest-failure.txt =>     > 14 |     expect(p).toBe(8.5);",
        "jest-failure.txt => Tests:       1 failed, 44 passed, 45 total"
    })
    void should_keep_failures_messages_and_summaries_verbatim(String sample, String line) {
        // given
        String input = read(sample);
        assertThat(input).contains(line + "\n");

        // when
        String out = compress(input).text();

        // then
        assertThat(out).contains(line + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pytest-verbose-failures.txt", "maven-surefire-failure.txt", "gradle-failure.txt",
        "cargo-test-failure.txt", "go-test-failure.txt", "jest-failure.txt", "maven-surefire-passing-with-logs.txt"})
    void should_account_for_every_line_and_save_tokens(String sample) {
        // given
        String input = read(sample);

        // when
        CompressionResult r = Headroom.builder().timeBudget(Duration.ZERO).minTokens(0).build()
                .compress(input, CompressionHints.NONE.withKind(ContentKind.TEST_OUTPUT));

        // then
        System.out.printf(Locale.ROOT, "%-36s o200k %5d -> %4d tokens (savings %.1f%%)%n", sample, r.tokensBefore(),
                r.tokensAfter(), 100 * r.savings());
        assertThat(r.compressed()).isTrue();
        assertThat(keptPlusDeclared(input, r.text())).isEqualTo(lineCount(input));
    }

    /**
     * Output lines that are input lines (matched in order) plus the lines the other output lines'
     * markers declare elided. An output line equal to an input line is kept, even if it holds a
     * marker: real test output can quote one (this project's own does).
     */
    private static int keptPlusDeclared(String input, String output) {
        List<String> in = List.of(input.split("\n", -1));
        int kept = 0;
        int declared = 0;
        int j = 0;
        for (String o : output.split("\n", -1)) {
            int at = in.subList(j, in.size()).indexOf(o);
            if (at >= 0) {
                kept++;
                j += at + 1;
            } else {
                declared += Marker.findAll(o).stream().mapToInt(Marker::count).sum();
            }
        }
        return kept + declared;
    }

    private static int lineCount(String input) {
        return input.split("\n", -1).length;
    }

    @Test
    void should_declare_exact_number_of_passing_tests() {
        // given
        String input = read("pytest-verbose-failures.txt");
        long passedLines = input.lines().filter(l -> l.contains(" PASSED")).count();
        long skippedLines = input.lines().filter(l -> l.contains(" SKIPPED")).count();

        // when
        String out = compress(input).text();

        // then
        assertThat(sum(out, "[(, ](\\d+) passing tests?[,)]")).isEqualTo(passedLines);
        assertThat(sum(out, "[(, ](\\d+) skipped[,)]")).isEqualTo(skippedLines);
        assertThat(out).doesNotContain(" PASSED");
    }

    @Test
    void should_count_surefire_classes_and_their_tests() {
        // when
        String out = compress(read("maven-surefire-failure.txt")).text();

        // then
        assertThat(out).contains("(8 test classes passed: 58 tests) [headroom: 16 lines elided, ");
        assertThat(out).contains("(5 test classes passed: 55 tests) [headroom: 10 lines elided, ");
        assertThat(out).doesNotContain("Running com.example.orders.OrderServiceTest");
    }

    @Test
    void should_leave_output_without_routine_lines_unchanged() {
        String failures = "FAILED a.py::t1 - boom\nFAILED a.py::t2 - boom\n=== 2 failed in 0.1s ===\n";
        assertThat(compress(failures).text()).isEqualTo(failures);
    }

    @Test
    void should_keep_short_runs_of_passing_lines_verbatim() {
        String input = "test a ... ok\ntest b ... ok\ntest c ... FAILED\n";
        assertThat(compress(input).text()).isEqualTo(input);
    }

    @Test
    void should_declare_skipped_tests_of_passing_surefire_classes() {
        // given
        StringBuilder input = new StringBuilder();
        for (String cls : List.of("a.AlphaTest", "a.BetaTest", "a.GammaTest")) {
            input.append("Running ").append(cls).append('\n')
                    .append("Tests run: 5, Failures: 0, Errors: 0, Skipped: 2, Time elapsed: 0.113 s -- in ").append(cls).append('\n');
        }
        input.append("Tests run: 15, Failures: 0, Errors: 0, Skipped: 6\n");

        // when
        String out = compress(input.toString()).text();

        // then
        assertThat(out).startsWith("(3 test classes passed: 15 tests, 6 skipped) [headroom: 6 lines elided, ");
        assertThat(out).endsWith("\nTests run: 15, Failures: 0, Errors: 0, Skipped: 6\n");
    }

    @Test
    void should_declare_skipped_tests_of_a_class_surefire_logs_as_warning() {
        // when
        String out = compress(read("maven-surefire-passing-with-logs.txt")).text();

        // then: HeadroomTest's summary, LogCompressorTest (19 tests) and SkippingExampleTest (5 tests, 2 skipped)
        assertThat(out).contains("\n(3 test classes passed: 38 tests, 2 skipped; 36 captured output lines) [headroom: 41 lines elided, ");
        assertThat(out).doesNotContain("Running dev.headroom.compress.testoutput.SkippingExampleTest");
        assertThat(out).contains("\n[WARNING] Tests run: 47, Failures: 0, Errors: 0, Skipped: 2\n");
    }

    @Test
    void should_collapse_passing_classes_that_print_log_lines_and_save_half_the_tokens() {
        // given: real `mvn test` output of this project with DEBUG (JUL FINE) logging, plus a class with skipped tests
        String input = read("maven-surefire-passing-with-logs.txt");

        // when
        CompressionResult r = Headroom.builder().timeBudget(Duration.ZERO).minTokens(0).build()
                .compress(input, CompressionHints.NONE.withKind(ContentKind.TEST_OUTPUT));

        // then
        assertThat(r.compressed()).isTrue();
        assertThat(r.tokensAfter()).isLessThanOrEqualTo(r.tokensBefore() / 2);
        assertThat(r.text()).doesNotContain("FINE: headroom: log COMPRESSED");
        assertThat(r.text()).doesNotContain("SLF4J(W)");
        assertThat(r.text()).contains("\n(1 test class passed: 9 tests, 47 captured output lines) [headroom: 49 lines elided, ");
    }

    @Test
    void should_keep_warnings_of_a_passing_class_verbatim_with_their_record_header() {
        // given
        String input = read("maven-surefire-passing-with-logs.txt");
        List<String> lines = input.lines().toList();
        List<String> records = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("WARNING: ")) {
                records.add(lines.get(i - 1) + "\n" + lines.get(i) + "\n");
            }
        }
        assertThat(records).hasSize(6);

        // when
        String out = compress(input).text();

        // then
        assertThat(records).allSatisfy(record -> assertThat(out).contains(record));
    }

    @Test
    void should_keep_errors_exceptions_and_stack_traces_inside_a_passing_class_verbatim() {
        // given: a passing class whose log chatter surrounds an error, a JVM trace, a warning, a Python traceback
        List<List<String>> signal = List.of(
                List.of("10:15:02.117 [main] ERROR c.a.ledger.Ledger - reconciliation aborted for acc-4410"),
                List.of("java.lang.IllegalStateException: ledger closed",
                        "\tat com.acme.ledger.Ledger.reconcile(Ledger.java:88)",
                        "\tat com.acme.ledger.LedgerTest.closes(LedgerTest.java:41)",
                        "Caused by: java.io.IOException: disk full",
                        "\t... 12 more"),
                List.of("10:15:02.140 [main] WARN  c.a.ledger.Ledger - retrying in 10 ms"),
                List.of("Traceback (most recent call last):",
                        "  File \"tools/seed.py\", line 12, in <module>",
                        "    seed()",
                        "ValueError: negative balance"),
                List.of("10:15:02.190 [main] DEBUG c.a.ledger.Pool - pool at capacity after TimeoutException"));
        StringBuilder input = new StringBuilder("[INFO] Running com.acme.ledger.LedgerTest\n");
        int n = 0;
        for (List<String> group : signal) {
            for (int k = 0; k < 4; k++, n++) {
                input.append(String.format(Locale.ROOT, "10:15:%02d.%03d [main] DEBUG c.a.ledger.Ledger - loaded %d entries for account acc-%d%n",
                        n / 10, n * 7, n * 37, 4400 + n));
            }
            group.forEach(line -> input.append(line).append('\n'));
        }
        input.append("[INFO] Tests run: 7, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.412 s -- in com.acme.ledger.LedgerTest\n");

        // when
        String out = compress(input.toString()).text();

        // then
        assertThat(signal).allSatisfy(group -> assertThat(out).contains("\n" + String.join("\n", group) + "\n"));
        assertThat(out).doesNotContain("entries for account");
        assertThat(out).as("the class header stays, so kept signal says which class printed it")
                .startsWith("[INFO] Running com.acme.ledger.LedgerTest\n(4 captured output lines) [headroom: 4 lines elided, ");
        assertThat(out).endsWith("TimeoutException\n[INFO] Tests run: 7, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.412 s -- in com.acme.ledger.LedgerTest\n");
        assertThat(keptPlusDeclared(input.toString(), out)).isEqualTo(lineCount(input.toString()));
    }

    @Test
    void should_keep_a_failing_class_whole_with_its_captured_output() {
        // given
        String passing = "[INFO] Running com.acme.CartTest\n"
                + "10:15:01.001 [main] DEBUG c.a.Cart - added sku-1 x 2 to cart 17\n"
                + "10:15:01.002 [main] DEBUG c.a.Cart - added sku-2 x 1 to cart 17\n"
                + "10:15:01.003 [main] INFO  c.a.Cart - cart 17 total 41.90 EUR\n"
                + "[INFO] Tests run: 6, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.21 s -- in com.acme.CartTest\n";
        String failing = "[INFO] Running com.acme.TaxTest\n"
                + "10:15:02.001 [main] DEBUG c.a.Tax - rate table loaded: 14 rates\n"
                + "10:15:02.002 [main] DEBUG c.a.Tax - books rate 0.19\n"
                + "10:15:02.003 [main] INFO  c.a.Tax - computed tax 1.90 for order 99\n"
                + "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.03 s <<< FAILURE! -- in com.acme.TaxTest\n";

        // when
        String out = compress(passing + failing + passing.replace("CartTest", "BasketTest")).text();

        // then
        assertThat(out).contains("\n" + failing);
        assertThat(out).startsWith("(1 test class passed: 6 tests, 3 captured output lines) [headroom: 5 lines elided, ");
        assertThat(out).doesNotContain("Running com.acme.CartTest");
    }

    @Test
    void should_keep_a_run_verbatim_when_its_summary_would_not_be_smaller() {
        String input = "Running a.B\nok\nTests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.1 s\n";
        assertThat(compress(input).text()).isEqualTo(input);
    }

    @Test
    void should_declare_skipped_tests_of_pytest_dots() {
        // given
        String input = "tests/test_a.py ..s..s.... [ 20%]\ntests/test_b.py ....s..... [ 40%]\ntests/test_c.py ..........\n"
                + "tests/test_d.py .......... [ 80%]\ntests/test_e.py .......... [100%]\n";

        // when
        String out = compress(input).text();

        // then
        assertThat(out).startsWith("(47 passing tests, 3 skipped) [headroom: 5 lines elided, ");
    }

    @Test
    void should_compress_surefire_output_with_logs_identically_every_time() {
        // given
        String input = read("maven-surefire-passing-with-logs.txt");

        // when
        String first = compress(input).text();
        String second = compress(input).text();

        // then
        assertThat(second).isEqualTo(first);
    }

    private static long sum(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        long total = 0;
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            total += Long.parseLong(m.group(1));
            seen.add(m.group());
        }
        return total;
    }
}

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
            "jest-failure.txt");

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
        "cargo-test-failure.txt", "go-test-failure.txt", "jest-failure.txt"})
    void should_account_for_every_line_and_save_tokens(String sample) {
        // given
        String input = read(sample);
        List<String> in = List.of(input.split("\n", -1));

        // when
        CompressionResult r = Headroom.builder().minTokens(0).build()
                .compress(input, CompressionHints.NONE.withKind(ContentKind.TEST_OUTPUT));

        // then
        int kept = 0;
        int j = 0;
        for (String o : r.text().split("\n", -1)) {
            if (Marker.containsMarker(o)) {
                continue;
            }
            while (j < in.size() && !in.get(j).equals(o)) {
                j++;
            }
            if (j < in.size()) {
                kept++;
                j++;
            }
        }
        int declared = Marker.findAll(r.text()).stream().mapToInt(Marker::count).sum();
        System.out.printf(Locale.ROOT, "%-28s o200k %5d -> %4d tokens (savings %.1f%%)%n", sample, r.tokensBefore(),
                r.tokensAfter(), 100 * r.savings());
        assertThat(r.compressed()).isTrue();
        assertThat(kept + declared).isEqualTo(in.size());
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
        assertThat(out).containsPattern("\\(8 test classes passed with \\d+ tests, 8 progress lines\\) \\[headroom: ");
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

package dev.headroom.bench.workload.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's routing expectations and bars, asserted over every format sample (logs at about 2,000
 * lines, {@link FormatSamples#fullSize}, the length the bars were set on) and, when
 * {@code HEADROOM_CORPUS} is set, every corpus input: no log routed as prose (the log or line-template
 * kind only), command output and tables never text, diffs as diffs, file views as code or lines; logs save
 * at least 85% o200k together, keep a verbatim line of at least 98% of their templates and of every error
 * template, and keep every anomaly line verbatim or declared; command output is at least 30% smaller;
 * patches that mostly delete whole files are at least 50% smaller and keep every file header; nothing
 * is inflated.
 */
class FormatRoutingTest {

    private static List<RoutingRun.Row> samples;

    @BeforeAll
    static void route() {
        samples = RoutingRun.samples(FormatSamples.fullSize(42));
        System.out.print(RoutingRun.table(samples));
    }

    @Test
    void should_route_every_sample_where_its_family_belongs() {
        assertThat(misses(samples, "routed ")).isEmpty();
    }

    @Test
    void should_keep_a_verbatim_line_of_98_percent_of_all_log_templates() {
        double coverage = FormatFidelity.logTemplateCoverage(samples.stream().map(RoutingRun.Row::report).toList());

        assertThat(coverage).isGreaterThanOrEqualTo(FormatFidelity.LOG_TEMPLATE_COVERAGE);
    }

    @Test
    void should_keep_every_error_template_and_anomaly_of_each_log() {
        List<String> lost = new ArrayList<>();
        for (RoutingRun.Row r : samples) {
            for (String m : r.misses()) {
                if (m.startsWith("template coverage") || m.contains("error templates") || m.contains("anomaly lines")) {
                    lost.add(r.name() + ": " + m);
                }
            }
        }
        assertThat(lost).isEmpty();
    }

    @Test
    void should_save_at_least_85_percent_over_all_logs() {
        double saved = FormatFidelity.logFamilySavings(samples.stream().map(RoutingRun.Row::report).toList());

        assertThat(saved).isGreaterThanOrEqualTo(FormatFidelity.LOG_FAMILY_SAVINGS);
    }

    @Test
    void should_shrink_command_output_and_whole_file_deletion_patches_and_keep_file_headers() {
        assertThat(misses(samples, "saved ")).isEmpty();
        assertThat(misses(samples, "file header")).isEmpty();
        assertThat(misses(samples, "inflated")).isEmpty();
    }

    @Test
    void should_route_every_corpus_input_as_expected() {
        Path root = RoutingRun.corpusRoot();
        org.junit.jupiter.api.Assumptions.assumeTrue(root != null && Files.isDirectory(root), "HEADROOM_CORPUS is not set");

        List<RoutingRun.Row> rows = RoutingRun.corpus(root);

        System.out.print(RoutingRun.table(rows));
        assertThat(misses(rows, "")).isEmpty();
    }

    private static List<String> misses(List<RoutingRun.Row> rows, String prefix) {
        List<String> out = new ArrayList<>();
        for (RoutingRun.Row r : rows) {
            for (String m : r.misses()) {
                if (m.contains(prefix)) {
                    out.add(r.name() + ": " + m);
                }
            }
        }
        return out;
    }
}

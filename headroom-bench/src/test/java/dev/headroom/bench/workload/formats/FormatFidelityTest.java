package dev.headroom.bench.workload.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.bench.report.FormatReport;
import dev.headroom.detect.ContentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatFidelityTest {

    private static FormatSample log() {
        return new SampleBuilder()
                .line("start", "2024-03-14 09:00:00 INFO worker started")
                .line("tick", "2024-03-14 09:00:01 INFO tick 1")
                .line("tick", "2024-03-14 09:00:02 INFO tick 2")
                .record("boom", List.of("2024-03-14 09:00:03 ERROR job failed", "java.lang.IllegalStateException: boom", "\tat a.B.c(B.java:1)"))
                .error("boom")
                .line("odd", "2024-03-14 09:00:04 WARN clock jumped 3600 s")
                .anomaly("anomaly odd", "2024-03-14 09:00:04 WARN clock jumped 3600 s")
                .build("tiny-log", Family.LOG, Route.LINE_TEMPLATE);
    }

    @Test
    void should_find_everything_kept_when_the_input_passes_through() {
        FormatSample s = log();

        FormatReport r = FormatFidelity.measure(s, ContentKind.LOG, "none", "NOT_SMALLER", s.text(), 100, 100, 0);

        assertThat(r.templatesKept()).isEqualTo(4);
        assertThat(r.errorTemplatesKept()).isEqualTo(1);
        assertThat(r.anomaliesKept()).isEqualTo(1);
        assertThat(r.misses()).isEmpty();
    }

    @Test
    void should_not_count_an_error_template_kept_when_only_its_stack_frame_survives() {
        FormatSample s = log();
        String output = "2024-03-14 09:00:00 INFO worker started\n2024-03-14 09:00:01 INFO tick 1\n\tat a.B.c(B.java:1)\n"
                + "[headroom: 3 lines elided, original kept; retrieve handle=0123456789abcdef]\n";

        FormatReport r = FormatFidelity.measure(s, ContentKind.LOG, "log:x", "COMPRESSED", output, 100, 40, 1);

        assertThat(r.templatesKept()).isEqualTo(3);
        assertThat(r.errorTemplatesKept()).isZero();
        assertThat(r.templateCoveragePercent()).isEqualTo(75.0);
        assertThat(r.misses()).containsExactly("1 of 1 error templates without a kept line");
    }

    @Test
    void should_count_an_anomaly_line_lost_only_when_nothing_declares_left_out_lines() {
        FormatSample s = log();
        String silent = "2024-03-14 09:00:00 INFO worker started\n2024-03-14 09:00:01 INFO tick 1\n";

        FormatReport r = FormatFidelity.measure(s, ContentKind.LOG, "log:x", "COMPRESSED", silent, 100, 40, 1);

        assertThat(r.anomaliesKept()).isZero();
        assertThat(r.misses()).contains("1 of 1 anomaly lines lost");
    }

    @Test
    void should_measure_template_coverage_over_all_logs_together() {
        FormatSample s = log();
        String output = "2024-03-14 09:00:00 INFO worker started\n2024-03-14 09:00:01 INFO tick 1\n\tat a.B.c(B.java:1)\n"
                + "[headroom: 3 lines elided, original kept; retrieve handle=0123456789abcdef]\n";
        FormatReport partial = FormatFidelity.measure(s, ContentKind.LOG, "log:x", "COMPRESSED", output, 100, 40, 1);
        FormatReport whole = FormatFidelity.measure(s, ContentKind.LOG, "none", "NOT_SMALLER", s.text(), 100, 100, 0);

        assertThat(FormatFidelity.logTemplateCoverage(List.of(partial, whole))).isEqualTo(87.5);
    }

    @Test
    void should_name_a_misroute_and_a_missed_savings_bar() {
        FormatSample ls = new SampleBuilder().line("file", "-rw-r--r-- 1 a a 1 Mar 14 09:00 x").line("file", "-rw-r--r-- 1 a a 2 Mar 14 09:00 y")
                .build("tiny-ls", Family.COMMAND, Route.LINE_ORIENTED);

        FormatReport r = FormatFidelity.measure(ls, ContentKind.TEXT, "none:text-all-salient", "NOT_SMALLER", ls.text(), 30, 30, 0);

        assertThat(r.routedAsExpected()).isFalse();
        assertThat(r.misses()).containsExactly("routed text, expected " + Route.LINE_ORIENTED.description(), "saved 0.0% < 30%");
    }

    @Test
    void should_weight_log_family_savings_by_tokens() {
        FormatReport a = FormatFidelity.measure(log(), ContentKind.LOG, "s", "COMPRESSED", log().text(), 900, 90, 0);
        FormatReport b = FormatFidelity.measure(log(), ContentKind.TEXT, "s", "NOT_SMALLER", log().text(), 100, 100, 0);

        assertThat(FormatFidelity.logFamilySavings(List.of(a, b))).isEqualTo(81.0);
    }
}

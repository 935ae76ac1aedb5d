package dev.headroom.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.bench.probe.ProbeResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    @TempDir
    Path dir;

    private static InputReport input(String workload, String name, String kind, int before, int after, double ms, boolean fail) {
        return new InputReport(workload, name, kind, before * 4, before, after, before, after, after < before ? "COMPRESSED" : "NOT_SMALLER",
                "test", 1, List.of(ms, ms * 2), List.of(fail ? ProbeResult.fail("needles", "lost <x>") : ProbeResult.pass("needles", "ok")),
                List.of(ProbeResult.fail("needles", "lost")), kind.equals("json-array") ? before / 2 : -1, kind.equals("json-array") ? before / 3 : -1);
    }

    private static BenchReport report() {
        List<InputReport> inputs = List.of(
                input("w1", "w1/a", "log", 1000, 100, 1.5, false),
                input("w1", "w1/b", "json-array", 600, 300, 0.5, true),
                input("w2", "w2/c", "log", 400, 400, 0.1, false));
        return BenchReport.of(new BenchReport.Settings("corpus", 42, 2, 5, "o200k_base", "17", 2, 1.0), inputs,
                List.of("json-array", "log"));
    }

    @Test
    void should_weight_savings_by_tokens_and_count_probes_per_workload() {
        BenchReport r = report();

        assertThat(r.workloads()).extracting(GroupSummary::group).containsExactly("w1", "w2");
        GroupSummary w1 = r.workloads().get(0);
        assertThat(w1.o200kSavingsPercent()).isCloseTo(100.0 * 1200 / 1600, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(w1.probesFailed()).isEqualTo(1);
        assertThat(w1.truncationProbesFailed()).isEqualTo(2);
        assertThat(w1.jsonArrays()).isEqualTo(1);
        assertThat(r.total().inputs()).isEqualTo(3);
        assertThat(r.kinds()).extracting(GroupSummary::group).containsExactly("json-array", "log");
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.input()).isEqualTo("w1/b"));
    }

    @Test
    void should_write_markdown_json_and_self_contained_html() throws Exception {
        List<Path> files = ReportWriter.write(report(), dir);

        assertThat(files).allMatch(Files::isRegularFile);
        assertThat(Files.readString(dir.resolve("report.md"))).contains("| w1 |", "## Failed probes (1)", "lost <x>");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(json.path("workloads").size()).isEqualTo(2);
        assertThat(json.path("failures").get(0).path("probe").asText()).isEqualTo("needles");
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<svg", "<circle", "<rect", "lost &lt;x&gt;").doesNotContain("<script", "src=\"http", "href=\"http");
    }

    @Test
    void should_align_text_tables_and_use_nearest_rank_percentiles() {
        String t = new Table(List.of("name", "n")).row(List.of("a", "1")).row(List.of("long name", "100")).toText();

        assertThat(t.lines().toList()).hasSize(4).allMatch(l -> l.length() == "long name  100".length() || l.startsWith("-"));
        assertThat(Stats.percentile(List.of(5.0, 1.0, 3.0, 2.0, 4.0), 50)).isEqualTo(3.0);
        assertThat(Stats.percentile(List.of(5.0, 1.0, 3.0, 2.0, 4.0), 99)).isEqualTo(5.0);
    }
}

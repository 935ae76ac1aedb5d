package dev.headroom.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.bench.corpus.AgentTraces;
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
        return input(workload, name, kind, before, after, ms, fail, after < before ? "COMPRESSED" : "NOT_SMALLER");
    }

    private static InputReport input(String workload, String name, String kind, int before, int after, double ms, boolean fail,
            String outcome) {
        return new InputReport(workload, name, kind, before * 4, before, after, before, after, outcome,
                "test", 1, List.of(ms, ms * 2), List.of(fail ? ProbeResult.fail("needles", "lost <x>") : ProbeResult.pass("needles", "ok")),
                List.of(ProbeResult.fail("needles", "lost")), kind.equals("json-array") ? before / 2 : -1, kind.equals("json-array") ? before / 3 : -1);
    }

    private static BenchReport report() {
        List<InputReport> inputs = List.of(
                input("w1", "w1/a", "log", 1000, 100, 1.5, false),
                input("w1", "w1/b", "json-array", 600, 300, 0.5, true),
                input("w2", "w2/c", "log", 400, 400, 0.1, false),
                input(AgentTraces.WORKLOAD, "t#step1", "html", 300, 150, 0.2, false),
                input(AgentTraces.WORKLOAD, "t#step2", "text", 200, 200, 0.1, false, "FAILED_OPEN"),
                input(AgentTraces.WORKLOAD, "t#step3", "html", 100, 50, 0.1, false));
        return BenchReport.of(new BenchReport.Settings("corpus", 42, 2, 5, "o200k_base", "17", 2, 1.0), inputs,
                List.of("json-array", "log"));
    }

    @Test
    void should_weight_savings_by_tokens_and_count_probes_per_workload() {
        BenchReport r = report();

        assertThat(r.workloads()).extracting(GroupSummary::group).containsExactly("w1", "w2", AgentTraces.WORKLOAD);
        GroupSummary w1 = r.workloads().get(0);
        assertThat(w1.o200kSavingsPercent()).isCloseTo(100.0 * 1200 / 1600, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(w1.probesFailed()).isEqualTo(1);
        assertThat(w1.truncationProbesFailed()).isEqualTo(2);
        assertThat(w1.jsonArrays()).isEqualTo(1);
        assertThat(r.total().inputs()).isEqualTo(6);
        assertThat(r.kinds()).extracting(GroupSummary::group).containsExactly("json-array", "log", "html", "text");
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.input()).isEqualTo("w1/b"));
    }

    @Test
    void should_break_agent_trace_observations_down_by_routed_kind() {
        // given
        BenchReport r = report();

        // when
        Table t = ReportTables.agentTraceKinds(r);

        // then: only the agent traces, by kind, with savings, probes and fail-opens, and a row for all of them
        assertThat(r.agentTraceKinds()).extracting(GroupSummary::group).containsExactly("html", "text");
        assertThat(r.agentTraceKinds().get(0).o200kSavingsPercent()).isEqualTo(50.0);
        assertThat(r.agentTraceKinds().get(1).failOpens()).isEqualTo(1);
        assertThat(t.header()).containsExactly("kind (routed)", "inputs", "o200k before", "o200k after", "saved %", "probes pass",
                "probes fail", "fail-opens");
        assertThat(t.rows()).containsExactly(
                List.of("html", "2", "400", "200", "50.0", "2", "0", "0"),
                List.of("text", "1", "200", "200", "0.0", "1", "0", "1"),
                List.of("all observations", "3", "600", "400", "33.3", "3", "0", "1"));
    }

    @Test
    void should_leave_the_agent_trace_table_empty_without_agent_traces() {
        BenchReport r = BenchReport.of(new BenchReport.Settings("corpus", 42, 2, 5, "o200k_base", "17", 2, 1.0),
                List.of(input("w1", "w1/a", "log", 1000, 100, 1.5, false)), List.of("log"));

        assertThat(ReportTables.agentTraceKinds(r).rows()).isEmpty();
        assertThat(MarkdownReport.render(r)).doesNotContain("Agent-trace");
    }

    @Test
    void should_write_markdown_json_and_self_contained_html() throws Exception {
        List<Path> files = ReportWriter.write(report(), dir);

        assertThat(files).allMatch(Files::isRegularFile);
        assertThat(Files.readString(dir.resolve("report.md"))).contains("| w1 |", "## Failed probes (1)", "lost <x>",
                "## Agent-trace observations by kind", "| all observations | 3 |");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(json.path("workloads").size()).isEqualTo(3);
        assertThat(json.path("failures").get(0).path("probe").asText()).isEqualTo("needles");
        assertThat(json.path("agentTraceKinds").get(1).path("group").asText()).isEqualTo("text");
        assertThat(json.path("agentTraceKinds").get(1).path("failOpens").asInt()).isEqualTo(1);
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<svg", "<circle", "<rect", "lost &lt;x&gt;", "Agent-trace observations by kind").doesNotContain("<script", "src=\"http", "href=\"http");
    }

    @Test
    void should_align_text_tables_and_use_nearest_rank_percentiles() {
        String t = new Table(List.of("name", "n")).row(List.of("a", "1")).row(List.of("long name", "100")).toText();

        assertThat(t.lines().toList()).hasSize(4).allMatch(l -> l.length() == "long name  100".length() || l.startsWith("-"));
        assertThat(Stats.percentile(List.of(5.0, 1.0, 3.0, 2.0, 4.0), 50)).isEqualTo(3.0);
        assertThat(Stats.percentile(List.of(5.0, 1.0, 3.0, 2.0, 4.0), 99)).isEqualTo(5.0);
    }

    @Test
    void should_leave_report_only_workloads_out_of_the_failures_that_count_for_strict() {
        BenchReport all = report();
        BenchReport lenient = report().withReportOnly(java.util.Set.of("w1"));

        assertThat(all.strictFailures()).hasSize(1);
        assertThat(lenient.failures()).hasSize(1);
        assertThat(lenient.strictFailures()).isEmpty();
        assertThat(MarkdownReport.render(lenient)).contains("Failures of inputs in w1 are reported but do not fail `--strict`.");
    }

    @Test
    void should_tabulate_formats_per_sample_and_per_family() {
        FormatReport log = new FormatReport("a-log", "log", "log", true, "log", "log:templates(3)", "COMPRESSED", 100, 1000, 100, 10, 10, 2, 2, 1, 1,
                0, 0, 0, List.of());
        FormatReport ls = new FormatReport("ls-l", "command", "lines", false, "text", "none:text-all-salient", "NOT_SMALLER", 50, 300, 300, 4, 4, 0, 0,
                0, 0, 0, 0, 0, List.of("routed text, expected lines", "saved 0.0% < 30%"));

        BenchReport r = report().withFormats(List.of(log, ls));

        Table perFormat = ReportTables.formats(r);
        assertThat(perFormat.rows()).hasSize(2);
        assertThat(perFormat.rows().get(1)).contains("text (!)", "0.0", "4/4", "routed text, expected lines; saved 0.0% < 30%");
        Table families = ReportTables.formatFamilies(r);
        assertThat(families.rows()).extracting(row -> row.get(0)).containsExactly("log", "command", "all");
        assertThat(families.rows().get(2)).containsSequence("2", "1", "1", "1300", "400", "69.2");
        assertThat(MarkdownReport.render(r)).contains("## Formats (issue 10)", "| ls-l | command |");
        assertThat(HtmlReport.render(r)).contains("<h2>Formats (issue 10)</h2>");
        assertThat(MarkdownReport.render(report())).doesNotContain("## Formats");
    }
}

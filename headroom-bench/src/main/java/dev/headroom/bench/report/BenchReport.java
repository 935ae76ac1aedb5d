package dev.headroom.bench.report;

import dev.headroom.bench.corpus.AgentTraces;
import dev.headroom.bench.relevance.RelevanceResults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one benchmark run measured: its settings, one summary per workload (plus the total),
 * one per content kind, one per content kind of the corpus's agent-trace observations alone, every
 * input's details, the formats workload's per-format figures (issue 10; empty when it did not run),
 * the workloads whose probe failures are reported but do not fail {@code --strict}, and the relevance
 * evaluation (issue 16; null when it did not run).
 */
public record BenchReport(
        Settings settings,
        List<GroupSummary> workloads,
        GroupSummary total,
        List<GroupSummary> kinds,
        List<GroupSummary> agentTraceKinds,
        List<InputReport> inputs,
        List<FormatReport> formats,
        Set<String> reportOnlyWorkloads,
        RelevanceResults relevance) {

    public BenchReport {
        formats = List.copyOf(formats);
        reportOnlyWorkloads = Set.copyOf(reportOnlyWorkloads);
    }

    /** How the run was made; {@code loadAverage} is the system load when the run ended (-1 if unknown). */
    public record Settings(
            String corpus, long seed, int warmup, int repetitions, String tokenizer, String java, int cores, double loadAverage) {}

    /** One failed probe, for the failure list. */
    public record Failure(String input, String probe, String detail) {}

    /** Groups {@code inputs} by workload (in first-seen order) and by kind (in {@code kindOrder}, then first-seen order). */
    public static BenchReport of(Settings settings, List<InputReport> inputs, List<String> kindOrder) {
        Map<String, List<InputReport>> byWorkload = new LinkedHashMap<>();
        for (InputReport r : inputs) {
            byWorkload.computeIfAbsent(r.workload(), k -> new ArrayList<>()).add(r);
        }
        List<GroupSummary> workloads = new ArrayList<>();
        byWorkload.forEach((w, rs) -> workloads.add(GroupSummary.of(w, rs)));
        List<InputReport> traces = byWorkload.getOrDefault(AgentTraces.WORKLOAD, List.of());
        return new BenchReport(settings, workloads, GroupSummary.of("TOTAL", inputs), byKind(inputs, kindOrder),
                byKind(traces, kindOrder), inputs, List.of(), Set.of(), null);
    }

    /** This report with the per-format figures of the formats workload. */
    public BenchReport withFormats(List<FormatReport> rows) {
        return new BenchReport(settings, workloads, total, kinds, agentTraceKinds, inputs, rows, reportOnlyWorkloads, relevance);
    }

    /** This report with {@code names} as the workloads whose probe failures do not count for {@code --strict}. */
    public BenchReport withReportOnly(Set<String> names) {
        return new BenchReport(settings, workloads, total, kinds, agentTraceKinds, inputs, formats, names, relevance);
    }

    /** This report with the relevance evaluation's results. */
    public BenchReport withRelevance(RelevanceResults results) {
        return new BenchReport(settings, workloads, total, kinds, agentTraceKinds, inputs, formats, reportOnlyWorkloads, results);
    }

    private static List<GroupSummary> byKind(List<InputReport> inputs, List<String> kindOrder) {
        Map<String, List<InputReport>> byKind = new LinkedHashMap<>();
        for (String k : kindOrder) {
            byKind.put(k, new ArrayList<>());
        }
        for (InputReport r : inputs) {
            byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        }
        List<GroupSummary> kinds = new ArrayList<>();
        byKind.forEach((k, rs) -> {
            if (!rs.isEmpty()) {
                kinds.add(GroupSummary.of(k, rs));
            }
        });
        return kinds;
    }

    /** Every failed Headroom probe, in input order. */
    public List<Failure> failures() {
        return failures(false);
    }

    /** The failed probes that count for {@code --strict}: those of inputs outside the report-only workloads. */
    public List<Failure> strictFailures() {
        return failures(true);
    }

    private List<Failure> failures(boolean strictOnly) {
        List<Failure> out = new ArrayList<>();
        for (InputReport r : inputs) {
            if (strictOnly && reportOnlyWorkloads.contains(r.workload())) {
                continue;
            }
            r.probes().stream().filter(p -> p.failed())
                    .forEach(p -> out.add(new Failure(r.name(), p.probe(), p.detail())));
        }
        return out;
    }
}

package dev.headroom.bench.report;

import dev.headroom.bench.corpus.AgentTraces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured: its settings, one summary per workload (plus the total),
 * one per content kind, one per content kind of the corpus's agent-trace observations alone, and
 * every input's details.
 */
public record BenchReport(
        Settings settings,
        List<GroupSummary> workloads,
        GroupSummary total,
        List<GroupSummary> kinds,
        List<GroupSummary> agentTraceKinds,
        List<InputReport> inputs) {

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
                byKind(traces, kindOrder), inputs);
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
        List<Failure> out = new ArrayList<>();
        for (InputReport r : inputs) {
            r.probes().stream().filter(p -> p.failed())
                    .forEach(p -> out.add(new Failure(r.name(), p.probe(), p.detail())));
        }
        return out;
    }
}

package dev.headroom.bench.report;

import dev.headroom.bench.corpus.AgentTraces;
import java.util.ArrayList;
import java.util.List;

/** The tables every report format shows, built once from a {@link BenchReport}. */
public final class ReportTables {

    private ReportTables() {}

    /** Savings, fidelity and latency per workload, with a total row. */
    public static Table workloads(BenchReport report) {
        Table t = new Table(List.of("workload", "inputs", "o200k before", "o200k after", "saved %", "cl100k before",
                "cl100k after", "saved %", "probes pass", "probes fail", "p50 ms", "p99 ms", "truncation fails"));
        for (GroupSummary g : report.workloads()) {
            t.row(cells(g));
        }
        t.row(cells(report.total()));
        return t;
    }

    /** The same figures per content kind the inputs were routed as. */
    public static Table kinds(BenchReport report) {
        Table t = new Table(List.of("kind", "inputs", "o200k before", "o200k after", "saved %", "cl100k before",
                "cl100k after", "saved %", "probes pass", "probes fail", "p50 ms", "p99 ms", "truncation fails"));
        for (GroupSummary g : report.kinds()) {
            t.row(cells(g));
        }
        return t;
    }

    /**
     * The corpus's agent-trace observations by the kind the router gave them: savings (o200k_base),
     * probe counts and fail-opens, with a row for all of them; no rows when the run had no agent traces.
     */
    public static Table agentTraceKinds(BenchReport report) {
        Table t = new Table(List.of("kind (routed)", "inputs", "o200k before", "o200k after", "saved %", "probes pass",
                "probes fail", "fail-opens"));
        for (GroupSummary g : report.agentTraceKinds()) {
            t.row(traceCells(g.group(), g));
        }
        for (GroupSummary g : report.workloads()) {
            if (g.group().equals(AgentTraces.WORKLOAD) && !t.rows().isEmpty()) {
                t.row(traceCells("all observations", g));
            }
        }
        return t;
    }

    private static List<String> traceCells(String name, GroupSummary g) {
        return List.of(name, Integer.toString(g.inputs()), Long.toString(g.o200kBefore()), Long.toString(g.o200kAfter()),
                Table.num(g.o200kSavingsPercent(), 1), Long.toString(g.probesPassed()), Long.toString(g.probesFailed()),
                Integer.toString(g.failOpens()));
    }

    /** JSON arrays: original, minified, TOON and Headroom token counts (o200k_base). */
    public static Table jsonBaselines(BenchReport report) {
        Table t = new Table(List.of("workload", "JSON arrays", "original", "minified", "jtoon", "headroom",
                "minified saved %", "jtoon saved %", "headroom saved %"));
        List<GroupSummary> groups = new ArrayList<>(report.workloads());
        groups.add(report.total());
        for (GroupSummary g : groups) {
            if (g.jsonArrays() == 0) {
                continue;
            }
            t.row(List.of(g.group(), Integer.toString(g.jsonArrays()), Long.toString(g.jsonOriginalTokens()),
                    Long.toString(g.jsonMinifiedTokens()), Long.toString(g.jsonToonTokens()), Long.toString(g.jsonHeadroomTokens()),
                    pct(g.jsonOriginalTokens(), g.jsonMinifiedTokens()), pct(g.jsonOriginalTokens(), g.jsonToonTokens()),
                    pct(g.jsonOriginalTokens(), g.jsonHeadroomTokens())));
        }
        return t;
    }

    /** Every failed Headroom probe. */
    public static Table failures(BenchReport report) {
        Table t = new Table(List.of("input", "probe", "detail"));
        for (BenchReport.Failure f : report.failures()) {
            t.row(List.of(f.input(), f.probe(), f.detail()));
        }
        return t;
    }

    /** Each input's figures. */
    public static Table inputs(BenchReport report) {
        Table t = new Table(List.of("input", "kind", "chars", "o200k before", "o200k after", "saved %", "outcome", "strategy",
                "markers", "median ms", "probes fail", "truncation fails"));
        for (InputReport r : report.inputs()) {
            t.row(List.of(r.name(), r.kind(), Integer.toString(r.chars()), Integer.toString(r.o200kBefore()),
                    Integer.toString(r.o200kAfter()), pct(r.o200kBefore(), r.o200kAfter()), r.outcome(), r.strategy(),
                    Integer.toString(r.markers()), Table.num(r.medianMs(), 3), Long.toString(r.probesFailed()),
                    Long.toString(r.truncationFailed())));
        }
        return t;
    }

    private static List<String> cells(GroupSummary g) {
        return List.of(g.group(), Integer.toString(g.inputs()), Long.toString(g.o200kBefore()), Long.toString(g.o200kAfter()),
                Table.num(g.o200kSavingsPercent(), 1), Long.toString(g.cl100kBefore()), Long.toString(g.cl100kAfter()),
                Table.num(g.cl100kSavingsPercent(), 1), Long.toString(g.probesPassed()), Long.toString(g.probesFailed()),
                Table.num(g.p50Ms(), 3), Table.num(g.p99Ms(), 3), Long.toString(g.truncationProbesFailed()));
    }

    private static String pct(long before, long after) {
        return Table.num(Stats.savingsPercent(before, after), 1);
    }
}

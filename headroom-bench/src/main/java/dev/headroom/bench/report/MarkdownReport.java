package dev.headroom.bench.report;

/** Renders a {@link BenchReport} as Markdown. */
public final class MarkdownReport {

    private MarkdownReport() {}

    public static String render(BenchReport r) {
        StringBuilder sb = new StringBuilder();
        BenchReport.Settings s = r.settings();
        sb.append("# Headroom benchmark\n\n");
        sb.append("Corpus: `").append(s.corpus()).append("`; seed ").append(s.seed()).append("; ")
                .append(s.warmup()).append(" warm-up + ").append(s.repetitions()).append(" timed runs per input, each on a fresh instance; ")
                .append("engine tokenizer ").append(s.tokenizer()).append("; Java ").append(s.java()).append(", ")
                .append(s.cores()).append(" cores, load average ").append(Table.num(s.loadAverage(), 1)).append(" at the end.\n\n");
        sb.append("Savings are token-weighted. Probes: error lines, needles, log templates, JSON keys, structure, ")
                .append("search lines, elision counts, retrieval, never-larger, determinism, no fail-open. ")
                .append("\"truncation fails\" counts the probes that naive truncation to the same o200k budget fails.\n\n");
        sb.append("## By workload\n\n").append(ReportTables.workloads(r).toMarkdown()).append('\n');
        sb.append("## By content kind\n\n").append(ReportTables.kinds(r).toMarkdown()).append('\n');
        Table traces = ReportTables.agentTraceKinds(r);
        if (!traces.rows().isEmpty()) {
            sb.append("## Agent-trace observations by kind (o200k_base)\n\n")
                    .append("Every observation in the corpus's `agent-traces/`, routed as in production.\n\n")
                    .append(traces.toMarkdown()).append('\n');
        }
        Table json = ReportTables.jsonBaselines(r);
        if (!json.rows().isEmpty()) {
            sb.append("## JSON arrays against minified JSON and TOON (o200k_base tokens)\n\n").append(json.toMarkdown()).append('\n');
        }
        Table failures = ReportTables.failures(r);
        sb.append("## Failed probes (").append(failures.rows().size()).append(")\n\n");
        sb.append(failures.rows().isEmpty() ? "None.\n" : failures.toMarkdown()).append('\n');
        sb.append("## Inputs\n\n").append(ReportTables.inputs(r).toMarkdown());
        return sb.toString();
    }
}

package dev.headroom.bench.report;

/** Renders a {@link BenchReport} as Markdown. */
public final class MarkdownReport {

    private MarkdownReport() {}

    /** What the formats tables show and how they are judged, in one paragraph. */
    static String formatsNote(BenchReport r) {
        return "Samples of formats the corpus does not have, routed by detection as in production. Templates kept: templates with a "
                + "verbatim kept line; error templates kept: error templates with a kept record line; bars (issue 10): logs route to the log or "
                + "line-template kind, keep >= 98% of templates and every error template, and save >= 85% together (judged on "
                + "2,000-line logs by FormatRoutingTest; the samples here are shorter, 250 to 2,000 lines, so the log row reads lower); command output and tables are not routed as text; command output is >= 30% smaller; patches that delete whole files "
                + "are >= 50% smaller and keep every file header; every anomaly line is kept; nothing is inflated. \"(!)\" marks an unexpected route."
                + (r.reportOnlyWorkloads().contains("formats") ? " Report-only: its probe failures do not fail `--strict` yet." : "");
    }

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
        if (!r.formats().isEmpty()) {
            sb.append("## Formats (issue 10)\n\n").append(formatsNote(r)).append("\n\n")
                    .append(ReportTables.formatFamilies(r).toMarkdown()).append('\n')
                    .append(ReportTables.formats(r).toMarkdown()).append('\n');
        }
        if (r.relevance() != null) {
            sb.append("## Relevance: answer kept inline, lexical against ").append(r.relevance().scorerId()).append(" (issue 16)\n\n")
                    .append(RelevanceNote.text(r.relevance())).append("\n\n")
                    .append(r.relevance().summary().toMarkdown()).append('\n')
                    .append(r.relevance().perQuestion().toMarkdown()).append('\n');
        }
        Table failures = ReportTables.failures(r);
        sb.append("## Failed probes (").append(failures.rows().size()).append(")\n\n");
        if (!r.reportOnlyWorkloads().isEmpty()) {
            sb.append("Failures of inputs in ").append(String.join(", ", new java.util.TreeSet<>(r.reportOnlyWorkloads())))
                    .append(" are reported but do not fail `--strict`.\n\n");
        }
        sb.append(failures.rows().isEmpty() ? "None.\n" : failures.toMarkdown()).append('\n');
        sb.append("## Inputs\n\n").append(ReportTables.inputs(r).toMarkdown());
        return sb.toString();
    }
}

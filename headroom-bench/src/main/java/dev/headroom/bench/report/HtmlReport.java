package dev.headroom.bench.report;

import java.util.List;

/**
 * Renders a {@link BenchReport} as one self-contained HTML page: the tables plus two inline SVG
 * charts (savings per content kind; median latency against input size on log-log axes). No scripts,
 * no external resources, so it opens offline.
 */
public final class HtmlReport {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0;font-size:13px}th,td{border:1px solid #ccc;padding:3px 7px}"
            + "th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}"
            + "svg{background:#fff;border:1px solid #ddd;margin:1em 0}.note{color:#555;font-size:13px}";

    private HtmlReport() {}

    public static String render(BenchReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Headroom benchmark</title><style>")
                .append(STYLE).append("</style></head><body>\n");
        BenchReport.Settings s = r.settings();
        sb.append("<h1>Headroom benchmark</h1>\n<p class=\"note\">Corpus <code>").append(Html.escape(s.corpus()))
                .append("</code>; seed ").append(s.seed()).append("; ").append(s.warmup()).append(" warm-up + ")
                .append(s.repetitions()).append(" timed runs per input on fresh instances; Java ").append(Html.escape(s.java()))
                .append(", ").append(s.cores()).append(" cores, load average ").append(Table.num(s.loadAverage(), 1))
                .append(" at the end. Savings are token-weighted.</p>\n");
        sb.append("<h2>By workload</h2>\n").append(ReportTables.workloads(r).toHtml());
        sb.append("<h2>Savings per content kind (o200k_base)</h2>\n").append(savingsChart(r.kinds()));
        sb.append("<h2>Median latency against input size</h2>\n").append(latencyChart(r.inputs()));
        sb.append("<h2>By content kind</h2>\n").append(ReportTables.kinds(r).toHtml());
        Table traces = ReportTables.agentTraceKinds(r);
        if (!traces.rows().isEmpty()) {
            sb.append("<h2>Agent-trace observations by kind (o200k_base)</h2>\n").append(traces.toHtml());
        }
        Table json = ReportTables.jsonBaselines(r);
        if (!json.rows().isEmpty()) {
            sb.append("<h2>JSON arrays against minified JSON and TOON (o200k_base tokens)</h2>\n").append(json.toHtml());
        }
        if (!r.formats().isEmpty()) {
            sb.append("<h2>Formats (issue 10)</h2>\n<p class=\"note\">").append(Html.escape(MarkdownReport.formatsNote(r))).append("</p>\n")
                    .append(ReportTables.formatFamilies(r).toHtml()).append(ReportTables.formats(r).toHtml());
        }
        Table failures = ReportTables.failures(r);
        sb.append("<h2>Failed probes (").append(failures.rows().size()).append(")</h2>\n")
                .append(failures.rows().isEmpty() ? "<p>None.</p>\n" : failures.toHtml());
        sb.append("<h2>Inputs</h2>\n").append(ReportTables.inputs(r).toHtml());
        return sb.append("</body></html>\n").toString();
    }

    static String savingsChart(List<GroupSummary> kinds) {
        int barH = 22;
        int left = 110;
        int width = 620;
        int plot = width - left - 60;
        int height = 30 + kinds.size() * (barH + 8);
        StringBuilder sb = svgOpen(width, height, "Token savings per content kind");
        for (int i = 0; i <= 4; i++) {
            int x = left + plot * i / 4;
            sb.append(String.format(java.util.Locale.ROOT,
                    "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/><text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%d%%</text>\n",
                    x, x, height - 15, x, height - 3, i * 25));
        }
        int y = 14;
        for (GroupSummary g : kinds) {
            double pct = Math.max(0, g.o200kSavingsPercent());
            int w = (int) Math.round(plot * Math.min(100, pct) / 100.0);
            sb.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4a7bd0\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s%% (%d)</text>\n",
                    left - 6, y + 15, Html.escape(g.group()), left, y, w, barH, left + w + 4, y + 15,
                    Table.num(pct, 1), g.inputs()));
            y += barH + 8;
        }
        return sb.append("</svg>\n").toString();
    }

    static String latencyChart(List<InputReport> inputs) {
        int width = 620;
        int height = 340;
        int left = 60;
        int bottom = height - 40;
        int top = 15;
        int right = width - 20;
        double minX = 1;
        double maxX = 7; // log10 of characters: 10 .. 10M
        double minY = -3;
        double maxY = 4; // log10 of ms: 1 us .. 10 s
        StringBuilder sb = svgOpen(width, height, "Median compression time against input size");
        for (int e = (int) minX; e <= maxX; e++) {
            int x = (int) (left + (e - minX) / (maxX - minX) * (right - left));
            sb.append(String.format(java.util.Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/><text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">1e%d</text>\n",
                    x, top, x, bottom, x, bottom + 14, e));
        }
        for (int e = (int) minY; e <= maxY; e++) {
            int y = (int) (bottom - (e - minY) / (maxY - minY) * (bottom - top));
            sb.append(String.format(java.util.Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/><text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">1e%d</text>\n",
                    left, y, right, y, left - 4, y + 3, e));
        }
        sb.append(String.format(java.util.Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">input size (characters, log scale)</text>"
                        + "<text x=\"14\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">median ms (log scale)</text>\n",
                (left + right) / 2, height - 8, (top + bottom) / 2, (top + bottom) / 2));
        for (InputReport r : inputs) {
            double lx = Math.log10(Math.max(10, r.chars()));
            double ly = Math.log10(Math.max(0.001, r.medianMs()));
            int x = (int) (left + (Math.min(maxX, lx) - minX) / (maxX - minX) * (right - left));
            int y = (int) (bottom - (Math.min(maxY, ly) - minY) / (maxY - minY) * (bottom - top));
            sb.append(String.format(java.util.Locale.ROOT,
                    "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"%s\" fill-opacity=\"0.7\"><title>%s: %d chars, %s ms</title></circle>\n",
                    x, y, r.outcome().equals("COMPRESSED") ? "#d0564a" : "#999", Html.escape(r.name()), r.chars(),
                    Table.num(r.medianMs(), 3)));
        }
        sb.append("<text x=\"").append(right - 190).append("\" y=\"").append(top + 10)
                .append("\" font-size=\"11\"><tspan fill=\"#d0564a\">&#9679; compressed</tspan> <tspan fill=\"#999\">&#9679; passed through</tspan></text>\n");
        return sb.append("</svg>\n").toString();
    }

    private static StringBuilder svgOpen(int width, int height, String title) {
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\"><title>").append(Html.escape(title)).append("</title>\n");
    }
}

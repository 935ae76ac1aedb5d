package dev.headroom.bench.replay;

import dev.headroom.bench.report.Html;
import dev.headroom.bench.report.Table;
import dev.headroom.conversation.RetrieveToolOffer;
import java.util.List;
import java.util.Locale;

/**
 * The replay report as one self-contained HTML page: the tables and an inline SVG chart of each
 * trace's price-weighted input cost with Headroom as a share of the cost without it, per cache model
 * and retrieve offer (LangChain4j runs). No scripts, no external resources.
 */
final class ReplayHtml {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0;font-size:13px}th,td{border:1px solid #ccc;padding:3px 7px}"
            + "th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}"
            + "svg{background:#fff;border:1px solid #ddd;margin:1em 0}.note{color:#555;font-size:13px}";
    private static final String[] COLORS = {"#2f6db5", "#8fb3e0", "#c0504d", "#e6a19f"};

    private ReplayHtml() {}

    static String render(ReplayReport r) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Headroom replay benchmark</title><style>").append(STYLE).append("</style></head><body>\n");
        ReplayReport.Settings s = r.settings();
        sb.append("<h1>Headroom replay benchmark</h1>\n<p class=\"note\">Corpus <code>").append(Html.escape(s.corpus()))
                .append("</code>; seed ").append(s.seed()).append("; tokens counted with ").append(Html.escape(s.tokenizer()))
                .append(" on each request as the provider's API carries it (tools, then system, then messages); costs in"
                        + " full-price-token equivalents under ").append(Html.escape(s.openAi())).append(" and ")
                .append(Html.escape(s.anthropic())).append("; Java ").append(Html.escape(s.java())).append(".</p>\n");
        sb.append("<h2>Cost with Headroom as a share of the cost without it (LangChain4j)</h2>\n").append(chart(r));
        sb.append("<h2>Context budget (").append(s.contextBudget()).append(" tokens) against Headroom without it and the"
                + " provider-style baseline, as a share of the cost without Headroom (LangChain4j)</h2>\n").append(budgetChart(r));
        for (String frontEnd : List.of("langchain4j", "spring-ai")) {
            sb.append("<h2>").append(frontEnd).append(": no Headroom / Headroom / Headroom with the context budget / provider-style"
                    + " baseline</h2>\n").append(r.budget(frontEnd).toHtml());
        }
        for (String frontEnd : List.of("langchain4j", "spring-ai")) {
            sb.append("<h2>").append(frontEnd).append(": no Headroom / Headroom (default offer)</h2>\n").append(r.byTrace(frontEnd).toHtml());
            sb.append("<h2>").append(frontEnd).append(": retrieve tool from the first request / after the first marker</h2>\n")
                    .append(r.offers(frontEnd).toHtml());
        }
        sb.append("<h2>Totals per arm</h2>\n").append(r.arms().toHtml());
        List<String> violations = r.violations(ReplayReport.defaultOffer());
        sb.append("<h2>Traces costing more with Headroom (default offer): ").append(violations.size()).append("</h2>\n");
        sb.append(list(violations));
        List<String> budget = r.budgetViolations();
        sb.append("<h2>Traces costing more with the context budget than without it: ").append(budget.size()).append("</h2>\n")
                .append(list(budget));
        List<String> goal = r.budgetGoalMisses("langchain4j");
        sb.append("<h2>Sessions longer than ").append(ReplayReport.LONG_SESSION_STEPS).append(" steps with the budget: ")
                .append(goal.isEmpty() ? "at most half the cost without Headroom and below the provider-style baseline" : "goal missed")
                .append("</h2>\n").append(goal.isEmpty() ? "" : list(goal));
        return sb.append("</body></html>\n").toString();
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "<p>None.</p>\n" : "<ul>" + items.stream().map(v -> "<li>" + Html.escape(v) + "</li>")
                .reduce("", String::concat) + "</ul>\n";
    }

    /** Per trace, Headroom, Headroom with the budget and the provider-style baseline, relative to no Headroom, under both cache models. */
    static String budgetChart(ReplayReport r) {
        List<String> traces = r.traces();
        int barH = 7;
        int rowH = 6 * barH + 14;
        int left = 250;
        int plot = 420;
        double max = 1.5;
        int width = left + plot + 90;
        int height = 40 + traces.size() * rowH + 55;
        String[] colors = {"#2f6db5", "#7aa6da", "#b8cce8", "#c0504d", "#e08a87", "#f0c4c2"};
        String[] names = {"OpenAI, Headroom", "OpenAI, + budget", "OpenAI, provider clearing", "Anthropic, Headroom",
                "Anthropic, + budget", "Anthropic, provider clearing"};
        StringBuilder sb = new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\"><title>Context budget against Headroom without it and the provider-style baseline</title>\n");
        for (int p = 0; p <= 150; p += 25) {
            int x = left + (int) Math.round(plot * p / 100.0 / max);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"25\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>"
                    + "<text x=\"%d\" y=\"18\" font-size=\"10\" text-anchor=\"middle\">%d%%</text>\n",
                    x, x, height - 55, p == 100 ? "#333" : "#eee", x, p));
        }
        int y = 30;
        for (String trace : traces) {
            RunResult none = r.find(trace, "langchain4j", false, null);
            RunResult[] runs = {r.find(trace, "langchain4j", false, ReplayReport.defaultOffer()), r.findBudget(trace, "langchain4j"),
                    r.findProviderClearing(trace)};
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>\n",
                    left - 6, y + 3 * barH + 4, Html.escape(trace)));
            for (int bar = 0; bar < 6; bar++) {
                RunResult h = runs[bar % 3];
                if (none == null || h == null) {
                    continue;
                }
                boolean openAi = bar < 3;
                double base = openAi ? none.openAiCost() : none.anthropicCost();
                double share = base == 0 ? 1 : (openAi ? h.openAiCost() : h.anthropicCost()) / base;
                int w = (int) Math.round(plot * Math.min(max, share) / max);
                sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s, %s: %s of no Headroom</title></rect><text x=\"%d\" y=\"%d\" font-size=\"8\">%s%%</text>\n",
                        left, y + bar * barH, w, barH - 1, colors[bar], Html.escape(trace), names[bar], Table.num(100 * share, 1) + "%",
                        left + w + 3, y + bar * barH + barH - 1, Table.num(100 * share, 1)));
            }
            y += rowH;
        }
        for (int i = 0; i < names.length; i++) {
            int lx = 10 + (i % 3) * 230;
            int ly = height - 40 + (i / 3) * 16;
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>\n", lx, ly, colors[i], lx + 14, ly + 9,
                    Html.escape(names[i])));
        }
        return sb.append("</svg>\n").toString();
    }

    static String chart(ReplayReport r) {
        List<String> traces = r.traces();
        int barH = 9;
        int rowH = 4 * barH + 14;
        int left = 250;
        int plot = 420;
        double max = 1.5; // 150% of the cost without Headroom
        int width = left + plot + 90;
        int height = 40 + traces.size() * rowH + 40;
        StringBuilder sb = new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\"><title>Cost with Headroom relative to without, per trace</title>\n");
        for (int p = 0; p <= 150; p += 25) {
            int x = left + (int) Math.round(plot * p / 100.0 / max);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"25\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>"
                    + "<text x=\"%d\" y=\"18\" font-size=\"10\" text-anchor=\"middle\">%d%%</text>\n",
                    x, x, height - 40, p == 100 ? "#333" : "#eee", x, p));
        }
        int y = 30;
        RetrieveToolOffer[] offers = {ReplayReport.defaultOffer(), ReplayReport.otherOffer()};
        for (String trace : traces) {
            RunResult none = r.find(trace, "langchain4j", false, null);
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>\n",
                    left - 6, y + 2 * barH + 4, Html.escape(trace)));
            int bar = 0;
            for (int model = 0; model < 2; model++) {
                for (RetrieveToolOffer offer : offers) {
                    RunResult h = r.find(trace, "langchain4j", false, offer);
                    if (none != null && h != null) {
                        double base = model == 0 ? none.openAiCost() : none.anthropicCost();
                        double value = model == 0 ? h.openAiCost() : h.anthropicCost();
                        double share = base == 0 ? 1 : value / base;
                        int w = (int) Math.round(plot * Math.min(max, share) / max);
                        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                                + "<title>%s, %s, %s: %s of no Headroom</title></rect>"
                                + "<text x=\"%d\" y=\"%d\" font-size=\"9\">%s%%</text>\n",
                                left, y + bar * barH, w, barH - 1, COLORS[bar], Html.escape(trace), model == 0 ? "OpenAI" : "Anthropic",
                                offerName(offer), Table.num(100 * share, 1) + "%", left + w + 3, y + bar * barH + barH - 1,
                                Table.num(100 * share, 1)));
                    }
                    bar++;
                }
            }
            y += rowH;
        }
        String[] legend = {"OpenAI, " + offerName(offers[0]) + " (default)", "OpenAI, " + offerName(offers[1]),
                "Anthropic, " + offerName(offers[0]) + " (default)", "Anthropic, " + offerName(offers[1])};
        int lx = 10;
        for (int i = 0; i < legend.length; i++) {
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>\n", lx, height - 25, COLORS[i], lx + 14, height - 16,
                    Html.escape(legend[i])));
            lx += 14 + 6 * legend[i].length() + 12;
        }
        return sb.append("</svg>\n").toString();
    }

    private static String offerName(RetrieveToolOffer offer) {
        return offer == RetrieveToolOffer.FROM_FIRST_REQUEST ? "retrieve from first request" : "retrieve after first marker";
    }
}

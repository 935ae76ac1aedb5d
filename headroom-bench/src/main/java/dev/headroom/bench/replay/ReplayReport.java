package dev.headroom.bench.replay;

import dev.headroom.bench.report.Table;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.RetrieveToolOffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The replay benchmark's results: every run, the comparisons of each Headroom run with the run
 * without Headroom of the same trace, front end and history handling, the tables, and the property
 * checked in strict mode (with the default retrieve offer, no trace costs more than without Headroom,
 * under either cache model).
 */
public record ReplayReport(Settings settings, List<RunResult> results) {

    /** How the runs were made. */
    public record Settings(String corpus, long seed, String tokenizer, String openAi, String anthropic, String java) {}

    public ReplayReport {
        Objects.requireNonNull(settings, "settings");
        results = List.copyOf(results);
    }

    /** The offer the adapters use by default. */
    public static RetrieveToolOffer defaultOffer() {
        return ConversationPolicy.DEFAULT_RETRIEVE_TOOL_OFFER;
    }

    /** The offer that is not the default. */
    public static RetrieveToolOffer otherOffer() {
        return defaultOffer() == RetrieveToolOffer.FROM_FIRST_REQUEST ? RetrieveToolOffer.AFTER_FIRST_MARKER
                : RetrieveToolOffer.FROM_FIRST_REQUEST;
    }

    /** The run of {@code trace} for a front end, history handling and offer (null offer: without Headroom), or null. */
    public RunResult find(String trace, String frontEnd, boolean rebuilds, RetrieveToolOffer offer) {
        for (RunResult r : results) {
            if (r.trace().equals(trace) && r.frontEnd().equals(frontEnd) && r.rebuildsHistory() == rebuilds && r.offer() == offer) {
                return r;
            }
        }
        return null;
    }

    /** The traces, in run order. */
    public List<String> traces() {
        List<String> out = new ArrayList<>();
        for (RunResult r : results) {
            if (!out.contains(r.trace())) {
                out.add(r.trace());
            }
        }
        return out;
    }

    /** Every run with {@code offer} that costs more than the same run without Headroom, under either cache model. */
    public List<String> violations(RetrieveToolOffer offer) {
        List<String> out = new ArrayList<>();
        for (RunResult h : results) {
            if (h.offer() != offer) {
                continue;
            }
            RunResult none = find(h.trace(), h.frontEnd(), h.rebuildsHistory(), null);
            if (none == null) {
                continue;
            }
            String where = h.trace() + " (" + h.frontEnd() + (h.rebuildsHistory() ? ", history rebuilt" : "") + ")";
            if (h.openAiCost() > none.openAiCost() + 1e-9) {
                out.add(where + ": OpenAI " + Table.num(h.openAiCost(), 1) + " > " + Table.num(none.openAiCost(), 1));
            }
            if (h.anthropicCost() > none.anthropicCost() + 1e-9) {
                out.add(where + ": Anthropic " + Table.num(h.anthropicCost(), 1) + " > " + Table.num(none.anthropicCost(), 1));
            }
        }
        return out;
    }

    /** Per trace, without Headroom against Headroom with the default offer, for one front end. */
    public Table byTrace(String frontEnd) {
        Table t = new Table(List.of("trace", "steps", "requests", "append-only %", "raw tokens", "raw saved %",
                "OpenAI cost", "OpenAI vs none", "Anthropic cost", "Anthropic vs none", "retrieve-round tokens"));
        long[] sums = new long[4];
        double[] costs = new double[4];
        int steps = 0;
        int compared = 0;
        int[] requests = new int[2];
        int[] ext = new int[2];
        for (String trace : traces()) {
            RunResult none = find(trace, frontEnd, false, null);
            RunResult h = find(trace, frontEnd, false, defaultOffer());
            if (none == null || h == null) {
                continue;
            }
            t.row(row(trace, none.steps(), none, h));
            compared++;
            steps += none.steps();
            requests[0] += none.requests();
            requests[1] += h.requests();
            ext[0] += none.extensions();
            ext[1] += h.extensions();
            sums[0] += none.rawTokens();
            sums[1] += h.rawTokens();
            sums[2] += h.retrieveRoundTokens();
            costs[0] += none.openAiCost();
            costs[1] += h.openAiCost();
            costs[2] += none.anthropicCost();
            costs[3] += h.anthropicCost();
        }
        t.row(List.of("TOTAL", String.valueOf(steps), requests[0] + " / " + requests[1],
                pct(ext[0], requests[0] - compared) + " / " + pct(ext[1], requests[1] - compared),
                sums[0] + " / " + sums[1], Table.num(100.0 * (sums[0] - sums[1]) / Math.max(1, sums[0]), 1),
                k(costs[0]) + " / " + k(costs[1]), delta(costs[1], costs[0]),
                k(costs[2]) + " / " + k(costs[3]), delta(costs[3], costs[2]), String.valueOf(sums[2])));
        return t;
    }

    private static List<String> row(String trace, int steps, RunResult none, RunResult h) {
        return List.of(trace, String.valueOf(steps), none.requests() + " / " + h.requests(),
                Table.num(100 * none.appendOnlyRate(), 0) + " / " + Table.num(100 * h.appendOnlyRate(), 0),
                none.rawTokens() + " / " + h.rawTokens(),
                Table.num(100.0 * (none.rawTokens() - h.rawTokens()) / Math.max(1, none.rawTokens()), 1),
                k(none.openAiCost()) + " / " + k(h.openAiCost()), delta(h.openAiCost(), none.openAiCost()),
                k(none.anthropicCost()) + " / " + k(h.anthropicCost()), delta(h.anthropicCost(), none.anthropicCost()),
                String.valueOf(h.retrieveRoundTokens()));
    }

    /** Per trace, the two retrieve offers side by side (one front end): how each keeps the tools and what it costs. */
    public Table offers(String frontEnd) {
        Table t = new Table(List.of("trace", "append-only % (first / marker)", "tools changed (first / marker)",
                "OpenAI vs none (first / marker)", "Anthropic vs none (first / marker)"));
        for (String trace : traces()) {
            RunResult none = find(trace, frontEnd, false, null);
            RunResult first = find(trace, frontEnd, false, RetrieveToolOffer.FROM_FIRST_REQUEST);
            RunResult marker = find(trace, frontEnd, false, RetrieveToolOffer.AFTER_FIRST_MARKER);
            if (none == null || first == null || marker == null) {
                continue;
            }
            t.row(List.of(trace, Table.num(100 * first.appendOnlyRate(), 0) + " / " + Table.num(100 * marker.appendOnlyRate(), 0),
                    first.toolsChanges() + " / " + marker.toolsChanges(),
                    delta(first.openAiCost(), none.openAiCost()) + " / " + delta(marker.openAiCost(), none.openAiCost()),
                    delta(first.anthropicCost(), none.anthropicCost()) + " / " + delta(marker.anthropicCost(), none.anthropicCost())));
        }
        return t;
    }

    /** Totals per arm over all traces. */
    public Table arms() {
        Map<String, List<RunResult>> byArm = new LinkedHashMap<>();
        for (RunResult r : results) {
            byArm.computeIfAbsent(label(r), k -> new ArrayList<>()).add(r);
        }
        Table t = new Table(List.of("arm", "traces", "requests", "append-only %", "raw tokens", "OpenAI cost", "Anthropic cost",
                "retrieve rounds", "replays", "histories rebuilt", "traces above no Headroom"));
        byArm.forEach((arm, runs) -> {
            int requests = runs.stream().mapToInt(RunResult::requests).sum();
            int ext = runs.stream().mapToInt(RunResult::extensions).sum();
            int pairs = runs.stream().mapToInt(r -> Math.max(0, r.requests() - 1)).sum();
            long above = runs.stream().filter(r -> r.headroom() && isAbove(r)).count();
            t.row(List.of(arm, String.valueOf(runs.size()), String.valueOf(requests), pct(ext, pairs),
                    String.valueOf(runs.stream().mapToLong(RunResult::rawTokens).sum()),
                    k(runs.stream().mapToDouble(RunResult::openAiCost).sum()),
                    k(runs.stream().mapToDouble(RunResult::anthropicCost).sum()),
                    String.valueOf(runs.stream().mapToInt(RunResult::retrieveRounds).sum()),
                    String.valueOf(runs.stream().mapToLong(RunResult::replays).sum()),
                    String.valueOf(runs.stream().mapToLong(RunResult::historiesRebuilt).sum()),
                    runs.get(0).headroom() ? String.valueOf(above) : "-"));
        });
        return t;
    }

    private boolean isAbove(RunResult h) {
        RunResult none = find(h.trace(), h.frontEnd(), h.rebuildsHistory(), null);
        return none != null && (h.openAiCost() > none.openAiCost() + 1e-9 || h.anthropicCost() > none.anthropicCost() + 1e-9);
    }

    static String label(RunResult r) {
        return r.frontEnd() + (r.rebuildsHistory() ? " (history rebuilt)" : "") + ": "
                + (r.offer() == null ? "no Headroom" : "Headroom, " + (r.offer() == RetrieveToolOffer.FROM_FIRST_REQUEST
                        ? "retrieve from first request" : "retrieve after first marker") + (r.offer() == defaultOffer() ? " (default)" : ""));
    }

    /** Thousands of full-price-token equivalents, one decimal. */
    static String k(double tokens) {
        return Table.num(tokens / 1000.0, 1) + "k";
    }

    static String delta(double value, double base) {
        if (base == 0) {
            return "0.0%";
        }
        double d = 100.0 * (value - base) / base;
        return (d > 0 ? "+" : "") + Table.num(d, 1) + "%";
    }

    /** {@code part} of {@code whole} in percent, no decimals; 100 when there is nothing to compare. */
    private static String pct(int part, int whole) {
        return Table.num(whole <= 0 ? 100 : 100.0 * part / whole, 0);
    }
}

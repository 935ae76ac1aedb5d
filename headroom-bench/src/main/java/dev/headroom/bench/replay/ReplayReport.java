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
 * without Headroom of the same trace, front end and history handling, the context budget against
 * Headroom without it, no Headroom and the provider-style baseline, the tables, and the properties
 * checked in strict mode (with the default retrieve offer, no trace costs more than without Headroom;
 * with the budget, no trace costs more than without it; both under either cache model).
 */
public record ReplayReport(Settings settings, List<RunResult> results) {

    /** How the runs were made. */
    public record Settings(String corpus, long seed, String tokenizer, String openAi, String anthropic, String java, int contextBudget) {}

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

    /**
     * The run of {@code trace} for a front end, history handling and offer (null offer: without Headroom),
     * without a context budget or provider clearing, or null.
     */
    public RunResult find(String trace, String frontEnd, boolean rebuilds, RetrieveToolOffer offer) {
        for (RunResult r : results) {
            if (r.trace().equals(trace) && r.frontEnd().equals(frontEnd) && r.rebuildsHistory() == rebuilds && r.offer() == offer
                    && r.contextBudget() == 0 && !r.providerClearing()) {
                return r;
            }
        }
        return null;
    }

    /** The run of {@code trace} through {@code frontEnd} with a context budget, or null. */
    public RunResult findBudget(String trace, String frontEnd) {
        for (RunResult r : results) {
            if (r.trace().equals(trace) && r.frontEnd().equals(frontEnd) && r.contextBudget() > 0) {
                return r;
            }
        }
        return null;
    }

    /** The provider-style baseline's run of {@code trace}, or null. */
    public RunResult findProviderClearing(String trace) {
        for (RunResult r : results) {
            if (r.trace().equals(trace) && r.providerClearing()) {
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
            if (h.offer() != offer || h.contextBudget() > 0) {
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

    /** Every run with a context budget that costs more than Headroom without it (same trace, front end), under either cache model. */
    public List<String> budgetViolations() {
        List<String> out = new ArrayList<>();
        for (RunResult b : results) {
            if (b.contextBudget() == 0) {
                continue;
            }
            RunResult h = find(b.trace(), b.frontEnd(), false, b.offer());
            if (h == null) {
                continue;
            }
            String where = b.trace() + " (" + b.frontEnd() + ", budget " + b.contextBudget() + ")";
            if (b.openAiCost() > h.openAiCost() + 1e-9) {
                out.add(where + ": OpenAI " + Table.num(b.openAiCost(), 1) + " > " + Table.num(h.openAiCost(), 1));
            }
            if (b.anthropicCost() > h.anthropicCost() + 1e-9) {
                out.add(where + ": Anthropic " + Table.num(b.anthropicCost(), 1) + " > " + Table.num(h.anthropicCost(), 1));
            }
        }
        return out;
    }

    /** Traces with more than this many steps count as long sessions (the budget's goal is stated for them). */
    public static final int LONG_SESSION_STEPS = 50;

    /**
     * Per trace (LangChain4j), side by side under both cache models: no Headroom, Headroom without a
     * budget, Headroom with the budget, and the provider-style baseline; then the total over every
     * trace and over the long sessions.
     */
    public Table budget(String frontEnd) {
        Table t = new Table(List.of("trace", "steps", "cuts", "OpenAI: none / Headroom / +budget / provider", "budget vs none",
                "budget vs provider", "Anthropic: none / Headroom / +budget / provider", "budget vs none ", "budget vs provider "));
        double[] all = new double[8];
        double[] longOnes = new double[8];
        int steps = 0;
        int longSteps = 0;
        long cuts = 0;
        long longCuts = 0;
        for (String trace : traces()) {
            RunResult[] r = budgetRuns(trace, frontEnd);
            if (r == null) {
                continue;
            }
            double[] c = costs(r);
            t.row(budgetRow(trace, String.valueOf(r[0].steps()), r[2].cuts(), c));
            add(all, c);
            steps += r[0].steps();
            cuts += r[2].cuts();
            if (r[0].steps() > LONG_SESSION_STEPS) {
                add(longOnes, c);
                longSteps += r[0].steps();
                longCuts += r[2].cuts();
            }
        }
        t.row(budgetRow("TOTAL", String.valueOf(steps), cuts, all));
        t.row(budgetRow("TOTAL, sessions > " + LONG_SESSION_STEPS + " steps", String.valueOf(longSteps), longCuts, longOnes));
        return t;
    }

    /**
     * Whether the budget's goal holds on the long sessions taken together, for {@code frontEnd}: under
     * both cache models at most half the cost without Headroom and below the provider-style baseline.
     */
    public List<String> budgetGoalMisses(String frontEnd) {
        double[] longOnes = new double[8];
        for (String trace : traces()) {
            RunResult[] r = budgetRuns(trace, frontEnd);
            if (r != null && r[0].steps() > LONG_SESSION_STEPS) {
                add(longOnes, costs(r));
            }
        }
        List<String> out = new ArrayList<>();
        String[] models = {"OpenAI", "Anthropic"};
        for (int m = 0; m < 2; m++) {
            double none = longOnes[4 * m];
            double budget = longOnes[4 * m + 2];
            double provider = longOnes[4 * m + 3];
            if (none == 0) {
                out.add("no long session was replayed");
                return out;
            }
            if (budget > none / 2) {
                out.add(models[m] + ": " + k(budget) + " is more than half of " + k(none) + " without Headroom");
            }
            if (budget >= provider) {
                out.add(models[m] + ": " + k(budget) + " is not below the provider-style baseline's " + k(provider));
            }
        }
        return out;
    }

    /** No Headroom, Headroom, Headroom with the budget, provider clearing; null when one is missing. */
    private RunResult[] budgetRuns(String trace, String frontEnd) {
        RunResult[] r = {find(trace, frontEnd, false, null), find(trace, frontEnd, false, defaultOffer()),
                findBudget(trace, frontEnd), findProviderClearing(trace)};
        for (RunResult x : r) {
            if (x == null) {
                return null;
            }
        }
        return r;
    }

    /** OpenAI then Anthropic costs of the four runs. */
    private static double[] costs(RunResult[] r) {
        double[] c = new double[8];
        for (int i = 0; i < 4; i++) {
            c[i] = r[i].openAiCost();
            c[4 + i] = r[i].anthropicCost();
        }
        return c;
    }

    private static void add(double[] sum, double[] c) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += c[i];
        }
    }

    private static List<String> budgetRow(String trace, String steps, long cuts, double[] c) {
        return List.of(trace, steps, String.valueOf(cuts), k(c[0]) + " / " + k(c[1]) + " / " + k(c[2]) + " / " + k(c[3]),
                delta(c[2], c[0]), delta(c[2], c[3]), k(c[4]) + " / " + k(c[5]) + " / " + k(c[6]) + " / " + k(c[7]),
                delta(c[6], c[4]), delta(c[6], c[7]));
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

    /**
     * Totals per arm over all traces. The last column counts the traces on which a Headroom arm costs
     * more than its baseline under either cache model: no Headroom, or for an arm with a context
     * budget, the same front end with Headroom and no budget.
     */
    public Table arms() {
        Map<String, List<RunResult>> byArm = new LinkedHashMap<>();
        for (RunResult r : results) {
            byArm.computeIfAbsent(label(r), k -> new ArrayList<>()).add(r);
        }
        Table t = new Table(List.of("arm", "traces", "requests", "append-only %", "raw tokens", "OpenAI cost", "Anthropic cost",
                "retrieve rounds", "replays", "histories rebuilt", "cuts", "traces above baseline"));
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
                    String.valueOf(runs.stream().mapToLong(RunResult::cuts).sum()),
                    runs.get(0).headroom() ? String.valueOf(above) : "-"));
        });
        return t;
    }

    private boolean isAbove(RunResult h) {
        RunResult none = h.contextBudget() > 0 ? find(h.trace(), h.frontEnd(), false, h.offer())
                : find(h.trace(), h.frontEnd(), h.rebuildsHistory(), null);
        return none != null && (h.openAiCost() > none.openAiCost() + 1e-9 || h.anthropicCost() > none.anthropicCost() + 1e-9);
    }

    static String label(RunResult r) {
        if (r.providerClearing()) {
            return r.frontEnd() + ": no Headroom, provider clears tool results past " + ProviderClearing.TRIGGER_TOKENS / 1000
                    + "k tokens (keep " + ProviderClearing.KEEP + ")";
        }
        return r.frontEnd() + (r.rebuildsHistory() ? " (history rebuilt)" : "") + ": "
                + (r.offer() == null ? "no Headroom" : "Headroom, " + (r.offer() == RetrieveToolOffer.FROM_FIRST_REQUEST
                        ? "retrieve from first request" : "retrieve after first marker") + (r.offer() == defaultOffer() ? " (default)" : ""))
                + (r.contextBudget() > 0 ? ", context budget " + r.contextBudget() : "");
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

package dev.headroom.bench.relevance;

import dev.headroom.bench.report.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The outcome of a relevance evaluation and its tables: kept-inline %, o200k savings % and mean time
 * per call, lexical against the scorer, overall, per unit kind, by overlap and by split.
 */
public record RelevanceResults(String scorerId, String scorerName, List<RelevanceResult> results) {

    public RelevanceResults {
        results = List.copyOf(results);
    }

    /** Whether a scorer with the requested id was on the classpath. */
    public boolean scorerAvailable() {
        return scorerName != null;
    }

    /** The groups of the summary table, in order, by name. */
    public Map<String, List<RelevanceResult>> groups() {
        Map<String, List<RelevanceResult>> g = new LinkedHashMap<>();
        g.put("all", results);
        for (UnitKind k : UnitKind.values()) {
            add(g, k.id(), r -> r.question().kind() == k);
        }
        add(g, "no overlap", RelevanceResult::noOverlap);
        add(g, "overlap", r -> !r.noOverlap());
        add(g, "written-on", r -> !r.heldOut());
        add(g, "held-out", RelevanceResult::heldOut);
        add(g, "held-out, no overlap", r -> r.heldOut() && r.noOverlap());
        return g;
    }

    private void add(Map<String, List<RelevanceResult>> g, String name, Predicate<RelevanceResult> p) {
        List<RelevanceResult> rs = results.stream().filter(p).toList();
        if (!rs.isEmpty()) {
            g.put(name, rs);
        }
    }

    /** The summary: one row per group. */
    public Table summary() {
        String s = scorerId;
        Table t = new Table(List.of("questions", "n", "kept lexical", "kept " + s, "saved lexical", "saved " + s,
                "ms/call lexical", "ms/call " + s));
        groups().forEach((name, rs) -> t.row(List.of(name, Integer.toString(rs.size()),
                pct(kept(rs, false), rs.size()), scorerAvailable() ? pct(kept(rs, true), rs.size()) : "n/a",
                saved(rs, false), scorerAvailable() ? saved(rs, true) : "n/a",
                Table.num(meanMs(rs, false), 1), scorerAvailable() ? Table.num(meanMs(rs, true), 1) : "n/a")));
        return t;
    }

    /** One row per question: input, kind, shared terms, split, and the two verdicts. */
    public Table perQuestion() {
        Table t = new Table(List.of("id", "input", "kind", "shared terms", "split", "lexical", scorerId));
        for (RelevanceResult r : results) {
            t.row(List.of(r.question().id(), r.question().inputKey(), r.question().kind().id(),
                    r.noOverlap() ? "(none)" : String.join(" ", r.shared()), r.heldOut() ? "held-out" : "written-on",
                    verdict(r.lexical()), r.scorer() == null ? "n/a" : verdict(r.scorer())));
        }
        return t;
    }

    private static String verdict(RelevanceEval.Arm a) {
        return a.kept() ? "kept" : "LOST";
    }

    static int kept(List<RelevanceResult> rs, boolean scorer) {
        int n = 0;
        for (RelevanceResult r : rs) {
            RelevanceEval.Arm a = scorer ? r.scorer() : r.lexical();
            n += a != null && a.kept() ? 1 : 0;
        }
        return n;
    }

    private static String saved(List<RelevanceResult> rs, boolean scorer) {
        long before = 0;
        long after = 0;
        for (RelevanceResult r : rs) {
            RelevanceEval.Arm a = scorer ? r.scorer() : r.lexical();
            before += r.tokensBefore();
            after += a.tokensAfter();
        }
        return before == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * (before - after) / before);
    }

    private static double meanMs(List<RelevanceResult> rs, boolean scorer) {
        double sum = 0;
        for (RelevanceResult r : rs) {
            sum += (scorer ? r.scorer() : r.lexical()).millis();
        }
        return rs.isEmpty() ? 0 : sum / rs.size();
    }

    private static String pct(int n, int of) {
        return String.format(Locale.ROOT, "%.0f%% (%d)", 100.0 * n / of, n);
    }

    /** The figures for report.json: per group and per question. */
    public Map<String, Object> toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scorerId", scorerId);
        root.put("scorer", scorerAvailable() ? scorerName : "not available");
        List<Map<String, Object>> groups = new ArrayList<>();
        groups().forEach((name, rs) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", name);
            m.put("questions", rs.size());
            m.put("keptLexical", kept(rs, false));
            m.put("keptScorer", scorerAvailable() ? kept(rs, true) : null);
            m.put("savedLexical", saved(rs, false));
            m.put("savedScorer", scorerAvailable() ? saved(rs, true) : null);
            m.put("meanMsLexical", meanMs(rs, false));
            m.put("meanMsScorer", scorerAvailable() ? meanMs(rs, true) : null);
            groups.add(m);
        });
        root.put("groups", groups);
        List<Map<String, Object>> qs = new ArrayList<>();
        for (RelevanceResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.question().id());
            m.put("input", r.question().inputKey());
            m.put("kind", r.question().kind().id());
            m.put("shared", r.shared());
            m.put("heldOut", r.heldOut());
            m.put("tokensBefore", r.tokensBefore());
            m.put("lexical", r.lexical());
            m.put("scorer", r.scorer());
            qs.add(m);
        }
        root.put("questions", qs);
        return root;
    }
}

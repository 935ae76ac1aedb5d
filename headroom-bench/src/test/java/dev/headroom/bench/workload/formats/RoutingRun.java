package dev.headroom.bench.workload.formats;

import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.bench.BenchInput;
import dev.headroom.bench.corpus.AgentTraces;
import dev.headroom.bench.corpus.CorpusReader;
import dev.headroom.bench.report.FormatReport;
import dev.headroom.bench.report.Table;
import dev.headroom.detect.ContentKind;
import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compresses every format sample (and every corpus input) once on a fresh default {@link Headroom},
 * routed by detection as in production, and keeps what the routing tests print and check: the kind
 * and strategy chosen (the strategy names the compressor and, for a pass-through, why), savings, and
 * for samples and corpus logs what of the ground truth was kept.
 */
final class RoutingRun {

    private static final TokenCounter O200K = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);

    /** One routed input: what was expected, what happened, what was kept, and the bars it misses. */
    record Row(String name, String group, String expected, boolean routedAsExpected, String kind, String strategy, String outcome,
            int o200kBefore, int o200kAfter, String kept, List<String> misses, FormatReport report) {}

    private RoutingRun() {}

    /** Every sample compressed once (determinism is the benchmark's {@code deterministic} probe's job). */
    static List<Row> samples(List<FormatSample> samples) {
        List<Row> out = new ArrayList<>();
        for (FormatSample s : samples) {
            BenchInput in = FormatsWorkload.input(s);
            // no time budget: the bars judge what compression keeps, which must not depend on the machine's load
            CompressionResult r = Headroom.builder().timeBudget(java.time.Duration.ZERO).build().compress(in.text(), in.hints());
            int before = O200K.count(s.text());
            int after = r.compressed() ? O200K.count(r.text()) : before;
            FormatReport f = FormatFidelity.measure(s, r.kind(), r.strategy(), r.outcome().name(), r.text(), before, after, 0);
            out.add(row(f, s.family().id()));
        }
        return out;
    }

    private static Row row(FormatReport f, String group) {
        String kept = "templates " + f.templatesKept() + "/" + f.templates() + ", errors " + f.errorTemplatesKept() + "/" + f.errorTemplates()
                + ", anomalies " + f.anomaliesKept() + "/" + f.anomalies() + (f.fileHeaders() == 0 ? "" : ", headers " + f.fileHeadersKept() + "/" + f.fileHeaders());
        return new Row(f.name(), group, f.expected(), f.routedAsExpected(), f.kind(), f.strategy(), f.outcome(), f.o200kBefore(), f.o200kAfter(),
                kept, f.misses(), f);
    }

    /**
     * Every corpus input under {@code root}, with the routing it must get: logs the log or line-template
     * kind, GitHub responses a JSON kind, diffs the diff kind, agent file views ({@code [File: ...]}) code or
     * a line-oriented kind; other agent observations, and inputs below the compression threshold (which
     * pass through wherever they are routed), are printed without an expectation.
     */
    static List<Row> corpus(Path root) {
        List<Row> out = new ArrayList<>();
        for (BenchInput in : CorpusReader.read(root)) {
            // no time budget: the bars judge what compression keeps, which must not depend on the machine's load
            CompressionResult r = Headroom.builder().timeBudget(java.time.Duration.ZERO).build().compress(in.text(), in.hints());
            int before = O200K.count(in.text());
            int after = r.compressed() ? O200K.count(r.text()) : before;
            if (in.workload().equals("corpus/logs") && !in.lineEvents().isEmpty()) {
                FormatSample s = new FormatSample(in.name(), Family.LOG, Route.LINE_TEMPLATE, in.text(), in.lineEvents(), Set.of(), Set.of(), List.of(), List.of());
                out.add(row(FormatFidelity.measure(s, r.kind(), r.strategy(), r.outcome().name(), r.text(), before, after, 0), in.workload()));
                continue;
            }
            String expected;
            Predicate<ContentKind> ok;
            if (r.outcome() == Outcome.BELOW_THRESHOLD) {
                // too small to compress: where it would have gone does not matter
                expected = "(below threshold)";
                ok = k -> true;
            } else if (in.workload().equals("corpus/github")) {
                expected = "a JSON kind";
                ok = ContentKind::isJson;
            } else if (in.workload().equals("corpus/diffs")) {
                expected = Route.DIFF.description();
                ok = Route.DIFF::accepts;
            } else if (in.workload().equals(AgentTraces.WORKLOAD) && in.text().startsWith("[File: ")) {
                expected = Route.CODE_OR_LINES.description();
                ok = Route.CODE_OR_LINES::accepts;
            } else if (in.workload().equals("corpus/logs")) {
                expected = Route.LINE_TEMPLATE.description();
                ok = Route.LINE_TEMPLATE::accepts;
            } else {
                expected = "(none)";
                ok = k -> true;
            }
            boolean routed = ok.test(r.kind());
            out.add(new Row(in.name(), in.workload(), expected, routed, r.kind().id(), r.strategy(), r.outcome().name(), before, after, "",
                    routed ? List.of() : List.of("routed " + r.kind().id() + ", expected " + expected), null));
        }
        return out;
    }

    /**
     * The rows as an aligned table: input, group, routed kind ({@code (!)} when not as expected), strategy
     * (the reason), outcome, savings, what was kept, bars missed (a misroute names the expected route).
     */
    static String table(List<Row> rows) {
        Table t = new Table(List.of("input", "group", "routed kind", "strategy (reason)", "outcome", "o200k before", "o200k after", "saved %", "kept",
                "bars missed"));
        for (Row r : rows) {
            t.row(List.of(r.name(), r.group(), r.kind() + (r.routedAsExpected() ? "" : " (!)"), r.strategy(), r.outcome(),
                    Integer.toString(r.o200kBefore()), Integer.toString(r.o200kAfter()),
                    Table.num(r.o200kBefore() == 0 ? 0 : 100.0 * (r.o200kBefore() - r.o200kAfter()) / r.o200kBefore(), 1), r.kept(),
                    r.misses().isEmpty() ? "-" : String.join("; ", r.misses())));
        }
        return t.toText();
    }

    /** The corpus folder from {@code HEADROOM_CORPUS}, or null when it is not set. */
    static Path corpusRoot() {
        String c = System.getenv("HEADROOM_CORPUS");
        return c == null || c.isBlank() ? null : Path.of(c);
    }
}

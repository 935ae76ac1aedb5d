package dev.headroom.bench;

import dev.headroom.Headroom;
import dev.headroom.bench.corpus.CorpusReader;
import dev.headroom.bench.relevance.QuestionSet;
import dev.headroom.bench.relevance.RelevanceEval;
import dev.headroom.bench.relevance.RelevanceResults;
import dev.headroom.bench.report.BenchReport;
import dev.headroom.bench.report.InputReport;
import dev.headroom.bench.report.ReportTables;
import dev.headroom.bench.report.ReportWriter;
import dev.headroom.bench.report.Table;
import dev.headroom.bench.workload.Workloads;
import dev.headroom.bench.workload.formats.FormatSample;
import dev.headroom.bench.workload.formats.FormatSamples;
import dev.headroom.bench.workload.formats.FormatsWorkload;
import dev.headroom.detect.ContentKind;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code headroom bench}: compresses the corpus and the seeded workloads as in production, prints a
 * savings/fidelity/latency table, and writes {@code report.md}, {@code report.json} and
 * {@code report.html}; with {@code --strict} exits 1 when a probe fails. Run directly (see BENCHMARKS.md) with
 * {@code ./mvnw -q -B -pl headroom-bench -am package -DskipTests -Prun-bench -Dbench.args="--corpus DIR --out bench-out"}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure savings, fidelity probes and latency on the corpus and the seeded workloads.")
public final class BenchCommand implements Callable<Integer> {

    /**
     * Workloads whose probe failures are reported (tables, failure list) but do not make {@code --strict}
     * exit 1. The formats workload's per-input probes are stricter than issue 10's bars (a verbatim line
     * of 98% of the templates of every short sample, every planted anomaly verbatim); those bars, as
     * the issue words them, are asserted by {@code FormatRoutingTest} in the test suite instead.
     */
    static final Set<String> REPORT_ONLY = Set.of(FormatsWorkload.NAME);

    /**
     * The relevance evaluation (issue 16): runs only when named with {@code --workload relevance} and a
     * corpus is given, since with a meaning-aware scorer it embeds every unit of every question's input.
     */
    static final String RELEVANCE = "relevance";

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:HEADROOM_CORPUS}",
            description = "Corpus folder (logs/, github/, diffs/, agent-traces/); default $HEADROOM_CORPUS. Without one only the seeded workloads run.")
    Path corpus;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-out", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--strict", description = "Exit with status 1 if any probe fails.")
    boolean strict;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated workloads (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed runs per input, after one untimed pass over all inputs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--reps", defaultValue = "5", description = "Timed runs per input, each on a fresh instance (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--workload", paramLabel = "NAME",
            description = "Run only this workload (repeatable): corpus (all corpus folders) or corpus/logs etc., code-search, sre-incident, "
                    + "issue-triage, codebase-exploration, formats, relevance (only on request). Default: all but relevance.")
    List<String> only = new ArrayList<>();

    @Option(names = "--relevance-scorer", paramLabel = "ID", defaultValue = "onnx",
            description = "Scorer id the relevance workload compares with lexical (default: ${DEFAULT-VALUE}); n/a when no provider has it.")
    String relevanceScorer;

    @Option(names = "--save-outputs", description = "Also write every compressed output under <out>/outputs/ for inspection.")
    boolean saveOutputs;

    @Option(names = "--no-progress", description = "No progress bar on stderr.")
    boolean noProgress;

    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Supplier<Headroom> factory;

    /** Measures with no time budget: the figures are the compressors' own, and every rerun is byte-identical. */
    public BenchCommand() {
        this(System.out, System.err, () -> Headroom.builder().timeBudget(Duration.ZERO).build());
    }

    /** A command printing to the given streams and measuring instances from {@code factory} (for tests). */
    BenchCommand(PrintStream stdout, PrintStream stderr, Supplier<Headroom> factory) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.factory = factory;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    /** Whether {@code workload} is selected by {@code --workload} (everything when the option is absent). */
    private boolean selected(String workload) {
        return only.isEmpty() || only.stream().anyMatch(name -> matches(workload, name));
    }

    private static boolean matches(String workload, String name) {
        return workload.equals(name) || workload.startsWith(name + "/");
    }

    @Override
    public Integer call() throws Exception {
        List<BenchInput> inputs = new ArrayList<>();
        String corpusName = "(none)";
        if (corpus != null && !corpus.toString().isBlank()) {
            if (!Files.isDirectory(corpus)) {
                stderr.println("headroom bench: corpus folder " + corpus + " does not exist");
                return 2;
            }
            inputs.addAll(CorpusReader.read(corpus));
            corpusName = corpus.toString();
        } else {
            stderr.println("headroom bench: no --corpus and no HEADROOM_CORPUS; running the seeded workloads only");
        }
        inputs.addAll(Workloads.all(seed));
        List<FormatSample> formatSamples = selected(FormatsWorkload.NAME) ? FormatSamples.all(seed) : List.of();
        for (FormatSample s : formatSamples) {
            inputs.add(FormatsWorkload.input(s));
        }
        List<String> known = new ArrayList<>(inputs.stream().map(BenchInput::workload).distinct().toList());
        if (!known.contains(FormatsWorkload.NAME)) {
            known.add(FormatsWorkload.NAME);
        }
        known.add(RELEVANCE);
        boolean relevance = only.contains(RELEVANCE);
        if (relevance && (corpus == null || corpus.toString().isBlank())) {
            stderr.println("headroom bench: the relevance workload needs --corpus or HEADROOM_CORPUS");
            return 2;
        }
        for (String name : only) {
            if (known.stream().noneMatch(w -> matches(w, name)) && !name.equals("corpus") && !name.startsWith("corpus/")) {
                stderr.println("headroom bench: unknown workload '" + name + "'; known: " + String.join(", ", known));
                return 2;
            }
        }
        inputs.removeIf(in -> !selected(in.workload()));

        List<InputReport> results;
        BenchRunner runner = new BenchRunner(factory, warmup, reps);
        Path dir = out.resolve("outputs");
        if (saveOutputs) {
            Files.createDirectories(dir);
        }
        Map<String, String> formatOutputs = new HashMap<>();
        runner.outputSink((in, text) -> {
            if (in.workload().equals(FormatsWorkload.NAME)) {
                formatOutputs.put(in.name(), text);
            }
            if (saveOutputs) {
                try {
                    Files.writeString(dir.resolve(in.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".txt"), text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        if (noProgress) {
            results = runner.run(inputs, in -> { });
        } else {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("bench").setInitialMax(inputs.size())
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(stderr))
                    .continuousUpdate().build()) {
                bar.setExtraMessage(warmup > 0 ? "warm-up pass over all inputs" : "");
                results = runner.run(inputs, in -> {
                    bar.step();
                    bar.setExtraMessage(in.name());
                });
            }
        }
        List<String> kindOrder = new ArrayList<>();
        for (ContentKind k : ContentKind.values()) {
            kindOrder.add(k.id());
        }
        BenchReport report = BenchReport.of(new BenchReport.Settings(corpusName, seed, warmup, reps,
                factory.get().config().tokenizer().id(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()), results, kindOrder)
                .withFormats(FormatsWorkload.reports(formatSamples, results, formatOutputs))
                .withReportOnly(REPORT_ONLY);
        if (relevance) {
            RelevanceResults rel = new RelevanceEval(corpus, relevanceScorer).run(QuestionSet.load());
            report = report.withRelevance(rel);
        }
        if (!results.isEmpty()) { // with --workload relevance alone there is no workload table to print
            stdout.print(ReportTables.workloads(report).toText());
            stdout.println("(o200k_base and cl100k_base tokens; probes: Headroom's passes/failures; truncation fails: probes failed by"
                    + " keeping the first N o200k tokens, N = Headroom's output size; load average "
                    + Table.num(report.settings().loadAverage(), 1) + " on " + report.settings().cores() + " cores)");
        }
        Table traces = ReportTables.agentTraceKinds(report);
        if (!traces.rows().isEmpty()) {
            stdout.println();
            stdout.println("Agent-trace observations by routed kind (o200k_base):");
            stdout.print(traces.toText());
        }
        if (!ReportTables.jsonBaselines(report).rows().isEmpty()) {
            stdout.println();
            stdout.print(ReportTables.jsonBaselines(report).toText());
        }
        if (!report.formats().isEmpty()) {
            stdout.println();
            stdout.println("Formats (issue 10; samples of formats the corpus lacks; " + (REPORT_ONLY.contains(FormatsWorkload.NAME)
                    ? "report-only: per-input probes stricter than the issue's bars, which FormatRoutingTest asserts" : "counted by --strict") + "):");
            stdout.print(ReportTables.formatFamilies(report).toText());
            stdout.print(ReportTables.formats(report).toText());
        }
        if (report.relevance() != null) {
            RelevanceResults rel = report.relevance();
            stdout.println();
            stdout.println("Relevance (issue 16): answer kept inline, lexical against " + rel.scorerId()
                    + (rel.scorerAvailable() ? " (" + rel.scorerName() + ")" : " (not available on the classpath)") + "; no time budget:");
            stdout.print(rel.summary().toText());
        }
        int failed = report.failures().size();
        int counted = report.strictFailures().size();
        stdout.println();
        if (failed == 0) {
            stdout.println("All probes passed.");
        } else if (counted == failed) {
            stdout.println(failed + " probe(s) failed; see report.md.");
        } else {
            stdout.println(failed + " probe(s) failed; see report.md. " + (failed - counted) + " of them in report-only workloads ("
                    + String.join(", ", new java.util.TreeSet<>(REPORT_ONLY)) + "), which --strict does not count; " + counted + " counted.");
        }
        for (Path p : ReportWriter.write(report, out)) {
            stdout.println("wrote " + p);
        }
        return strict && counted > 0 ? 1 : 0;
    }
}

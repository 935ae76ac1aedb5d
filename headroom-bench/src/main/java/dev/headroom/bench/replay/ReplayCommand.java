package dev.headroom.bench.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.headroom.Headroom;
import dev.headroom.conversation.RetrieveToolOffer;
import dev.headroom.conversation.cost.CachePricing;
import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code headroom replay}: replays multi-turn agent conversations (the corpus' SWE-agent
 * trajectories, seeded sessions with large tool outputs, and seeded long sessions of more than 50
 * steps) through both adapters with a scripted model, with and without Headroom, with either retrieve
 * offer, with a context budget, and against a provider-style baseline that clears old tool results,
 * and reports what each request costs the way providers bill it. With {@code --strict}, exits 1 when a
 * trace costs more with Headroom (default offer) than without, or more with the context budget than
 * without it, under either cache model.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay agent conversations through both adapters and price every request as providers bill it.")
public final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:HEADROOM_CORPUS}",
            description = "Corpus folder (its agent-traces/ are replayed); default $HEADROOM_CORPUS. Without one only the seeded sessions run.")
    Path corpus;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "replay-out", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--strict", description = "Exit with status 1 if any trace costs more with Headroom than without, or more with the context budget than without it, under either cache model.")
    boolean strict;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated sessions (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--budget", defaultValue = "" + DEFAULT_BUDGET, paramLabel = "TOKENS",
            description = "Context budget of the budget arms (default: ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--long-sessions", defaultValue = "" + Integer.MAX_VALUE, paramLabel = "N", hidden = true,
            description = "Replay only the first N seeded long sessions (tests).")
    int longSessions;

    /** The context budget the benchmark runs its budget arms with (see BENCHMARKS.md for other values). */
    public static final int DEFAULT_BUDGET = 32_000;

    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Supplier<Headroom> engine;

    public ReplayCommand() {
        // no time budget: what is measured is what compression does to the bill, not how busy this machine is
        this(System.out, System.err, () -> Headroom.builder().timeBudget(java.time.Duration.ZERO).build());
    }

    /** A command printing to the given streams, with engines from {@code engine} (for tests). */
    ReplayCommand(PrintStream stdout, PrintStream stderr, Supplier<Headroom> engine) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.engine = engine;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReplayCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Trace> traces = new ArrayList<>();
        String corpusName = "(none)";
        if (corpus != null && !corpus.toString().isBlank()) {
            Path dir = corpus.resolve("agent-traces");
            if (!Files.isDirectory(dir)) {
                stderr.println("headroom replay: " + dir + " does not exist");
                return 2;
            }
            traces.addAll(SweAgentTraces.read(dir));
            corpusName = corpus.toString();
        } else {
            stderr.println("headroom replay: no --corpus and no HEADROOM_CORPUS; replaying the seeded sessions only");
        }
        traces.addAll(SeededSessions.all(seed));
        List<Trace> longOnes = LongSessions.all(seed);
        traces.addAll(longOnes.subList(0, Math.max(0, Math.min(longSessions, longOnes.size()))));
        if (budget < 1) {
            stderr.println("headroom replay: --budget must be positive, was " + budget);
            return 2;
        }

        long t0 = System.nanoTime();
        ReplayReport report = run(traces, corpusName);
        double seconds = (System.nanoTime() - t0) / 1e9;

        stdout.print(report.byTrace("langchain4j").toText());
        stdout.println("(LangChain4j; each cell: no Headroom / Headroom with the retrieve tool "
                + offerText(ReplayReport.defaultOffer()) + " (default); costs in thousands of full-price input-token equivalents"
                + " under OpenAI automatic prefix caching and Anthropic cache_control on the last message; raw tokens o200k_base)");
        stdout.println();
        stdout.print(report.offers("langchain4j").toText());
        stdout.println();
        stdout.print(report.budget("langchain4j").toText());
        stdout.println("(LangChain4j; context budget " + budget + " tokens against no Headroom, Headroom without a budget and a"
                + " provider-style baseline that clears all but the last " + ProviderClearing.KEEP + " tool results whenever a request"
                + " exceeds " + ProviderClearing.TRIGGER_TOKENS + " tokens; costs in thousands of full-price input-token equivalents)");
        stdout.println();
        stdout.print(report.arms().toText());
        List<String> violations = report.violations(ReplayReport.defaultOffer());
        List<String> other = report.violations(ReplayReport.otherOffer());
        List<String> budgetViolations = report.budgetViolations();
        List<String> goal = report.budgetGoalMisses("langchain4j");
        stdout.println();
        stdout.println(violations.isEmpty() ? "No trace costs more with Headroom than without, under either cache model."
                : violations.size() + " run(s) cost more with Headroom than without: " + String.join("; ", violations));
        stdout.println(budgetViolations.isEmpty() ? "No trace costs more with the context budget than without it, under either cache model."
                : budgetViolations.size() + " run(s) cost more with the context budget than without it: " + String.join("; ", budgetViolations));
        stdout.println(goal.isEmpty() ? "Sessions longer than " + ReplayReport.LONG_SESSION_STEPS + " steps, with the budget: at most half"
                + " the cost without Headroom and below the provider-style baseline, under both cache models."
                : "Budget goal on sessions longer than " + ReplayReport.LONG_SESSION_STEPS + " steps not met: " + String.join("; ", goal));
        if (!other.isEmpty()) {
            stdout.println("With the retrieve tool " + offerText(ReplayReport.otherOffer()) + ": " + other.size()
                    + " run(s) cost more than without: " + String.join("; ", other));
        }
        stdout.println(String.format(java.util.Locale.ROOT, "%d traces, %d runs in %.1f s", traces.size(),
                report.results().size(), seconds));
        for (Path p : write(report, out)) {
            stdout.println("wrote " + p);
        }
        return strict && !(violations.isEmpty() && budgetViolations.isEmpty()) ? 1 : 0;
    }

    /** Runs every trace through every arm. */
    ReplayReport run(List<Trace> traces, String corpusName) {
        TokenCounter counter = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);
        ReplayMeter meter = new ReplayMeter(counter, CachePricing.OPENAI_AUTOMATIC, CachePricing.ANTHROPIC_LAST_MESSAGE);
        List<Arm> arms = new ArrayList<>();
        for (RetrieveToolOffer offer : new RetrieveToolOffer[] {null, ReplayReport.defaultOffer(), ReplayReport.otherOffer()}) {
            arms.add(new LangChain4jArm(offer, false, engine));
            arms.add(new SpringAiArm(offer, engine));
        }
        arms.add(new LangChain4jArm(null, true, engine));
        arms.add(new LangChain4jArm(ReplayReport.defaultOffer(), true, engine));
        arms.add(new LangChain4jArm(ReplayReport.defaultOffer(), false, engine, budget, false));
        arms.add(new SpringAiArm(ReplayReport.defaultOffer(), engine, budget));
        arms.add(new LangChain4jArm(null, false, engine, 0, true));
        List<RunResult> results = new ArrayList<>();
        for (Trace trace : traces) {
            for (Arm arm : arms) {
                results.add(meter.measure(trace, arm, arm.run(trace)));
            }
        }
        return new ReplayReport(new ReplayReport.Settings(corpusName, seed, counter.tokenizer().id(),
                CachePricing.OPENAI_AUTOMATIC.name(), CachePricing.ANTHROPIC_LAST_MESSAGE.name(), System.getProperty("java.version"), budget),
                results);
    }

    static List<Path> write(ReplayReport report, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path md = dir.resolve("replay.md");
        Path json = dir.resolve("replay.json");
        Path html = dir.resolve("replay.html");
        StringBuilder sb = new StringBuilder("# Headroom replay benchmark\n\n");
        for (String frontEnd : List.of("langchain4j", "spring-ai")) {
            sb.append("## ").append(frontEnd).append(": context budget against no Headroom, Headroom without it and the provider-style"
                    + " baseline\n\n").append(report.budget(frontEnd).toMarkdown()).append('\n');
        }
        for (String frontEnd : List.of("langchain4j", "spring-ai")) {
            sb.append("## ").append(frontEnd).append(": no Headroom / Headroom (default offer)\n\n").append(report.byTrace(frontEnd).toMarkdown())
                    .append("\n## ").append(frontEnd).append(": retrieve tool from the first request / after the first marker\n\n")
                    .append(report.offers(frontEnd).toMarkdown()).append('\n');
        }
        sb.append("## Totals per arm\n\n").append(report.arms().toMarkdown());
        Files.writeString(md, sb.toString(), StandardCharsets.UTF_8);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("settings", report.settings());
        root.put("defaultOffer", ReplayReport.defaultOffer());
        root.put("violations", report.violations(ReplayReport.defaultOffer()));
        root.put("violationsOtherOffer", report.violations(ReplayReport.otherOffer()));
        root.put("budgetViolations", report.budgetViolations());
        root.put("budgetGoalMisses", report.budgetGoalMisses("langchain4j"));
        root.put("runs", report.results());
        Files.writeString(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root),
                StandardCharsets.UTF_8);
        Files.writeString(html, ReplayHtml.render(report), StandardCharsets.UTF_8);
        return List.of(md, json, html);
    }

    private static String offerText(RetrieveToolOffer offer) {
        return offer == RetrieveToolOffer.FROM_FIRST_REQUEST ? "offered from the first request" : "offered after the first marker";
    }
}

package dev.headroom.bench.worst;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.bench.workload.KindSamples;
import dev.headroom.detect.ContentKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times every {@link WorstCases} shape on one thread at 100 KB and 1 MB: without a time budget (the
 * compressor's own cost: best and median of the timed runs) and with the default budget (the longest
 * call, and by how much it passed the budget). Prints a Markdown table.
 *
 * <pre>
 * ./mvnw -q -B -pl headroom-bench -am test-compile exec:java -Dexec.mainClass=dev.headroom.bench.worst.WorstCaseRun
 * ./mvnw -q -B -pl headroom-bench -am test-compile exec:java -Dexec.mainClass=dev.headroom.bench.worst.WorstCaseRun -Dexec.args="--reps 5 --only code"
 * </pre>
 *
 * <p>{@code --once KIND CHARS [CASE]} compresses one input once, with no budget and no input limit,
 * and prints its outcome: a JVM started with a given {@code -Xmx} then shows whether the compression
 * fits in that heap (how the working set per character in BENCHMARKS.md was measured). Without
 * {@code CASE} the input is the realistic {@code KindSamples} one.
 */
public final class WorstCaseRun {

    private WorstCaseRun() {}

    public static void main(String[] args) {
        List<String> a = Arrays.asList(args);
        if (a.contains("--once")) {
            int i = a.indexOf("--once");
            once(ContentKind.valueOf(a.get(i + 1)), Integer.parseInt(a.get(i + 2)), a.size() > i + 3 ? a.get(i + 3) : null);
            return;
        }
        int reps = a.contains("--reps") ? Integer.parseInt(a.get(a.indexOf("--reps") + 1)) : 3;
        String only = a.contains("--only") ? a.get(a.indexOf("--only") + 1) : "";
        Duration budget = HeadroomConfig.DEFAULT_TIME_BUDGET;
        System.out.printf(Locale.ROOT, "%d runs per case after one warm-up, one thread; budget %d ms; %d processors; java %s%n%n",
                reps, budget.toMillis(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("| compressor | shape | size | no budget: best ms | median ms | outcome | budget: longest ms | over budget | outcome |");
        System.out.println("|---|---|---:|---:|---:|---|---:|---:|---|");
        for (WorstCases.Case c : WorstCases.all()) {
            if (!c.name().contains(only) && !c.kind().id().equals(only)) {
                continue;
            }
            for (int size : new int[] {100 * 1024, 1024 * 1024}) {
                String input = c.input(size);
                CompressionHints hints = CompressionHints.NONE.withKind(c.kind());
                Run free = time(input, hints, Duration.ZERO, reps);
                Run bounded = time(input, hints, budget, reps);
                double over = bounded.longestMs() / budget.toMillis() - 1;
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %s | %.1f | %s | %s |%n",
                        c.kind().id(), c.name(), size == 1024 * 1024 ? "1 MB" : "100 KB", free.bestMs(), free.medianMs(), free.outcome(),
                        bounded.longestMs(), over > 0 ? String.format(Locale.ROOT, "%+.1f%%", over * 100) : "within", bounded.outcome());
            }
        }
    }

    private record Run(double bestMs, double medianMs, double longestMs, String outcome) {}

    private static Run time(String input, CompressionHints hints, Duration budget, int reps) {
        Headroom warm = engine(budget);
        long t0 = System.nanoTime();
        warm.compress(input, hints);
        double first = (System.nanoTime() - t0) / 1e6;
        List<Double> ms = new ArrayList<>();
        String outcome = "";
        int runs = first > 5_000 ? 0 : reps; // a case this slow is reported from its one run
        if (runs == 0) {
            ms.add(first);
        }
        for (int i = 0; i < runs; i++) {
            Headroom h = engine(budget);
            long s = System.nanoTime();
            CompressionResult r = h.compress(input, hints);
            ms.add((System.nanoTime() - s) / 1e6);
            outcome = r.outcome().name();
        }
        ms.sort(Double::compare);
        return new Run(ms.get(0), ms.get(ms.size() / 2), ms.get(ms.size() - 1), outcome);
    }

    /** A fresh engine per run, so no token count is answered from an earlier run's cache. */
    private static Headroom engine(Duration budget) {
        return Headroom.builder().timeBudget(budget).maxInputChars(Integer.MAX_VALUE).build();
    }

    private static void once(ContentKind kind, int chars, String caseName) {
        String input = caseName == null
                ? KindSamples.of(kind, chars, 42L)
                : WorstCases.all().stream().filter(c -> c.name().equals(caseName)).findFirst().orElseThrow().input(chars);
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).maxInputChars(Integer.MAX_VALUE).build();
        CompressionResult r = h.compress(input, CompressionHints.NONE.withKind(kind));
        System.out.println(kind.id() + " " + input.length() + " chars: " + r.outcome() + " (" + r.strategy() + ")");
    }
}

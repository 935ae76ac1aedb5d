package dev.headroom.bench;

import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.bench.baseline.JsonBaselines;
import dev.headroom.bench.baseline.NaiveTruncation;
import dev.headroom.bench.probe.ProbeResult;
import dev.headroom.bench.probe.ProbeSubject;
import dev.headroom.bench.probe.Probes;
import dev.headroom.bench.report.InputReport;
import dev.headroom.detect.ContentKind;
import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Measures one input at a time: compresses it (after warm-up) on a fresh {@link Headroom} per timed
 * run, so token counts are never served from a previous run's cache; counts tokens before and after
 * in both encodings; runs every probe on the last output (with the first run's output as the
 * determinism check); and runs the same probes on naive truncation to the same o200k budget.
 */
public final class BenchRunner {

    /** A single compression slower than this gets no further timed runs, to keep the whole run short. */
    static final double SLOW_MS = 2_000;

    private final Supplier<Headroom> factory;
    private final int warmup;
    private final int repetitions;
    private final TokenCounter o200k = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);
    private final TokenCounter cl100k = JtokkitTokenCounter.of(Tokenizer.CL100K_BASE);
    private BiConsumer<BenchInput, String> outputSink = (in, out) -> { };

    public BenchRunner(Supplier<Headroom> factory, int warmup, int repetitions) {
        if (warmup < 0 || repetitions < 1) {
            throw new IllegalArgumentException("warmup must be >= 0 and repetitions >= 1, were " + warmup + ", " + repetitions);
        }
        this.factory = factory;
        this.warmup = warmup;
        this.repetitions = repetitions;
    }

    /** Receives every input's compressed text (for example to save it for inspection). */
    public BenchRunner outputSink(BiConsumer<BenchInput, String> sink) {
        this.outputSink = sink;
        return this;
    }

    /** Measures every input in order, calling {@code progress} after each. */
    public List<InputReport> run(List<BenchInput> inputs, Consumer<BenchInput> progress) {
        if (warmup > 0) {
            // one pass over everything first, so the JIT has seen every compressor before any timing
            for (BenchInput in : inputs) {
                factory.get().compress(in.text(), in.hints());
            }
        }
        List<InputReport> out = new ArrayList<>(inputs.size());
        for (BenchInput in : inputs) {
            out.add(measure(in));
            progress.accept(in);
        }
        return out;
    }

    /** Measures one input. */
    public InputReport measure(BenchInput in) {
        for (int i = 0; i < warmup; i++) {
            factory.get().compress(in.text(), in.hints());
        }
        List<Double> times = new ArrayList<>(repetitions);
        String firstOutput = null;
        CompressionResult last = null;
        Headroom lastInstance = null;
        for (int i = 0; i < repetitions; i++) {
            Headroom h = factory.get();
            long t0 = System.nanoTime();
            CompressionResult r = h.compress(in.text(), in.hints());
            double ms = (System.nanoTime() - t0) / 1e6;
            times.add(ms);
            if (firstOutput == null) {
                firstOutput = r.text();
            }
            last = r;
            lastInstance = h;
            if (ms > SLOW_MS) {
                break;
            }
        }
        if (times.size() == 1) {
            // one timed run only: a second fresh instance still checks determinism
            firstOutput = factory.get().compress(in.text(), in.hints()).text();
        }
        ContentKind kind = last.kind();
        String output = last.text();
        outputSink.accept(in, output);
        List<ProbeResult> probes = Probes.run(ProbeSubject.of(in, last, lastInstance, firstOutput));
        int o200kAfter = last.compressed() ? o200k.count(output) : o200k.count(in.text());
        String truncated = NaiveTruncation.truncate(in.text(), o200kAfter);
        List<ProbeResult> truncationProbes = Probes.run(ProbeSubject.baseline(in, kind, truncated));
        int minified = -1;
        int toon = -1;
        if (kind == ContentKind.JSON_ARRAY) {
            minified = JsonBaselines.minified(in.text()).map(o200k::count).orElse(-1);
            toon = minified < 0 ? -1 : JsonBaselines.toon(in.text()).map(o200k::count).orElse(-1);
        }
        return new InputReport(in.workload(), in.name(), kind.id(), in.text().length(),
                o200k.count(in.text()), o200kAfter, cl100k.count(in.text()), cl100k.count(output),
                last.outcome().name(), last.strategy(), dev.headroom.ccr.Marker.findAll(output).size(),
                times, probes, truncationProbes, minified, toon);
    }
}

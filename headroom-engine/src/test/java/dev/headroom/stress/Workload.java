package dev.headroom.stress;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.Handles;
import dev.headroom.testing.Inputs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Many threads compressing realistic tool outputs in a few scopes and retrieving both their own
 * handles and handles other threads produced, for a bounded time. Every retrieval is checked: found,
 * and the content hashes to its handle (the whole-input handle returns exactly the input). Internal
 * failures the engine hid by failing open are counted too ({@link Report#failures()}).
 *
 * <p>Two input sources: {@link #realMix()} sends new JSON, logs, search hits, diffs and code through
 * whatever compressors the engine has (the real ones in {@code Headroom.builder().build()}), and
 * {@link #uniqueSmall()} sends small logs and JSON made unique by a last line, for an engine whose
 * compressor elides something from every input (a high rate of store writes).
 */
public final class Workload {

    /** What one worker compresses next; {@code r} is the worker's own seeded random. */
    @FunctionalInterface
    public interface Source {
        String next(Random r, int thread, long n);
    }

    /** New realistic content of every kind the generator knows, moderate sizes ({@link Inputs#mixed}). */
    public static Source realMix() {
        return (r, thread, n) -> Inputs.mixed(r);
    }

    /** One of 64 small logs or JSON arrays (the same 64 in every run) plus a line naming the thread and operation. */
    public static Source uniqueSmall() {
        return new Source() {
            private final List<String> bases = new ArrayList<>();

            @Override
            public synchronized String next(Random r, int thread, long n) {
                if (bases.isEmpty()) {
                    Random b = new Random(42);
                    for (int i = 0; i < 64; i++) {
                        bases.add(Inputs.small(b));
                    }
                }
                return bases.get(r.nextInt(bases.size())) + "request " + thread + "-" + n + " done\n";
            }
        };
    }

    private static final int SCOPES = 4;
    private static final int SHARED_SLOTS = 4096;

    /**
     * What happened; {@code losses} counts retrievals that did not return the stored bytes (and
     * pass-throughs whose text was not the input), {@code exceptions} what escaped compress or retrieve, {@code failures} the internal failures the
     * engine caught and failed open on (an exception a compressor or the store threw), and
     * {@code compressed} the compressions whose text differs from the input.
     */
    public record Report(long operations, long compressions, long compressed, long handles, long retrievals, long losses,
            long notFound, long exceptions, long failures, Duration duration, List<String> samples, long timeouts,
            long compressP50Micros, long compressP99Micros, long compressMaxMicros) {

        /** One line for logs and the stress run's output. */
        public String summary() {
            double seconds = duration.toMillis() / 1000.0;
            return String.format(Locale.ROOT,
                    "operations: %d (compressions: %d, of which compressed: %d, timed out: %d, handles: %d, retrievals: %d), "
                            + "duration: %.1f s, %.0f ops/s, losses: %d, not found: %d, exceptions: %d, failed open: %d, "
                            + "compress p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    operations, compressions, compressed, timeouts, handles, retrievals, seconds, operations / Math.max(0.001, seconds),
                    losses, notFound, exceptions, failures, compressP50Micros / 1000.0, compressP99Micros / 1000.0,
                    compressMaxMicros / 1000.0);
        }

        /** No loss, nothing escaped, nothing failed open, and at least one handle was checked. */
        public boolean clean() {
            return losses == 0 && exceptions == 0 && failures == 0 && handles > 0;
        }
    }

    private final Headroom headroom;
    private final int threads;
    private final Duration duration;
    private final boolean evictionExpected;
    private final long seed;
    private final Source source;

    private final LongAdder ops = new LongAdder();
    private final LongAdder compressions = new LongAdder();
    private final LongAdder compressed = new LongAdder();
    private final LongAdder handles = new LongAdder();
    private final LongAdder retrievals = new LongAdder();
    private final LongAdder losses = new LongAdder();
    private final LongAdder notFound = new LongAdder();
    private final LongAdder exceptions = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    /** Microseconds of each compress call. */
    private final ConcurrentLinkedQueue<Long> compressMicros = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    private final AtomicReferenceArray<String[]> shared = new AtomicReferenceArray<>(SHARED_SLOTS);
    private volatile long deadline;

    /**
     * @param source what each worker compresses
     * @param evictionExpected when true a NOT_FOUND is counted as "not found" (the store may evict),
     *     otherwise as a loss
     */
    public Workload(Headroom headroom, Source source, int threads, Duration duration, boolean evictionExpected, long seed) {
        this.headroom = headroom;
        this.source = source;
        this.threads = threads;
        this.duration = duration;
        this.evictionExpected = evictionExpected;
        this.seed = seed;
    }

    /** Runs the workload once; call it on a fresh instance. */
    public Report run() throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread w = new Thread(() -> work(id, start), "workload-" + t);
            workers.add(w);
            w.start();
        }
        long failuresBefore = headroom.stats().failures();
        long begin = System.nanoTime();
        deadline = begin + duration.toNanos();
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        long failures = headroom.stats().failures() - failuresBefore;
        long[] micros = compressMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Report(ops.sum(), compressions.sum(), compressed.sum(), handles.sum(), retrievals.sum(), losses.sum(),
                notFound.sum(), exceptions.sum(), failures, took, List.copyOf(samples), timeouts.sum(),
                percentile(micros, 0.5), percentile(micros, 0.99), micros.length == 0 ? 0 : micros[micros.length - 1]);
    }

    private void work(int id, CountDownLatch start) {
        Random r = new Random(seed * 1_000_003L + id);
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (long n = 0; System.nanoTime() - deadline < 0; n++) {
            try {
                String scope = "tenant-" + r.nextInt(SCOPES);
                String input = source.next(r, id, n);
                long t0 = System.nanoTime();
                CompressionResult res = headroom.compress(input, CompressionHints.NONE.withScope(scope));
                compressMicros.add((System.nanoTime() - t0) / 1_000);
                if (res.outcome() == Outcome.TIMED_OUT) {
                    timeouts.increment();
                }
                ops.increment();
                compressions.increment();
                if (res.compressed()) {
                    compressed.increment();
                } else if (!res.text().equals(input)) {
                    losses.increment();
                    sample("pass-through changed the text (" + res.strategy() + ")");
                }
                if (res.outcome() == Outcome.FAILED_OPEN) {
                    sample("failed open: " + res.kind() + " " + res.strategy());
                }
                for (String h : res.handles()) {
                    handles.increment();
                    check(h, scope, h.equals(Handles.of(input)) ? input : null);
                    shared.set(r.nextInt(SHARED_SLOTS), new String[] {h, scope});
                }
                String[] other = shared.get(r.nextInt(SHARED_SLOTS));
                if (other != null) {
                    check(other[0], other[1], null);
                }
            } catch (Throwable e) {
                exceptions.increment();
                sample("exception: " + e);
            }
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Retrieves {@code h}; counts a loss unless it returns bytes that hash to {@code h} (and equal {@code expected}). */
    private void check(String h, String scope, String expected) {
        RetrievalResult got = headroom.retrieve(h, null, scope);
        ops.increment();
        retrievals.increment();
        if (got.status() == RetrievalResult.Status.NOT_FOUND && evictionExpected) {
            notFound.increment();
            return;
        }
        boolean ok = got.status() == RetrievalResult.Status.FOUND
                && Handles.of(got.content()).equals(h)
                && (expected == null || expected.equals(got.content()));
        if (!ok) {
            losses.increment();
            sample("lost " + h + " in " + scope + ": " + got.status() + " " + got.message());
        }
    }

    private void sample(String s) {
        if (samples.size() < 10) {
            samples.add(s);
        }
    }
}

package dev.headroom.stress;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
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
 * Many threads compressing realistic tool outputs (made unique by a last line) in a few scopes and retrieving
 * both their own handles and handles other threads produced, for a bounded time. Every retrieval
 * is checked: found, and the content hashes to its handle (the whole-input handle returns exactly
 * the input).
 */
public final class Workload {

    private static final int SCOPES = 4;
    private static final int SHARED_SLOTS = 4096;

    /** What happened; {@code losses} counts retrievals that did not return the stored bytes. */
    public record Report(long operations, long compressions, long handles, long retrievals, long losses,
            long notFound, long exceptions, Duration duration, List<String> samples) {

        /** One line for logs and the stress run's output. */
        public String summary() {
            double seconds = duration.toMillis() / 1000.0;
            return String.format(Locale.ROOT,
                    "operations: %d (compressions: %d, handles: %d, retrievals: %d), duration: %.1f s, %.0f ops/s, "
                            + "losses: %d, not found: %d, exceptions: %d",
                    operations, compressions, handles, retrievals, seconds, operations / Math.max(0.001, seconds),
                    losses, notFound, exceptions);
        }
    }

    private final Headroom headroom;
    private final int threads;
    private final Duration duration;
    private final boolean evictionExpected;
    private final long seed;

    private final LongAdder ops = new LongAdder();
    private final LongAdder compressions = new LongAdder();
    private final LongAdder handles = new LongAdder();
    private final LongAdder retrievals = new LongAdder();
    private final LongAdder losses = new LongAdder();
    private final LongAdder notFound = new LongAdder();
    private final LongAdder exceptions = new LongAdder();
    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    private final AtomicReferenceArray<String[]> shared = new AtomicReferenceArray<>(SHARED_SLOTS);
    private final List<String> bases = new ArrayList<>();
    private volatile long deadline;

    /**
     * @param evictionExpected when true a NOT_FOUND is counted as "not found" (the store may evict),
     *     otherwise as a loss
     */
    public Workload(Headroom headroom, int threads, Duration duration, boolean evictionExpected, long seed) {
        this.headroom = headroom;
        this.threads = threads;
        this.duration = duration;
        this.evictionExpected = evictionExpected;
        this.seed = seed;
        Random r = new Random(seed);
        for (int i = 0; i < 64; i++) {
            bases.add(Inputs.small(r));
        }
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
        long begin = System.nanoTime();
        deadline = begin + duration.toNanos();
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        return new Report(ops.sum(), compressions.sum(), handles.sum(), retrievals.sum(), losses.sum(), notFound.sum(),
                exceptions.sum(), took, List.copyOf(samples));
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
                String input = bases.get(r.nextInt(bases.size())) + "request " + id + "-" + n + " done\n";
                CompressionResult res = headroom.compress(input, CompressionHints.NONE.withScope(scope));
                ops.increment();
                compressions.increment();
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

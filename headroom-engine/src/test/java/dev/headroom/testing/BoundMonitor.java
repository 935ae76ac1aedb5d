package dev.headroom.testing;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Samples a size (a store's characters held) on a daemon thread while a workload runs, and keeps the
 * largest value seen, so a test can show a bound held throughout the run and not only at its end.
 */
public final class BoundMonitor implements AutoCloseable {

    private final AtomicLong max = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong samples = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private BoundMonitor(LongSupplier size, long periodMillis) {
        thread = new Thread(() -> {
            while (running) {
                sample(size);
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    break;
                }
            }
            sample(size);
        }, "bound-monitor");
        thread.setDaemon(true);
    }

    /** Starts sampling {@code size} every {@code periodMillis}. */
    public static BoundMonitor start(LongSupplier size, long periodMillis) {
        BoundMonitor m = new BoundMonitor(size, periodMillis);
        m.thread.start();
        return m;
    }

    private void sample(LongSupplier size) {
        max.accumulateAndGet(size.getAsLong(), Math::max);
        samples.incrementAndGet();
    }

    /** The largest size sampled so far. */
    public long max() {
        return max.get();
    }

    /** How many samples were taken. */
    public long samples() {
        return samples.get();
    }

    /** Stops sampling after one last sample. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}

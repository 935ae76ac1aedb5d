package dev.headroom.stress;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.store.InMemoryStore;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.RedisStore;
import dev.headroom.store.StoreLocations;
import dev.headroom.testing.BoundMonitor;
import dev.headroom.testing.CountingStore;
import dev.headroom.testing.TestEngines;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * The long concurrency run, outside the unit suite: many threads compress new realistic content
 * (JSON arrays and API responses, logs, search hits, diffs, Java source) through the real engine and
 * retrieve their own and each other's handles through one store for a given time. It prints
 * operations, duration, losses, exceptions and the store's size against its bound, and exits non-zero
 * on any loss, escaped exception, fail-open, or a store over its bound once the run is over (a sample
 * over the bound during the run is printed as a transient excess). From the repository root:
 *
 * <pre>
 * ./mvnw -B -q -pl headroom-engine -Pstress process-test-classes -Dstress.args="30 64 memory"
 * ./mvnw -B -q -pl headroom-engine -Pstress process-test-classes -Dstress.args="30 64 bounded:1000000"
 * ./mvnw -B -q -pl headroom-engine -Pstress process-test-classes -Dstress.args="30 64 redis://127.0.0.1:6379"
 * </pre>
 *
 * (The {@code stress} profile runs this class in a forked JVM on the test classpath after the test
 * classes are compiled; no test runs.) Arguments: seconds (default 30), threads (default 64), store,
 * inputs (default {@code real}), compression slots (default: the engine's, one per processor; 0 for
 * no limit), time budget in ms (default the engine's, 100; 0 for none):
 * <ul>
 *   <li>store {@code memory}: an in-memory store bounded at 1 Gi characters, so nothing is evicted in
 *       the run and every retrieval must find its original; {@code bounded:CHARS} (default 1,000,000):
 *       an in-memory store far smaller than what the run writes, so it evicts all the time (a miss
 *       counts as "not found", not as a loss) and its size is sampled every 20 ms, the largest sample
 *       printed;
 *       {@code redis://host:port[/db]}: a Redis store under a fresh key prefix, deleted afterwards;
 *       anything else is opened as in {@code HEADROOM_STORE} (a SQLite path).</li>
 *   <li>inputs {@code real}: the engine's own compressors on {@link Workload#realMix()};
 *       {@code eliding}: a test compressor that elides lines of every input, on
 *       {@link Workload#uniqueSmall()} (more store traffic, no real compressor).</li>
 * </ul>
 */
public final class StressRun {

    static final long MEMORY_CHARS = 1L << 30;
    static final long BOUNDED_CHARS = 1_000_000;

    private StressRun() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        String location = args.length > 2 ? args[2] : "memory";
        String inputs = args.length > 3 ? args[3] : "real";
        Integer slots = args.length > 4 ? Integer.valueOf(args[4]) : null;
        Duration budget = args.length > 5 ? Duration.ofMillis(Long.parseLong(args[5])) : HeadroomConfig.DEFAULT_TIME_BUDGET;
        if (!inputs.equals("real") && !inputs.equals("eliding")) {
            throw new IllegalArgumentException("inputs must be real or eliding, was " + inputs);
        }
        boolean bounded = location.startsWith("bounded");
        OriginalStore store = open(location, threads);
        CountingStore counting = new CountingStore(store);
        boolean ok;
        try {
            Headroom.Builder real = Headroom.builder().store(counting).timeBudget(budget);
            if (slots != null) {
                real.maxConcurrentCompressions(slots);
            }
            Headroom headroom = inputs.equals("real") ? real.build() : TestEngines.eliding(counting);
            Workload.Source source = inputs.equals("real") ? Workload.realMix() : Workload.uniqueSmall();
            System.out.printf(Locale.ROOT, "stress: %d threads, %d s, store %s%s, %s inputs, %d cores, %d compression slots, budget %d ms%n",
                    threads, seconds, store.name(), bound(store), inputs, Runtime.getRuntime().availableProcessors(),
                    headroom.config().maxConcurrentCompressions(), headroom.config().timeBudget().toMillis());
            Workload.Report report;
            long maxSeen;
            try (BoundMonitor monitor = BoundMonitor.start(() -> size(store), bounded ? 20 : 200)) {
                report = new Workload(headroom, source, threads, Duration.ofSeconds(seconds), bounded, 42).run();
                monitor.close();
                maxSeen = monitor.max();
                System.out.printf(Locale.ROOT, "stress: store size sampled %d times, largest %d chars%n", monitor.samples(), maxSeen);
            }
            System.out.println("stress: " + report.summary());
            long held = size(store);
            long max = maxChars(store);
            boolean withinBound = held <= max;
            System.out.printf(Locale.ROOT, "stress: written %d originals, %d chars (%.1fx the bound); holds %d of at most %d chars: %s%n",
                    counting.puts(), counting.charsPut(), counting.charsPut() / (double) max, held, max,
                    withinBound ? "bound respected" : "BOUND EXCEEDED");
            if (maxSeen > max) {
                // Caffeine's maximumWeight "may temporarily exceed the threshold while evicting": writes not yet
                // processed by its maintenance are counted before their victims are evicted
                System.out.printf(Locale.ROOT, "stress: TRANSIENT EXCESS: a sample during the run held %d chars, %d (%.3f%%) over the bound%n",
                        maxSeen, maxSeen - max, 100.0 * (maxSeen - max) / max);
            }
            if (store instanceof RedisStore r) {
                System.out.printf(Locale.ROOT, "stress: redis store holds %d originals%n", r.entryCount());
            }
            report.samples().forEach(s -> System.out.println("stress: " + s));
            ok = report.clean() && withinBound && (!bounded || counting.charsPut() > max);
            System.out.println("stress: " + (ok ? "OK" : "FAILED"));
        } finally {
            if (store instanceof RedisStore r) {
                r.clear();
            }
            store.close();
        }
        System.exit(ok ? 0 : 1);
    }

    private static OriginalStore open(String location, int threads) {
        if (location.startsWith("redis")) {
            String prefix = "headroom-stress:" + UUID.randomUUID() + ":";
            return RedisStore.builder(location).prefix(prefix).maxConnections(threads).build();
        }
        if (location.equals("memory")) {
            return InMemoryStore.builder().maxChars(MEMORY_CHARS).build();
        }
        if (location.startsWith("bounded")) {
            long chars = location.startsWith("bounded:") ? Long.parseLong(location.substring("bounded:".length())) : BOUNDED_CHARS;
            return InMemoryStore.builder().maxChars(chars).build();
        }
        return StoreLocations.open(location);
    }

    private static long size(OriginalStore store) {
        if (store instanceof InMemoryStore m) {
            return m.weightedSize();
        }
        if (store instanceof RedisStore r) {
            return r.totalChars();
        }
        return 0;
    }

    private static long maxChars(OriginalStore store) {
        if (store instanceof InMemoryStore m) {
            return m.maxChars();
        }
        if (store instanceof RedisStore r) {
            return r.maxChars();
        }
        return Long.MAX_VALUE;
    }

    private static String bound(OriginalStore store) {
        long max = maxChars(store);
        return max == Long.MAX_VALUE ? "" : String.format(Locale.ROOT, " (bound %d chars)", max);
    }
}

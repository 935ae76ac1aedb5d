package dev.headroom.stress;

import dev.headroom.Headroom;
import dev.headroom.store.InMemoryStore;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.RedisStore;
import dev.headroom.store.StoreLocations;
import dev.headroom.testing.TestEngines;
import java.time.Duration;
import java.util.UUID;

/**
 * The long concurrency run, outside the unit suite: many threads compress and retrieve through one
 * store for a given time, then it prints operations, duration and losses and exits non-zero on any
 * loss or exception.
 *
 * <pre>
 * ./mvnw -q -pl headroom-engine test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.headroom.stress.StressRun -Dexec.args="30 64 memory"
 * ./mvnw -q -pl headroom-engine test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.headroom.stress.StressRun -Dexec.args="30 64 redis://127.0.0.1:6379"
 * </pre>
 *
 * Arguments: seconds (default 30), threads (default 64), store location as in {@code HEADROOM_STORE}
 * (default {@code memory}). A Redis store gets a fresh key prefix that is deleted afterwards.
 */
public final class StressRun {

    private StressRun() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        String location = args.length > 2 ? args[2] : "memory";
        OriginalStore store = open(location, threads);
        int exit;
        try {
            Headroom headroom = TestEngines.eliding(store);
            System.out.printf("stress: %d threads, %d s, store %s%n", threads, seconds, store.name());
            Workload.Report report = new Workload(headroom, threads, Duration.ofSeconds(seconds), false, 42).run();
            System.out.println("stress: " + report.summary());
            if (store instanceof InMemoryStore m) {
                System.out.printf("stress: in-memory store holds %d of at most %d chars%n", m.weightedSize(), m.maxChars());
            }
            if (store instanceof RedisStore r) {
                System.out.printf("stress: redis store holds %d originals, %d of at most %d chars%n",
                        r.entryCount(), r.totalChars(), r.maxChars());
            }
            report.samples().forEach(s -> System.out.println("stress: " + s));
            exit = report.losses() == 0 && report.exceptions() == 0 ? 0 : 1;
        } finally {
            if (store instanceof RedisStore r) {
                r.clear();
            }
            store.close();
        }
        System.exit(exit);
    }

    private static OriginalStore open(String location, int threads) {
        if (location.startsWith("redis")) {
            String prefix = "headroom-stress:" + UUID.randomUUID() + ":";
            return RedisStore.builder(location).prefix(prefix).maxConnections(threads).build();
        }
        return StoreLocations.open(location);
    }
}

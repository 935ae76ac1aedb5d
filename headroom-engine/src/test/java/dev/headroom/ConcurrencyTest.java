package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.store.InMemoryStore;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.RedisStore;
import dev.headroom.stress.Workload;
import dev.headroom.testing.CountingStore;
import dev.headroom.testing.RedisServerProcess;
import dev.headroom.testing.TestEngines;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * 64 threads compressing and retrieving at once for a few seconds (the long run is {@code StressRun}):
 * new JSON, logs, search hits, diffs and code through the real compressors, and small inputs through
 * a test compressor that elides something from every one of them (the most store traffic).
 */
class ConcurrencyTest {

    private static final int THREADS = 64;
    private static final Duration SHORT = Duration.ofSeconds(3);

    @Test
    void should_lose_no_original_and_throw_nothing_with_the_real_compressors_under_64_threads() throws Exception {
        // given: the real engine over a store large enough that nothing is evicted
        Headroom headroom = storeStress(InMemoryStore.create());

        // when
        Workload.Report report = new Workload(headroom, Workload.realMix(), THREADS, SHORT, false, 1).run();

        // then
        System.out.println("in-memory, real compressors, 64 threads: " + report.summary());
        assertClean(report);
        assertThat(report.compressed()).as(report.summary()).isPositive();
    }

    @Test
    void should_lose_no_original_and_throw_nothing_under_64_threads() throws Exception {
        // given: every input yields handles, so the store sees the most traffic
        Headroom headroom = TestEngines.eliding(InMemoryStore.create());

        // when
        Workload.Report report = new Workload(headroom, Workload.uniqueSmall(), THREADS, SHORT, false, 2).run();

        // then
        System.out.println("in-memory, eliding, 64 threads: " + report.summary());
        assertClean(report);
    }

    @Test
    void should_keep_the_in_memory_store_within_its_bound_under_64_threads() throws Exception {
        // given: the real engine over a store far too small for the workload, so it evicts all the time
        InMemoryStore store = InMemoryStore.builder().maxChars(200_000).build();
        CountingStore counting = new CountingStore(store);
        Headroom headroom = storeStress(counting);

        // when
        Workload.Report report = new Workload(headroom, Workload.realMix(), THREADS, SHORT, true, 3).run();

        // then: over the bound in what was written, not in what is held once the writers are done (while they
        // run, Caffeine may hold a few hundred characters more until its maintenance evicts; StressRun prints that)
        assertThat(counting.charsPut()).as("characters written").isGreaterThan(store.maxChars());
        assertThat(store.weightedSize()).isLessThanOrEqualTo(store.maxChars());
        assertClean(report);
    }

    @Test
    void should_lose_no_original_through_a_shared_redis_under_64_threads() throws Exception {
        Assumptions.assumeTrue(RedisServerProcess.sharedAvailable(),
                "no Redis answers on 127.0.0.1:6379; start one (.ci/run does) to run the Redis concurrency test");
        RedisStore store = RedisStore.builder(RedisServerProcess.SHARED_HOST, RedisServerProcess.SHARED_PORT)
                .prefix("headroom-test:" + UUID.randomUUID() + ":")
                .maxConnections(THREADS)
                .build();
        try {
            Headroom headroom = storeStress(store);

            Workload.Report report = new Workload(headroom, Workload.realMix(), THREADS, SHORT, false, 4).run();

            assertClean(report);
            assertThat(store.totalChars()).isLessThanOrEqualTo(store.maxChars());
        } finally {
            store.clear();
            store.close();
        }
    }

    /**
     * The real engine with no time budget and no bound on concurrent compressions: these tests are
     * about 64 writers at once on one store (TimeBudgetTest covers the limits), and a budget would make
     * what gets stored depend on the machine's load.
     */
    private static Headroom storeStress(OriginalStore store) {
        return Headroom.builder().store(store).timeBudget(Duration.ZERO).maxConcurrentCompressions(0).build();
    }

    private static void assertClean(Workload.Report report) {
        assertThat(report.handles()).as(report.summary()).isPositive();
        assertThat(report.losses()).as(report.samples().toString()).isZero();
        assertThat(report.exceptions()).as(report.samples().toString()).isZero();
        assertThat(report.failures()).as("failed open: " + report.samples()).isZero();
    }
}

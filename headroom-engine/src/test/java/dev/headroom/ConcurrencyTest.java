package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.store.InMemoryStore;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.RedisStore;
import dev.headroom.store.StoreLookup;
import dev.headroom.stress.Workload;
import dev.headroom.testing.RedisServerProcess;
import dev.headroom.testing.TestEngines;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** 64 threads compressing and retrieving at once for a few seconds (the long run is {@code StressRun}). */
class ConcurrencyTest {

    private static final int THREADS = 64;
    private static final Duration SHORT = Duration.ofSeconds(3);

    @Test
    void should_lose_no_original_and_throw_nothing_under_64_threads() throws Exception {
        // given: a store large enough that nothing is evicted
        InMemoryStore store = InMemoryStore.create();
        Headroom headroom = TestEngines.eliding(store);

        // when
        Workload.Report report = new Workload(headroom, THREADS, SHORT, false, 1).run();

        // then
        System.out.println("in-memory, 64 threads: " + report.summary());
        assertThat(report.handles()).as(report.summary()).isPositive();
        assertThat(report.losses()).as(report.samples().toString()).isZero();
        assertThat(report.exceptions()).as(report.samples().toString()).isZero();
        assertThat(headroom.stats().failures()).isZero();
    }

    @Test
    void should_keep_the_in_memory_store_within_its_bound_under_64_threads() throws Exception {
        // given: a store far too small for the workload, so it evicts all the time
        InMemoryStore store = InMemoryStore.builder().maxChars(200_000).build();
        LongAdder charsPut = new LongAdder();
        OriginalStore counting = new OriginalStore() {
            @Override
            public void put(String key, String content) {
                store.put(key, content);
                charsPut.add(key.length() + content.length());
            }

            @Override
            public StoreLookup get(String key) {
                return store.get(key);
            }

            @Override
            public String name() {
                return store.name();
            }
        };
        Headroom headroom = TestEngines.eliding(counting);

        // when
        Workload.Report report = new Workload(headroom, THREADS, SHORT, true, 2).run();

        // then
        assertThat(charsPut.sum()).as("characters written").isGreaterThan(store.maxChars());
        assertThat(store.weightedSize()).isLessThanOrEqualTo(store.maxChars());
        assertThat(report.losses()).as(report.samples().toString()).isZero();
        assertThat(report.exceptions()).as(report.samples().toString()).isZero();
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
            Headroom headroom = TestEngines.eliding(store);

            Workload.Report report = new Workload(headroom, THREADS, SHORT, false, 3).run();

            assertThat(report.handles()).as(report.summary()).isPositive();
            assertThat(report.losses()).as(report.samples().toString()).isZero();
            assertThat(report.exceptions()).as(report.samples().toString()).isZero();
            assertThat(headroom.stats().failures()).as("store failures").isZero();
            assertThat(store.totalChars()).isLessThanOrEqualTo(store.maxChars());
        } finally {
            store.clear();
            store.close();
        }
    }
}

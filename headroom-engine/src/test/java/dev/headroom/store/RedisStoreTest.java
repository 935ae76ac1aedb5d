package dev.headroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.Handles;
import dev.headroom.testing.Inputs;
import dev.headroom.testing.RedisServerProcess;
import dev.headroom.testing.RedisServers;
import dev.headroom.testing.TestEngines;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs against the machine's Redis on 127.0.0.1:6379, under a key prefix unique to this run;
 * {@link RedisStoreContainerTest} runs the same tests against a Testcontainers Redis.
 */
class RedisStoreTest extends OriginalStoreContract {

    private static final String RUN = "headroom-test:" + UUID.randomUUID() + ":";
    private static final AtomicInteger STORES = new AtomicInteger();
    private static final Duration SHORT_TTL = Duration.ofMillis(300);

    /** The server these tests use; a subclass runs them against another source of a real Redis. */
    protected RedisServers.Server server() {
        return new RedisServers.Server(RedisServerProcess.SHARED_HOST, RedisServerProcess.SHARED_PORT, "the machine's redis-server");
    }

    @BeforeEach
    void requireRedis() {
        Assumptions.assumeTrue(RedisServerProcess.sharedAvailable(),
                "no Redis answers on 127.0.0.1:6379; start one (.ci/run does) to run the Redis store tests");
    }

    private String host() {
        return server().host();
    }

    private int port() {
        return server().port();
    }

    private RedisStore.Builder builder() {
        return RedisStore.builder(host(), port()).prefix(RUN + STORES.incrementAndGet() + ":");
    }

    @Override
    protected OriginalStore createStore() {
        return builder().build();
    }

    @Override
    protected OriginalStore createExpiringStore() {
        return builder().ttl(SHORT_TTL).build();
    }

    @Override
    protected void letTtlPass() throws InterruptedException {
        Thread.sleep(SHORT_TTL.toMillis() * 2 + 100);
    }

    @Override
    protected OriginalStore createBoundedStore(long maxChars) {
        return builder().maxChars(maxChars).maxValueChars((int) Math.min(maxChars, 5_000)).build();
    }

    @Override
    protected long heldChars(OriginalStore store) {
        return ((RedisStore) store).totalChars();
    }

    @Override
    protected void cleanUp(OriginalStore store) {
        ((RedisStore) store).clear();
    }

    @Test
    void should_let_one_node_retrieve_what_another_node_compressed() {
        // given: two application nodes, each with its own RedisStore on the same Redis and prefix
        String prefix = RUN + "nodes:";
        RedisStore storeA = track(RedisStore.builder(host(), port()).prefix(prefix).build());
        RedisStore storeB = track(RedisStore.builder(host(), port()).prefix(prefix).build());
        Headroom nodeA = TestEngines.eliding(storeA);
        Headroom nodeB = TestEngines.eliding(storeB);
        String log = Inputs.log(new Random(21));

        // when
        CompressionResult r = nodeA.compress(log, CompressionHints.NONE.withScope("conversation-42"));

        // then
        assertThat(r.handles()).isNotEmpty();
        for (String handle : r.handles()) {
            RetrievalResult got = nodeB.retrieve(handle, null, "conversation-42");
            assertThat(got.found()).as("node B finds %s", handle).isTrue();
            assertThat(Handles.of(got.content())).isEqualTo(handle);
        }
        assertThat(nodeB.retrieve(Handles.of(log), null, "conversation-42").content()).isEqualTo(log);
        assertThat(nodeB.retrieve(Handles.of(log), null, "conversation-43").status())
                .isEqualTo(RetrievalResult.Status.NOT_FOUND);
    }

    /**
     * Units written in the same millisecond share a deadline; each unit here nearly fills the bound,
     * so each write must evict the one written just before it, usually within the same millisecond.
     */
    @Test
    void should_stay_within_its_bound_when_many_units_are_written_in_the_same_millisecond() {
        RedisStore store = track(builder().maxChars(10_000).maxValueChars(5_000).build());
        for (int i = 0; i < 200; i++) {
            String a = ("unit " + i + " first ").repeat(400).substring(0, 4_000);
            String b = ("unit " + i + " second ").repeat(400).substring(0, 4_000);
            java.util.Map<String, String> unit = new java.util.LinkedHashMap<>();
            unit.put(Handles.of(a), a);
            unit.put(Handles.of(b), b);

            store.putAll(unit);

            assertThat(store.totalChars()).as("after unit %d", i).isLessThanOrEqualTo(10_000);
            assertThat(store.get(Handles.of(a)).content()).isEqualTo(a);
            assertThat(store.get(Handles.of(b)).content()).isEqualTo(b);
        }
    }

    @Test
    void should_fail_open_when_an_original_exceeds_max_value_chars() {
        RedisStore store = track(builder().maxValueChars(1_000).build());
        Headroom headroom = TestEngines.eliding(store);
        String log = Inputs.log(new Random(5));

        CompressionResult r = headroom.compress(log);

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED_OPEN);
        assertThat(r.text()).isEqualTo(log);
        assertThat(r.handles()).isEmpty();
        assertThat(store.entryCount()).isZero();
    }

    @Test
    void should_refuse_content_that_would_not_survive_utf8() {
        RedisStore store = track(builder().build());

        assertThatThrownBy(() -> store.put("00000000000000ab", "lone \uD800 surrogate"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("unpaired surrogate");
        assertThat(store.get("00000000000000ab").status()).isEqualTo(StoreLookup.Status.MISSING);
    }

    @Test
    void should_refresh_the_ttl_when_the_same_key_is_put_again() throws InterruptedException {
        RedisStore store = track(builder().ttl(Duration.ofMillis(3000)).build());
        store.put("00000000000000ac", "kept alive");
        Thread.sleep(2000);
        store.put("00000000000000ac", "kept alive");
        Thread.sleep(2000);

        assertThat(store.get("00000000000000ac").isFound()).isTrue();
        assertThat(store.totalChars()).isEqualTo("kept alive".length());
    }

    @Test
    void should_open_a_redis_store_from_a_location_with_a_database() {
        OriginalStore store = track(StoreLocations.open("redis://" + host() + ":" + port() + "/3"));
        assertThat(store).isInstanceOf(RedisStore.class);
        assertThat(store.name()).isEqualTo("redis://127.0.0.1:6379/3");
        String key = "00000000000000" + "ad";
        try {
            store.put(key, "in database 3");
            assertThat(store.get(key).content()).isEqualTo("in database 3");
            try (RedisStore db0 = RedisStore.create(host(), port())) {
                assertThat(db0.get(key).status()).isEqualTo(StoreLookup.Status.MISSING);
            }
        } finally {
            ((RedisStore) store).clear();
        }
    }

    @Test
    void should_keep_its_keys_under_the_prefix_given_in_its_location() {
        String prefix = RUN + "location prefix:";
        String encoded = prefix.replace(" ", "%20");
        RedisStore store = track((RedisStore) StoreLocations.open("redis://" + host() + ":" + port() + "?prefix=" + encoded));
        assertThat(store.prefix()).isEqualTo(prefix);

        store.put("00000000000000af", "under a prefix");

        assertThat(store.entryCount()).isEqualTo(1);
        try (RedisStore same = builder().prefix(prefix).build()) {
            assertThat(same.get("00000000000000af").content()).isEqualTo("under a prefix");
        }
        try (RedisStore other = builder().build()) {
            assertThat(other.get("00000000000000af").status()).isEqualTo(StoreLookup.Status.MISSING);
        }
    }

    @Test
    void should_reject_a_malformed_redis_location() {
        assertThatThrownBy(() -> StoreLocations.open("redis://localhost:6379/zero"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database must be a number");
        assertThatThrownBy(() -> StoreLocations.open("redis:///0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no host");
    }

    @Test
    void should_throw_store_unavailable_quickly_when_nothing_listens() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RedisStore store = RedisStore.builder("127.0.0.1", port).failFast(Duration.ZERO).build();
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> store.put("00000000000000ae", "x"))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("redis://127.0.0.1:" + port)
                    .hasMessageContaining("write failed");
            assertThatThrownBy(() -> store.get("00000000000000ae"))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("read failed");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            store.close();
        }
    }
}

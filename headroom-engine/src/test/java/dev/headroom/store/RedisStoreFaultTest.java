package dev.headroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.Handles;
import dev.headroom.testing.Inputs;
import dev.headroom.testing.LogCapture;
import dev.headroom.testing.RedisServerProcess;
import dev.headroom.testing.TestEngines;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kills a Redis server of its own while the engine compresses and retrieves, then restarts it on the
 * same port: the engine fails open while Redis is down and recovers once it is back.
 */
class RedisStoreFaultTest {

    private RedisServerProcess server;
    private RedisStore store;

    @BeforeEach
    void startServer() throws Exception {
        Assumptions.assumeTrue(RedisServerProcess.binaryAvailable(),
                "redis-server is not on the PATH; install Redis to run the Redis fault test");
        server = RedisServerProcess.start();
        store = RedisStore.builder("127.0.0.1", server.port())
                .connectTimeout(Duration.ofMillis(300))
                .socketTimeout(Duration.ofMillis(1000))
                .failFast(Duration.ofMillis(500))
                .build();
    }

    @AfterEach
    void stopServer() throws Exception {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void should_fail_open_while_redis_is_down_and_recover_when_it_is_back() throws Exception {
        Headroom headroom = TestEngines.eliding(store);
        Random random = new Random(99);
        String scope = "tenant-1";

        // given: Redis is up, compress and retrieve work
        String before = Inputs.log(random);
        CompressionResult up = headroom.compress(before, CompressionHints.NONE.withScope(scope));
        assertThat(up.outcome()).isEqualTo(Outcome.COMPRESSED);
        String handle = Handles.of(before);
        assertThat(headroom.retrieve(handle, null, scope).content()).isEqualTo(before);

        // and a background node keeps compressing and retrieving through the outage
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        AtomicInteger backgroundCalls = new AtomicInteger();
        List<String> violations = new ArrayList<>();
        Thread node = new Thread(() -> {
            Random r = new Random(5);
            try {
                while (running.get()) {
                    String input = Inputs.compressible(r);
                    CompressionResult res = headroom.compress(input, CompressionHints.NONE.withScope(scope));
                    backgroundCalls.incrementAndGet();
                    if (res.outcome() == Outcome.FAILED_OPEN && (!res.text().equals(input) || !res.handles().isEmpty())) {
                        synchronized (violations) {
                            violations.add("failed-open result is not a clean pass-through");
                        }
                    }
                    for (String h : res.handles()) {
                        headroom.retrieve(h, null, scope);
                    }
                }
            } catch (Throwable t) {
                escaped.set(t);
            }
        }, "background-node");
        node.start();
        Thread.sleep(200);

        try (LogCapture logs = LogCapture.start()) {
            // when: Redis dies mid-run
            server.kill();
            String during = Inputs.log(random);
            CompressionResult down = headroom.compress(during, CompressionHints.NONE.withScope(scope));
            RetrievalResult unavailable = headroom.retrieve(handle, null, scope);

            // then: the input passes through untouched, with no handle, and retrieval says why
            assertThat(down.outcome()).isEqualTo(Outcome.FAILED_OPEN);
            assertThat(down.text()).isEqualTo(during);
            assertThat(down.handles()).isEmpty();
            assertThat(unavailable.status()).isEqualTo(RetrievalResult.Status.UNAVAILABLE);
            assertThat(unavailable.toolResponse())
                    .contains("temporarily unavailable")
                    .contains("redis://127.0.0.1:" + server.port());
            assertThat(logs.warnings()).anySatisfy(w -> assertThat(w).contains("redis store").contains("failed"));
            assertThat(logs.warnings()).anySatisfy(w -> assertThat(w).contains("passing the original through"));

            // when: Redis comes back on the same port (empty: it keeps nothing on disk)
            server.restart();
            CompressionResult again = compressUntilStored(headroom, Inputs.log(random), scope);

            // then: the same store instance reconnects
            assertThat(again.outcome()).isEqualTo(Outcome.COMPRESSED);
            for (String h : again.handles()) {
                RetrievalResult got = headroom.retrieve(h, null, scope);
                assertThat(got.found()).isTrue();
                assertThat(Handles.of(got.content())).isEqualTo(h);
            }
            assertThat(headroom.retrieve(handle, null, scope).status())
                    .as("the original written before the crash is gone with the restarted server's memory")
                    .isEqualTo(RetrievalResult.Status.NOT_FOUND);
        } finally {
            running.set(false);
            node.join(10_000);
        }
        assertThat(escaped.get()).as("exception escaping the background node").isNull();
        assertThat(violations).isEmpty();
        assertThat(backgroundCalls.get()).isPositive();
    }

    private static CompressionResult compressUntilStored(Headroom headroom, String input, String scope)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        CompressionResult r;
        do {
            r = headroom.compress(input, CompressionHints.NONE.withScope(scope));
            if (r.outcome() == Outcome.COMPRESSED) {
                return r;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return r;
    }
}

package dev.headroom.store;

import dev.headroom.testing.RedisServers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The Redis store tests against a Redis in a Docker container (Testcontainers): one contract, a
 * second source of a real server. Skips where no Docker daemon answers (as on this project's CI,
 * which runs {@link RedisStoreTest} against its own redis-server instead).
 */
class RedisStoreContainerTest extends RedisStoreTest {

    @Override
    protected RedisServers.Server server() {
        return RedisServers.container().orElseThrow();
    }

    @Override
    @BeforeEach
    void requireRedis() {
        Assumptions.assumeTrue(RedisServers.container().isPresent(),
                "no Docker daemon answers; the Redis store contract runs against 127.0.0.1:6379 in RedisStoreTest");
    }
}

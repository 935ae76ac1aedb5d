package dev.headroom.spring.ai.autoconfigure;

import dev.headroom.store.OriginalStore;
import dev.headroom.store.RedisStore;

/** Builds the Redis store; a class of its own so that only choosing Redis loads RedisStore and Jedis. */
final class RedisStores {

    private RedisStores() {}

    static OriginalStore open(HeadroomProperties.Redis redis) {
        return RedisStore.builder(redis.getUrl())
                .ttl(redis.getTtl())
                .prefix(redis.getPrefix())
                .maxChars(redis.getMaxChars())
                // the per-original cap may not exceed the total; keep its default unless the total is smaller
                .maxValueChars((int) Math.min(RedisStore.DEFAULT_MAX_VALUE_CHARS, redis.getMaxChars()))
                .connectTimeout(redis.getConnectTimeout())
                .socketTimeout(redis.getSocketTimeout())
                .build();
    }
}

package dev.headroom.store;

import dev.headroom.internal.Checks;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Opens a store from a location string, as given in {@code HEADROOM_STORE}: {@code memory}, a
 * SQLite file path (optionally prefixed {@code sqlite:}), or a Redis URI:
 * {@code redis://host:port}, {@code redis://host:port/db}, {@code redis://:password@host:port/db},
 * {@code rediss://...} for TLS.
 */
public final class StoreLocations {

    private StoreLocations() {}

    /**
     * Opens the store at {@code location}.
     *
     * @throws IllegalArgumentException for a blank location or a malformed Redis URI
     * @throws IllegalStateException when the backend's driver (sqlite-jdbc, Jedis) is not on the classpath
     */
    public static OriginalStore open(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("store location is blank; use memory, a file path, or redis://host:port");
        }
        String loc = location.trim();
        String lower = loc.toLowerCase(Locale.ROOT);
        if (lower.equals("memory")) {
            return InMemoryStore.create();
        }
        if (lower.startsWith("redis://") || lower.startsWith("rediss://")) {
            // checked before RedisStore is touched: linking it without Jedis would fail less clearly
            Checks.requireClass("redis.clients.jedis.JedisPooled", "a redis:// store", "redis.clients:jedis");
            return RedisStore.builder(loc).build();
        }
        if (lower.startsWith("sqlite:")) {
            loc = loc.substring("sqlite:".length());
        }
        return SqliteStore.open(Paths.get(loc));
    }

    /** The CLI's default SQLite file: {@code ~/.headroom/store.db}. */
    public static Path defaultSqliteFile() {
        return Paths.get(System.getProperty("user.home"), ".headroom", "store.db");
    }
}

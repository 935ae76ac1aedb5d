package dev.headroom.store;

import dev.headroom.internal.Checks;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a store from a location string, as given in {@code HEADROOM_STORE}: {@code memory}, a
 * SQLite file path (optionally prefixed {@code sqlite:}), or a Redis URI:
 * {@code redis://host:port}, {@code redis://host:port/db}, {@code redis://:password@host:port/db},
 * {@code rediss://...} for TLS, each optionally followed by {@code ?prefix=P} (the key prefix).
 */
public final class StoreLocations {

    /** The forms {@link #open(String)} accepts, as error messages state them. */
    public static final String ACCEPTED_FORMS = "memory, a SQLite file path or sqlite:PATH, "
            + "redis://[[user]:password@]host[:port][/db][?prefix=P], or rediss://... for TLS";

    /** A URI scheme: letters first, then letters, digits, +, - or . (RFC 3986), then "://". */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");

    private StoreLocations() {}

    /**
     * Opens the store at {@code location}.
     *
     * @throws IllegalArgumentException for a blank or malformed location (the message ends with
     *     {@link #ACCEPTED_FORMS}); a password in it is not repeated
     * @throws IllegalStateException when the backend's driver (sqlite-jdbc, Jedis) is not on the classpath
     */
    public static OriginalStore open(String location) {
        try {
            return openChecked(location);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; expected " + ACCEPTED_FORMS, e);
        }
    }

    private static OriginalStore openChecked(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("store location is blank");
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
        Matcher scheme = SCHEME.matcher(loc);
        if (scheme.find()) {
            throw new IllegalArgumentException("unsupported scheme '" + scheme.group(1) + "' in store location "
                    + RedisStore.redact(loc));
        }
        if (lower.startsWith("sqlite:")) {
            loc = loc.substring("sqlite:".length());
            if (loc.isBlank()) {
                throw new IllegalArgumentException("store location " + location.trim() + " has no file path");
            }
        }
        return SqliteStore.open(Paths.get(loc));
    }

    /** The CLI's default SQLite file: {@code ~/.headroom/store.db}. */
    public static Path defaultSqliteFile() {
        return Paths.get(System.getProperty("user.home"), ".headroom", "store.db");
    }
}

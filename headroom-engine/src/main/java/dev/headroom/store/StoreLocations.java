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

    /** Which kind of store a location names. */
    public enum Backend {
        MEMORY,
        SQLITE,
        REDIS
    }

    /**
     * A parsed location: the backend and what it needs to open (the SQLite file path, or the whole
     * Redis URI; empty for memory).
     */
    public record Location(Backend backend, String target) {}

    /**
     * Opens the store at {@code location}.
     *
     * @throws IllegalArgumentException for a blank or malformed location (the message ends with
     *     {@link #ACCEPTED_FORMS}); a password in it is not repeated
     * @throws IllegalStateException when the backend's driver (sqlite-jdbc, Jedis) is not on the classpath
     */
    public static OriginalStore open(String location) {
        Location parsed = parse(location);
        try {
            switch (parsed.backend()) {
                case MEMORY:
                    return InMemoryStore.create();
                case REDIS:
                    // checked before RedisStore is touched: linking it without Jedis would fail less clearly
                    Checks.requireClass("redis.clients.jedis.JedisPooled", "a redis:// store", "redis.clients:jedis");
                    return RedisStore.builder(parsed.target()).build();
                default:
                    return SqliteStore.open(Paths.get(parsed.target()));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; expected " + ACCEPTED_FORMS, e);
        }
    }

    /**
     * Which backend {@code location} names, without opening anything; the CLI and the Spring Boot
     * properties read {@code HEADROOM_STORE} through this one parser.
     *
     * @throws IllegalArgumentException for a blank location, an unsupported scheme or {@code sqlite:}
     *     without a path (the message ends with {@link #ACCEPTED_FORMS}); a password is not repeated
     */
    public static Location parse(String location) {
        if (location == null || location.isBlank()) {
            throw invalid("store location is blank");
        }
        String loc = location.trim();
        String lower = loc.toLowerCase(Locale.ROOT);
        if (lower.equals("memory")) {
            return new Location(Backend.MEMORY, "");
        }
        if (lower.startsWith("redis://") || lower.startsWith("rediss://")) {
            return new Location(Backend.REDIS, loc);
        }
        Matcher scheme = SCHEME.matcher(loc);
        if (scheme.find()) {
            throw invalid("unsupported scheme '" + scheme.group(1) + "' in store location " + RedisStore.redact(loc));
        }
        if (lower.startsWith("sqlite:")) {
            loc = loc.substring("sqlite:".length());
            if (loc.isBlank()) {
                throw invalid("store location " + location.trim() + " has no file path");
            }
        }
        return new Location(Backend.SQLITE, loc);
    }

    private static IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException(message + "; expected " + ACCEPTED_FORMS);
    }

    /**
     * The CLI's default SQLite file: {@code $HOME/.headroom/store.db}, where {@code $HOME} is the
     * environment variable when it is set (as a shell user expects), else the JVM's {@code user.home}
     * (which comes from the user database and ignores {@code $HOME}).
     */
    public static Path defaultSqliteFile() {
        return defaultSqliteFile(System.getenv("HOME"), System.getProperty("user.home"));
    }

    /** {@link #defaultSqliteFile()} for the given {@code $HOME} (null or blank: unset) and {@code user.home}. */
    static Path defaultSqliteFile(String homeVariable, String userHome) {
        String home = homeVariable == null || homeVariable.isBlank() ? userHome : homeVariable;
        return Paths.get(home, ".headroom", "store.db");
    }
}

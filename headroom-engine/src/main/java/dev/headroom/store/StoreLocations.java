package dev.headroom.store;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Opens a store from a location string, as given in {@code HEADROOM_STORE}: {@code memory}, a
 * SQLite file path (optionally prefixed {@code sqlite:}), or {@code redis://host:port}.
 */
public final class StoreLocations {

    private StoreLocations() {}

    /**
     * Opens the store at {@code location}.
     *
     * @throws IllegalArgumentException for a blank location or an unsupported scheme
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
            throw new IllegalArgumentException("redis stores are not supported yet: " + loc);
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

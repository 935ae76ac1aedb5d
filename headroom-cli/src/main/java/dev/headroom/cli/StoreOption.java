package dev.headroom.cli;

import dev.headroom.store.OriginalStore;
import dev.headroom.store.StoreLocations;

/** Where the CLI keeps originals: {@code HEADROOM_STORE} (a SQLite path or redis://host:port), else ~/.headroom/store.db. */
final class StoreOption {

    static final String ENV = "HEADROOM_STORE";

    private StoreOption() {}

    static OriginalStore open() {
        String location = System.getenv(ENV);
        if (location == null || location.isBlank()) {
            location = StoreLocations.defaultSqliteFile().toString();
        }
        return StoreLocations.open(location);
    }
}

package dev.headroom.cli;

import dev.headroom.store.OriginalStore;
import dev.headroom.store.StoreLocations;

/**
 * Where the CLI keeps originals: {@code HEADROOM_STORE} (a SQLite path or redis://host:port), else
 * {@code $HOME/.headroom/store.db} (directory 0700, file 0600 when the CLI creates them).
 */
final class StoreOption {

    static final String ENV = "HEADROOM_STORE";

    private StoreOption() {}

    /**
     * Opens the store named by {@code HEADROOM_STORE}, or the default SQLite file.
     *
     * @throws InvalidLocationException when the location is malformed or its driver is missing
     */
    static OriginalStore open() {
        String location = System.getenv(ENV);
        if (location == null || location.isBlank()) {
            location = StoreLocations.defaultSqliteFile().toString();
        }
        try {
            return StoreLocations.open(location);
        } catch (IllegalArgumentException e) {
            throw new InvalidLocationException("invalid " + ENV + ": " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new InvalidLocationException("cannot open " + ENV + ": " + e.getMessage(), e);
        }
    }

    /**
     * The store location cannot be used. {@link HeadroomCli} prints the message as one line on
     * standard error and exits {@link HeadroomCli#EXIT_USAGE}, whichever command opened the store.
     */
    static final class InvalidLocationException extends RuntimeException {
        InvalidLocationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

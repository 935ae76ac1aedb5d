package dev.headroom.store;

import java.util.Objects;

/** The outcome of a store lookup: the content when found, or why it is not there. */
public record StoreLookup(Status status, String content) {

    /** Whether an entry was found, had expired, or was never there (or already evicted). */
    public enum Status {
        FOUND,
        EXPIRED,
        MISSING
    }

    public StoreLookup {
        Objects.requireNonNull(status, "status");
        if (status == Status.FOUND) {
            Objects.requireNonNull(content, "content");
        }
    }

    public static StoreLookup found(String content) {
        return new StoreLookup(Status.FOUND, content);
    }

    public static StoreLookup expired() {
        return new StoreLookup(Status.EXPIRED, null);
    }

    public static StoreLookup missing() {
        return new StoreLookup(Status.MISSING, null);
    }

    public boolean isFound() {
        return status == Status.FOUND;
    }
}

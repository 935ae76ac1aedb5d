package dev.headroom;

import java.util.Objects;

/**
 * The result of {@link Headroom#retrieve}: the original (or the part matching the query) when found,
 * otherwise a message saying why not, fit to show a model.
 */
public record RetrievalResult(Status status, String handle, String content, String message) {

    /** How a retrieval ended. */
    public enum Status {
        /** The whole original. */
        FOUND,
        /** Only the items or lines matching the query. */
        FILTERED,
        /** The original exists but nothing in it matches the query. */
        NO_MATCH,
        /** No original under this handle (never stored, evicted, or in another scope). */
        NOT_FOUND,
        /** The original's time to live ran out. */
        EXPIRED,
        /** The store could not be reached. */
        UNAVAILABLE,
        /** The handle is malformed. */
        INVALID
    }

    public RetrievalResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        content = content == null ? "" : content;
        handle = handle == null ? "" : handle;
    }

    /** Whether content was returned. */
    public boolean found() {
        return status == Status.FOUND || status == Status.FILTERED;
    }

    /** The text to hand to a model: the content when found, otherwise the message. */
    public String toolResponse() {
        return found() ? content : message;
    }
}

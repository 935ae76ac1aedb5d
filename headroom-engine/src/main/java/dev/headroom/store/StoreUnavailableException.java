package dev.headroom.store;

/** Thrown when a store backend cannot be reached or written; Headroom fails open on it. */
public class StoreUnavailableException extends RuntimeException {

    private final String storeName;

    public StoreUnavailableException(String storeName, String message, Throwable cause) {
        super("Store " + storeName + " unavailable: " + message, cause);
        this.storeName = storeName;
    }

    /** The {@link OriginalStore#name()} of the store that failed. */
    public String storeName() {
        return storeName;
    }
}

package dev.headroom;

/**
 * Observes a {@link Headroom} instance. Methods are called on the calling thread; anything they
 * throw is logged and ignored.
 */
public interface HeadroomListener {

    /** After every {@link Headroom#compress} call, pass-throughs included. */
    default void onCompression(CompressionResult result, CompressionHints hints) {}

    /** After every {@link Headroom#retrieve} call. */
    default void onRetrieval(RetrievalResult result) {}

    /** When compression failed and the original went through instead. */
    default void onFailure(Throwable error, CompressionHints hints) {}
}

package dev.headroom.onnx;

import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;

/**
 * Loads a {@link SentenceEmbedder} on first use, once: concurrent callers wait for the same load,
 * and a failed load is remembered (and logged once) instead of retried on every call.
 */
final class LazyEmbedder {

    private final Callable<SentenceEmbedder> loader;
    private final String description;
    private final System.Logger log;
    private volatile SentenceEmbedder embedder;
    private volatile Throwable failure;

    LazyEmbedder(Callable<SentenceEmbedder> loader, String description, System.Logger log) {
        this.loader = loader;
        this.description = description;
        this.log = log;
    }

    /** The embedder, or null when it could not be loaded (now or on an earlier call). */
    SentenceEmbedder get() {
        SentenceEmbedder e = embedder;
        if (e != null || failure != null) {
            return e;
        }
        synchronized (this) {
            if (embedder == null && failure == null) {
                try {
                    embedder = loader.call();
                } catch (Throwable t) { // a missing native library is a LinkageError, a huge model an OutOfMemoryError
                    failure = t;
                    log.log(Level.WARNING, "headroom-onnx: cannot load the relevance model " + description + " ("
                            + t + "); this scorer returns no scores from now on, compressors use lexical signals only", t);
                }
            }
            return embedder;
        }
    }

    /** Whether a load has succeeded, without attempting one. */
    boolean loadedNow() {
        return embedder != null;
    }

    /** Why the load failed, or null. */
    Throwable failure() {
        return failure;
    }
}

package dev.headroom.onnx;

import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads a {@link SentenceEmbedder} once, on first use, on a background thread: a caller waits for
 * it only as long as its own time allows (loading takes a second or more), concurrent callers share
 * the one load, and a failed load is remembered (and logged once) instead of retried on every call.
 */
final class LazyEmbedder {

    private final Callable<SentenceEmbedder> loader;
    private final String description;
    private final System.Logger log;
    /** Completes with the embedder, or with null when the load failed. */
    private final AtomicReference<CompletableFuture<SentenceEmbedder>> load = new AtomicReference<>();

    LazyEmbedder(Callable<SentenceEmbedder> loader, String description, System.Logger log) {
        this.loader = loader;
        this.description = description;
        this.log = log;
    }

    /**
     * The embedder, starting its load if none has started; null when it could not be loaded (now or
     * earlier) or is still loading after {@code maxWaitNanos}.
     */
    SentenceEmbedder get(long maxWaitNanos) {
        CompletableFuture<SentenceEmbedder> f = load.get();
        if (f == null) {
            CompletableFuture<SentenceEmbedder> mine = new CompletableFuture<>();
            if (load.compareAndSet(null, mine)) {
                Thread t = new Thread(() -> mine.complete(loadOnce()), "headroom-onnx-model-load");
                t.setDaemon(true);
                t.start();
            }
            f = load.get();
        }
        if (f.isDone() || maxWaitNanos == Long.MAX_VALUE) {
            return f.join();
        }
        if (maxWaitNanos <= 0) {
            return null;
        }
        try {
            return f.get(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null; // loadOnce does not throw; kept for the compiler
        }
    }

    private SentenceEmbedder loadOnce() {
        try {
            return loader.call();
        } catch (Throwable t) { // a missing native library is a LinkageError, a huge model an OutOfMemoryError
            log.log(Level.WARNING, "headroom-onnx: cannot load the relevance model " + description + " (" + t
                    + "); this scorer returns no scores from now on, compressors use lexical signals only", t);
            return null;
        }
    }

    /** Whether a load has succeeded, without starting or waiting for one. */
    boolean loadedNow() {
        CompletableFuture<SentenceEmbedder> f = load.get();
        return f != null && f.isDone() && f.join() != null;
    }
}

package dev.headroom;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A larger time budget for the first compressions of a JVM. They run before the JIT has compiled
 * the detector and the compressors, several times slower than later ones, and a tool result that
 * passes through then is resent unchanged for the rest of its conversation, for cache safety; so a
 * 100 ms budget would leave the first large result of every application start uncompressed (the
 * LangChain4j example saved nothing before this). The first
 * {@value #COMPRESSIONS} compressions of the JVM get ten times the budget, with at most one second
 * added.
 */
final class ColdStart {

    /** Compressions (calls that reach a compressor, or time out trying) that get the larger budget. */
    static final int COMPRESSIONS = 16;

    /** The larger budget is this many times the configured one... */
    static final int FACTOR = 10;

    /** ...with at most this much added. */
    static final Duration MAX_EXTRA = Duration.ofSeconds(1);

    /** The JVM's compressions so far; JIT state is per JVM, so every engine shares it. */
    static final ColdStart JVM = new ColdStart();

    private final AtomicInteger compressions = new AtomicInteger();

    /** The budget the next compression gets, given the configured one. */
    Duration budget(Duration configured) {
        if (compressions.get() >= COMPRESSIONS) {
            return configured;
        }
        Duration extra = configured.multipliedBy(FACTOR - 1);
        return configured.plus(extra.compareTo(MAX_EXTRA) > 0 ? MAX_EXTRA : extra);
    }

    /** Counts one compression that ran (whatever its outcome). */
    void ran() {
        if (compressions.get() < COMPRESSIONS) {
            compressions.incrementAndGet();
        }
    }
}

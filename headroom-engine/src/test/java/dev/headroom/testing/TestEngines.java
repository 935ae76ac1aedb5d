package dev.headroom.testing;

import dev.headroom.Headroom;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.OriginalStore;
import java.time.Duration;

/** Engines for store, concurrency and fault tests. */
public final class TestEngines {

    private TestEngines() {}

    /**
     * An engine over {@code store} that elides lines of every kind with {@link ElidingCompressor}, so
     * every multi-line test input yields handles whichever real compressors exist.
     */
    public static Headroom eliding(OriginalStore store) {
        Headroom.Builder b = Headroom.builder().timeBudget(Duration.ZERO).minTokens(0).store(store);
        ElidingCompressor eliding = new ElidingCompressor();
        for (ContentKind kind : ContentKind.values()) {
            b.compressor(kind, eliding);
        }
        return b.build();
    }
}

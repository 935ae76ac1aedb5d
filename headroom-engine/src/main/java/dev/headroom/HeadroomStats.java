package dev.headroom;

/**
 * A snapshot of one {@link Headroom} instance's counters since it was built. Token totals count
 * every call that reached the compressor pipeline, pass-throughs included. {@code timeouts} counts the
 * pass-throughs that ran out of their time budget ({@link Outcome#TIMED_OUT}); they are among
 * {@code passThroughs}, not {@code failures}.
 */
public record HeadroomStats(
        long calls,
        long compressions,
        long passThroughs,
        long failures,
        long tokensBefore,
        long tokensAfter,
        long retrievals,
        long retrievalMisses,
        long timeouts) {

    public static final HeadroomStats EMPTY = new HeadroomStats(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long tokensSaved() {
        return tokensBefore - tokensAfter;
    }

    /** Fraction of tokens saved over all calls, in [0, 1]. */
    public double savings() {
        return tokensBefore == 0 ? 0 : (double) tokensSaved() / tokensBefore;
    }
}

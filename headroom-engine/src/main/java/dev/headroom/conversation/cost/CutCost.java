package dev.headroom.conversation.cost;

import java.util.Objects;

/*
 * The cost model of a cut, in full-price-token equivalents (one token billed at the full input price).
 *
 * A request of N tokens follows one of N_prev tokens that is in the provider's cache. A cut replaces
 * tool results with stubs, so the request shrinks by D tokens and, from its first stub on, is new
 * bytes: of the cached prefix only C tokens can still be read (C <= N_prev). Under automatic prefix
 * caching C is everything before the first stub. Under one breakpoint on the last message C is the
 * longest earlier request that ended before the first stub and is found from the new breakpoint
 * (within the lookback), usually nothing in a long conversation: a cut there rewrites the whole prompt.
 * With r the price factor of a cached token and w that of a token not read from the cache (the full
 * price under automatic prefix caching, the cache write under a breakpoint, 1.25 at Anthropic):
 *
 *   this request without the cut:  r * N_prev + w * (N - N_prev)
 *   this request with the cut:     r * C      + w * (N - D - C)
 *   one-time cost of the cut:      (w - r) * (N_prev - C) - w * D
 *
 * (negative when the cut removes more than the prefix it loses would have cost to read: it pays at
 * once). Every later request then reads D tokens fewer from the cache: r * D saved per turn, as long
 * as the conversation goes on. The conversation's length is not known in advance; it is estimated from
 * the session so far, conservatively (see expectedRemainingTurns). A cut pays when the saving over the
 * turns counted on exceeds the one-time cost.
 *
 * Not modelled, on purpose: a cache entry expiring between turns (it makes the prefix a cut loses worth
 * less, so the model cuts a little less often than it could), and later cuts (each is priced when it
 * comes, against the history it finds).
 */
/**
 * What cutting a conversation's history costs once and saves on every later turn, priced under a
 * {@link CachePricing}; the decision of the context budget. Amounts are in full-price-token equivalents.
 *
 * @param oneTime       the extra cost of the request that carries the cut (the cached prefix it loses,
 *                      rewritten, minus what it no longer sends); negative when it saves at once
 * @param savedPerTurn  what every later request saves (the removed tokens, no longer read from the cache)
 * @param expectedTurns how many more requests the conversation is counted on to make
 */
public record CutCost(double oneTime, double savedPerTurn, double expectedTurns) {

    /**
     * Prices a cut.
     *
     * @param pricing        the provider's cache pricing
     * @param cachedBefore   tokens of the previous request the cache holds (what this request reads without the cut)
     * @param stillCached    tokens of this request the cache can still serve after the cut (at most
     *                       {@code cachedBefore}: see the class comment)
     * @param removed        tokens the cut removes from this request
     * @param turnsSoFar     requests the conversation has made, this one included (see {@link #expectedRemainingTurns})
     * @throws IllegalArgumentException if a count is negative
     */
    public static CutCost of(CachePricing pricing, long cachedBefore, long stillCached, long removed, int turnsSoFar) {
        Objects.requireNonNull(pricing, "pricing");
        if (cachedBefore < 0 || stillCached < 0 || removed < 0 || turnsSoFar < 0) {
            throw new IllegalArgumentException("token counts and turns must be >= 0, were " + cachedBefore + ", " + stillCached
                    + ", " + removed + ", " + turnsSoFar);
        }
        double r = pricing.readFactor();
        double w = uncachedFactor(pricing);
        long lost = cachedBefore - Math.min(stillCached, cachedBefore);
        return new CutCost((w - r) * lost - w * removed, r * removed, expectedRemainingTurns(turnsSoFar));
    }

    /**
     * How many more requests a conversation that has made {@code turnsSoFar} is counted on to make:
     * half as many again. With nothing known but its age, a conversation's remaining length is as
     * uncertain as its age is long (for a scale-free prior, the chance that it makes at least
     * {@code s} more requests is {@code t / (t + s)}): it goes on for half its age again two times in
     * three. Counting on that, rather than on the median (as many again, one time in two), makes a cut
     * that does not pay back before the conversation ends rare, and early cuts rarer still (a short
     * session never recovers the prefix a cut loses).
     */
    public static double expectedRemainingTurns(int turnsSoFar) {
        return Math.max(0, turnsSoFar) / 2.0;
    }

    /** What a token not read from the cache costs: the full price, or the cache write where writes are billed. */
    static double uncachedFactor(CachePricing pricing) {
        return pricing.mode() == CachePricing.Mode.LAST_MESSAGE_BREAKPOINT ? pricing.writeFactor() : 1.0;
    }

    /** The saving over the turns counted on. */
    public double expectedSaving() {
        return savedPerTurn * expectedTurns;
    }

    /** Whether the cut saves more over the turns counted on than it costs once. */
    public boolean pays() {
        return expectedSaving() > oneTime;
    }
}

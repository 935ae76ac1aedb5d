package dev.headroom.conversation.cost;

import java.util.Objects;

/**
 * How a provider bills input tokens with prompt caching: the price of a full-price input token, the
 * factor a cached (read) token is billed at, the factor a token written to the cache is billed at,
 * the smallest prompt prefix that is cached at all, the step cached lengths are rounded down to, and
 * where the cache is keyed ({@link Mode}). Prices are configuration: pass your own.
 *
 * @param name                 a label for reports
 * @param inputPerMillion      price of one million full-price input tokens, in dollars
 * @param readFactor           cached tokens cost this times the full price (0.1 at both providers today)
 * @param writeFactor          tokens written to the cache cost this times the full price (1.0 when
 *                             writing is free, 1.25 for Anthropic's five-minute cache)
 * @param minCachedTokens      prefixes shorter than this are never cached (1,024 for OpenAI and most
 *                             Anthropic models)
 * @param stepTokens           cached lengths are rounded down to a multiple of this (128 for OpenAI, 1 when exact)
 * @param lookbackBlocks       for {@link Mode#LAST_MESSAGE_BREAKPOINT}: how many blocks before the
 *                             breakpoint an earlier cache entry may end and still be found
 */
public record CachePricing(
        String name, double inputPerMillion, double readFactor, double writeFactor, int minCachedTokens, int stepTokens,
        Mode mode, int lookbackBlocks) {

    /** Where a provider keeps cached prefixes. */
    public enum Mode {
        /**
         * Automatic prefix caching (OpenAI): every request's prefix is cached; a later request is
         * billed the cached rate for the longest prefix it shares with any earlier request, rounded
         * down to {@code stepTokens}, once that is at least {@code minCachedTokens}.
         */
        AUTOMATIC_PREFIX,
        /**
         * One {@code cache_control} breakpoint on the last message (Anthropic): each request writes
         * its whole prompt to the cache (billed {@code writeFactor}) except the part read from an
         * earlier entry, which is found only if it ends at most {@code lookbackBlocks} blocks before
         * the breakpoint; prompts below {@code minCachedTokens} are neither read nor written.
         */
        LAST_MESSAGE_BREAKPOINT
    }

    /** OpenAI automatic prefix caching at GPT-4o's list price ($2.50 per million input tokens, cached at 0.1). */
    public static final CachePricing OPENAI_AUTOMATIC =
            new CachePricing("openai-automatic", 2.50, 0.1, 1.0, 1_024, 128, Mode.AUTOMATIC_PREFIX, 0);

    /**
     * Anthropic {@code cache_control} on the last message at Claude Sonnet's list price ($3 per million
     * input tokens; reads 0.1, five-minute writes 1.25, 1,024-token minimum, 20-block lookback).
     */
    public static final CachePricing ANTHROPIC_LAST_MESSAGE =
            new CachePricing("anthropic-last-message", 3.00, 0.1, 1.25, 1_024, 1, Mode.LAST_MESSAGE_BREAKPOINT, 20);

    public CachePricing {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mode, "mode");
        if (inputPerMillion < 0 || readFactor < 0 || writeFactor < 0) {
            throw new IllegalArgumentException("prices and factors must be >= 0, were " + inputPerMillion + ", " + readFactor
                    + ", " + writeFactor);
        }
        if (minCachedTokens < 0 || stepTokens < 1 || lookbackBlocks < 0) {
            throw new IllegalArgumentException("minCachedTokens and lookbackBlocks must be >= 0 and stepTokens >= 1, were "
                    + minCachedTokens + ", " + lookbackBlocks + ", " + stepTokens);
        }
    }

    /**
     * How much of a prompt prefix of {@code tokens} tokens the cache holds: nothing below
     * {@code minCachedTokens}, whole steps of {@code stepTokens} above it.
     */
    public long cachedPrefix(long tokens) {
        return tokens < minCachedTokens ? 0 : tokens / stepTokens * stepTokens;
    }

    /** Dollars for {@code weightedTokens} full-price-token equivalents. */
    public double dollars(double weightedTokens) {
        return weightedTokens * inputPerMillion / 1_000_000.0;
    }
}

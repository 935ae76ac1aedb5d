package dev.headroom.conversation.cost;

/**
 * What one request's input is billed as under a {@link CachePricing}.
 *
 * @param inputTokens all input tokens
 * @param readTokens  tokens read from the cache (billed at the read factor)
 * @param writtenTokens tokens written to the cache (billed at the write factor)
 * @param fullTokens  tokens billed at the full price
 * @param weighted    the cost in full-price-token equivalents
 */
public record RequestCost(long inputTokens, long readTokens, long writtenTokens, long fullTokens, double weighted) {

    public static final RequestCost ZERO = new RequestCost(0, 0, 0, 0, 0);

    /** This cost plus {@code other}. */
    public RequestCost plus(RequestCost other) {
        return new RequestCost(inputTokens + other.inputTokens, readTokens + other.readTokens, writtenTokens + other.writtenTokens,
                fullTokens + other.fullTokens, weighted + other.weighted);
    }
}

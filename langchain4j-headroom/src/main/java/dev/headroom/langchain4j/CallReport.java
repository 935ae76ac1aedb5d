package dev.headroom.langchain4j;

/**
 * What Headroom did for one {@code chat} call of a decorator: the tool results in the caller's
 * request and their tokens before and after compression, how many model calls the call took, and
 * how many {@code headroom_retrieve} calls were answered on the way.
 *
 * @param toolResults           tool results in the request
 * @param compressedToolResults of those, how many went out compressed
 * @param tokensBefore          tokens of all tool results as the application produced them
 * @param tokensAfter           tokens of the same results as sent to the model
 * @param retrievedTokens       tokens of {@code headroom_retrieve} results the model received: answered in this
 *                              call, plus earlier answers replayed into this call's history (never in the totals above)
 * @param modelCalls            model calls made (1 plus one per retrieve round)
 * @param retrieveCalls         {@code headroom_retrieve} calls answered by the decorator
 * @param retrieveOffered       whether {@code headroom_retrieve} was offered to the model
 * @param failedOpen            whether an internal failure sent something through unchanged
 */
public record CallReport(
        int toolResults,
        int compressedToolResults,
        long tokensBefore,
        long tokensAfter,
        long retrievedTokens,
        int modelCalls,
        int retrieveCalls,
        boolean retrieveOffered,
        boolean failedOpen) {

    public long tokensSaved() {
        return tokensBefore - tokensAfter;
    }

    /** Fraction of tool-result tokens saved, in [0, 1]. */
    public double savings() {
        return tokensBefore == 0 ? 0 : (double) tokensSaved() / tokensBefore;
    }
}

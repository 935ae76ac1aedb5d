package dev.headroom.langchain4j;

/**
 * Running totals of one decorator since it was built, summed over every {@link CallReport}.
 *
 * @param calls                 {@code chat} calls handled
 * @param modelCalls            calls made to the wrapped model
 * @param toolResults           tool results seen in requests (a result resent on later turns counts again)
 * @param compressedToolResults of those, how many went out compressed
 * @param tokensBefore          tool-result tokens as produced by the application
 * @param tokensAfter           tool-result tokens as sent to the model
 * @param retrievedTokens       tokens of {@code headroom_retrieve} results sent to the model, see {@link CallReport}
 * @param retrieveCalls         {@code headroom_retrieve} calls answered
 * @param failures              internal failures that passed content through unchanged
 */
public record HeadroomChatStats(
        long calls,
        long modelCalls,
        long toolResults,
        long compressedToolResults,
        long tokensBefore,
        long tokensAfter,
        long retrievedTokens,
        long retrieveCalls,
        long failures) {

    public long tokensSaved() {
        return tokensBefore - tokensAfter;
    }

    /** Fraction of tool-result tokens saved over all calls, in [0, 1]. */
    public double savings() {
        return tokensBefore == 0 ? 0 : (double) tokensSaved() / tokensBefore;
    }
}

package dev.headroom.conversation;

/**
 * Running totals of one {@link ConversationPolicy} since it was built, summed over every
 * {@link TurnReport}.
 *
 * @param calls                 calls handled
 * @param modelCalls            model calls made
 * @param toolResults           tool results seen in requests (a result resent on later turns counts again)
 * @param compressedToolResults of those, how many went out compressed
 * @param tokensBefore          tool-result tokens as produced by the application
 * @param tokensAfter           tool-result tokens as sent
 * @param retrievedTokens       tokens of {@code headroom_retrieve} answers sent, see {@link TurnReport}
 * @param retrieveCalls         {@code headroom_retrieve} calls answered
 * @param failures              internal failures that passed content through unchanged
 * @param replays               exchanges replayed
 * @param replaysMissing        exchanges evicted before the request that needed them
 * @param historiesRebuilt      requests that continued an exchange's history without its returned message
 * @param cuts                  requests that cut the history (the context budget)
 * @param stubbedToolResults    tool results sent as stubs (a stub resent on later turns counts again)
 * @param stubbedTokens         tokens the stubs removed from requests, summed over requests
 */
public record ConversationStats(
        long calls,
        long modelCalls,
        long toolResults,
        long compressedToolResults,
        long tokensBefore,
        long tokensAfter,
        long retrievedTokens,
        long retrieveCalls,
        long failures,
        long replays,
        long replaysMissing,
        long historiesRebuilt,
        long cuts,
        long stubbedToolResults,
        long stubbedTokens) {

    public long tokensSaved() {
        return tokensBefore - tokensAfter;
    }

    /** Fraction of tool-result tokens saved over all calls, in [0, 1]. */
    public double savings() {
        return tokensBefore == 0 ? 0 : (double) tokensSaved() / tokensBefore;
    }
}

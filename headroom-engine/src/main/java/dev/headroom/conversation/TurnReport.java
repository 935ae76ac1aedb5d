package dev.headroom.conversation;

/**
 * What the policy did for one call of a front end (one caller request, across its retrieve rounds).
 *
 * @param toolResults           tool results in the caller's request
 * @param compressedToolResults of those, how many went out compressed
 * @param tokensBefore          tokens of those results as the application produced them
 * @param tokensAfter           tokens of the same results as sent
 * @param retrievedTokens       tokens of {@code headroom_retrieve} answers the model received: answered in this
 *                              call, plus earlier answers replayed into this call's history
 * @param modelCalls            model calls made (1 plus one per retrieve round)
 * @param retrieveCalls         {@code headroom_retrieve} calls answered
 * @param retrieveOffered       whether {@code headroom_retrieve} was offered
 * @param failedOpen            whether an internal failure sent something through unchanged
 * @param replays               earlier exchanges replayed into this request
 * @param replaysMissing        exchanges that were remembered for this request's history but evicted since
 *                              (the caller's own messages went out instead)
 * @param historiesRebuilt      places where the request continued the history an exchange followed with
 *                              something other than the message the exchange returned
 * @param stubbedToolResults    tool results the context budget sent as stubs (the ones cut by this request
 *                              and by earlier ones, sent again as the same stubs)
 * @param stubbedTokens         tokens those stubs removed from the request
 * @param cut                   whether this request cut the history (replaced results sent whole before)
 */
public record TurnReport(
        int toolResults,
        int compressedToolResults,
        long tokensBefore,
        long tokensAfter,
        long retrievedTokens,
        int modelCalls,
        int retrieveCalls,
        boolean retrieveOffered,
        boolean failedOpen,
        int replays,
        int replaysMissing,
        int historiesRebuilt,
        int stubbedToolResults,
        long stubbedTokens,
        boolean cut) {

    public long tokensSaved() {
        return tokensBefore - tokensAfter;
    }

    /** Fraction of tool-result tokens saved, in [0, 1]. */
    public double savings() {
        return tokensBefore == 0 ? 0 : (double) tokensSaved() / tokensBefore;
    }
}

package dev.headroom.conversation;

/**
 * A caller's request prepared for the model: the plan, and what preparing it did.
 *
 * @param chain     the {@link FastChain} value of the plan's messages, or 0 when it was not computed
 * @param memoResults tool results that went through the memo (resent again by each retrieve round)
 */
record Prepared(
        RequestPlan plan,
        String scope,
        long chain,
        boolean chainKnown,
        int toolResults,
        int compressedToolResults,
        long tokensBefore,
        long tokensAfter,
        long replayedRetrievedTokens,
        boolean failedOpen,
        int replays,
        int replaysMissing,
        int historiesRebuilt,
        int memoResults) {

    /** The caller's request sent as it is, after an internal failure. */
    static Prepared untouched(Conversation request, String scope) {
        return new Prepared(RequestPlan.untouched(request), scope, 0, false, 0, 0, 0, 0, 0, true, 0, 0, 0, 0);
    }

    /** The fast chain value of the messages sent in the first round. */
    long sentChain() {
        return chainKnown ? chain : FastChain.over(FastChain.start(scope), plan.messages(), 0);
    }
}

package dev.headroom.conversation;

import java.util.List;

/**
 * A caller's request prepared for the model: the plan, and what preparing it did.
 *
 * @param history   the messages sent before any context-budget stubs: what a retrieve exchange of this
 *                  call is remembered after (the stubs are derived from it again on every request, so
 *                  later requests find the exchange by the same key)
 * @param chain     the {@link FastChain} value of {@code history}, or 0 when it was not computed
 * @param memoResults tool results that went through the memo (resent again by each retrieve round)
 * @param stubbedToolResults tool results the context budget sent as stubs
 * @param stubbedTokens tokens those stubs removed
 * @param cut       whether the context budget cut the history at this request
 */
record Prepared(
        RequestPlan plan,
        List<Message> history,
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
        int memoResults,
        int stubbedToolResults,
        long stubbedTokens,
        boolean cut) {

    /** The caller's request sent as it is, after an internal failure. */
    static Prepared untouched(Conversation request, String scope) {
        RequestPlan plan = RequestPlan.untouched(request);
        return new Prepared(plan, plan.messages(), scope, 0, false, 0, 0, 0, 0, 0, true, 0, 0, 0, 0, 0, 0, false);
    }

    /** The same preparation sending {@code next} (the context budget's stubs in place), counted as such. */
    Prepared withStubs(RequestPlan next, int stubbed, long stubbedTokensRemoved, boolean cutNow) {
        return new Prepared(next, history, scope, chain, chainKnown, toolResults, compressedToolResults, tokensBefore, tokensAfter,
                replayedRetrievedTokens, failedOpen, replays, replaysMissing, historiesRebuilt, memoResults, stubbed,
                stubbedTokensRemoved, cutNow);
    }

    /** The same preparation, counted as having failed open (its context budget step failed). */
    Prepared withFailure() {
        return new Prepared(plan, history, scope, chain, chainKnown, toolResults, compressedToolResults, tokensBefore, tokensAfter,
                replayedRetrievedTokens, true, replays, replaysMissing, historiesRebuilt, memoResults, stubbedToolResults,
                stubbedTokens, cut);
    }

    /** The fast chain value of {@link #history()}. */
    long sentChain() {
        return chainKnown ? chain : FastChain.over(FastChain.start(scope), history, 0);
    }
}

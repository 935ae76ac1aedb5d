package dev.headroom.conversation;

import java.util.concurrent.atomic.LongAdder;

/** Thread-safe running totals behind {@link ConversationStats}. */
final class StatsCounter {

    private final LongAdder calls = new LongAdder();
    private final LongAdder modelCalls = new LongAdder();
    private final LongAdder toolResults = new LongAdder();
    private final LongAdder compressedToolResults = new LongAdder();
    private final LongAdder tokensBefore = new LongAdder();
    private final LongAdder tokensAfter = new LongAdder();
    private final LongAdder retrievedTokens = new LongAdder();
    private final LongAdder retrieveCalls = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder replays = new LongAdder();
    private final LongAdder replaysMissing = new LongAdder();
    private final LongAdder historiesRebuilt = new LongAdder();
    private final LongAdder cuts = new LongAdder();
    private final LongAdder stubbedToolResults = new LongAdder();
    private final LongAdder stubbedTokens = new LongAdder();

    void record(TurnReport r) {
        calls.increment();
        modelCalls.add(r.modelCalls());
        toolResults.add(r.toolResults());
        compressedToolResults.add(r.compressedToolResults());
        tokensBefore.add(r.tokensBefore());
        tokensAfter.add(r.tokensAfter());
        retrievedTokens.add(r.retrievedTokens());
        retrieveCalls.add(r.retrieveCalls());
        if (r.failedOpen()) {
            failures.increment();
        }
        replays.add(r.replays());
        replaysMissing.add(r.replaysMissing());
        historiesRebuilt.add(r.historiesRebuilt());
        if (r.cut()) {
            cuts.increment();
        }
        stubbedToolResults.add(r.stubbedToolResults());
        stubbedTokens.add(r.stubbedTokens());
    }

    ConversationStats snapshot() {
        return new ConversationStats(calls.sum(), modelCalls.sum(), toolResults.sum(), compressedToolResults.sum(),
                tokensBefore.sum(), tokensAfter.sum(), retrievedTokens.sum(), retrieveCalls.sum(), failures.sum(),
                replays.sum(), replaysMissing.sum(), historiesRebuilt.sum(), cuts.sum(), stubbedToolResults.sum(),
                stubbedTokens.sum());
    }
}

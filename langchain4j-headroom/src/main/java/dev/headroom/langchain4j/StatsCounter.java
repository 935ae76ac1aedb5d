package dev.headroom.langchain4j;

import java.util.concurrent.atomic.LongAdder;

/** Thread-safe running totals behind {@link HeadroomChatStats}. */
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

    void record(CallReport r) {
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
    }

    HeadroomChatStats snapshot() {
        return new HeadroomChatStats(calls.sum(), modelCalls.sum(), toolResults.sum(), compressedToolResults.sum(),
                tokensBefore.sum(), tokensAfter.sum(), retrievedTokens.sum(), retrieveCalls.sum(), failures.sum());
    }
}

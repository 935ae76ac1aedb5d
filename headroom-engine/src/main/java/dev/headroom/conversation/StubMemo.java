package dev.headroom.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.headroom.Headroom;
import dev.headroom.ccr.Handles;
import dev.headroom.tokens.TokenCounter;

/**
 * What the context budget knows about each tool result it may cut, computed once per result: whether
 * it holds an error, its stub and the stub's tokens; and which originals are already in the store, so
 * a stub resent on every later request stores nothing again. A stub is a function of the result, so a
 * forgotten entry only costs computing it again. Thread-safe.
 */
final class StubMemo {

    /** Characters of tool-result text remembered, in all (the texts are usually the caller's own strings). */
    private static final long MEMO_CHARS = 16L << 20;
    private static final int STORED_KEYS = 100_000;

    /** What the budget needs to know about one result. */
    record Facts(boolean error, ToolResultStub stub, int stubTokens) {

        /** Whether the result can be cut at all: it has a stub and the stub saves at least half of {@code sentTokens}. */
        boolean worthCutting(long sentTokens) {
            return stub != null && 2L * stubTokens <= sentTokens;
        }
    }

    private record Key(String toolName, String text, boolean error) {}

    private final Headroom headroom;
    private final TokenCounter counter;
    private final Cache<Key, Facts> facts;
    private final Cache<String, Boolean> stored;

    StubMemo(Headroom headroom) {
        this.headroom = headroom;
        this.counter = headroom.tokenCounter();
        this.facts = Caffeine.newBuilder()
                .maximumWeight(MEMO_CHARS)
                .weigher((Key k, Facts v) -> k.text().length() + 1)
                .executor(Runnable::run)
                .build();
        this.stored = Caffeine.newBuilder().maximumSize(STORED_KEYS).executor(Runnable::run).build();
    }

    /** The facts of {@code result}, from the text the tool produced. */
    Facts facts(ToolResult result) {
        return facts.get(new Key(result.toolName(), result.text(), result.error()), k -> {
            ToolResultStub stub = ToolResultStub.of(k.toolName(), k.text(), k.error(), counter.count(k.text()));
            boolean error = stub != null ? stub.error() : k.error() || anyErrorLine(k.text());
            return new Facts(error, stub, stub == null ? 0 : counter.count(stub.text()));
        });
    }

    /**
     * Stores {@code original} under its stub's handle in {@code scope}, unless it was stored before.
     * Returns false when the store refused or failed: the result must then go out whole.
     */
    boolean store(String scope, String original, ToolResultStub stub) {
        String key = Handles.storeKey(scope, stub.handle());
        if (stored.getIfPresent(key) != null) {
            return true;
        }
        try {
            headroom.config().store().put(key, original);
        } catch (RuntimeException e) {
            System.getLogger(StubMemo.class.getName()).log(System.Logger.Level.WARNING,
                    "headroom: storing a tool result for its stub failed; sending it whole: {0}", e.toString());
            return false;
        }
        stored.put(key, Boolean.TRUE);
        return true;
    }

    private static boolean anyErrorLine(String text) {
        for (String line : ToolResultStub.lines(text)) {
            if (ToolResultStub.isErrorLine(line)) {
                return true;
            }
        }
        return false;
    }
}

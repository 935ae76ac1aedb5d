package dev.headroom.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.detect.ContentKind;
import dev.headroom.internal.Hashing;
import dev.headroom.internal.Utf16;
import java.util.List;
import java.util.Objects;

/**
 * Compresses tool results inside a conversation, cache-safely: the first time a tool result is seen
 * it is compressed; every later time the exact same result object (and so the exact same text) is
 * returned, so a resent history is a byte-identical prefix. Results of {@code headroom_retrieve}
 * itself are never compressed. Thread-safe.
 */
public final class ToolResultCompressor {

    /** How many distinct tool results are remembered. */
    public static final int DEFAULT_MEMO_SIZE = 10_000;

    private final Headroom headroom;
    private final Cache<String, CompressionResult> memo;

    private ToolResultCompressor(Headroom headroom, int memoSize) {
        this.headroom = Objects.requireNonNull(headroom, "headroom");
        this.memo = Caffeine.newBuilder().maximumSize(memoSize).executor(Runnable::run).build();
    }

    public static ToolResultCompressor of(Headroom headroom) {
        return new ToolResultCompressor(headroom, DEFAULT_MEMO_SIZE);
    }

    public static ToolResultCompressor of(Headroom headroom, int memoSize) {
        if (memoSize < 1) {
            throw new IllegalArgumentException("memoSize must be positive, was " + memoSize);
        }
        return new ToolResultCompressor(headroom, memoSize);
    }

    /**
     * The text to send for one tool result. The query in {@code hints} only matters the first time a
     * result is seen; afterwards the memoised text is returned whatever the question.
     */
    public CompressionResult compress(String toolName, String text, CompressionHints hints) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hints, "hints");
        if (RetrieveTool.NAME.equals(toolName)) {
            int t = headroom.tokenCounter().count(text);
            return new CompressionResult(text, ContentKind.TEXT, t, t, "none:retrieve-result", Outcome.NOT_SMALLER,
                    List.of(), headroom.tokenCounter().tokenizer().id());
        }
        int minTokens = headroom.config().minTokens();
        if (Utf16.utf8LengthUpTo(text, minTokens) < minTokens) {
            // fewer bytes than the threshold means fewer tokens too: a pass-through, deterministic
            // without the memo, so skip hashing (the common case for small tool results)
            return headroom.compress(text, hints.withToolName(toolName));
        }
        String key = (hints.scope() == null ? "" : hints.scope()) + "\u0000" + Hashing.sha256Hex(text, 64);
        return memo.get(key, k -> headroom.compress(text, hints.withToolName(toolName)));
    }

    /** The engine behind this compressor. */
    public Headroom headroom() {
        return headroom;
    }
}

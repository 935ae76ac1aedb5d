package dev.headroom.tokens;

/** Counts tokens of text. Implementations are thread-safe. */
public interface TokenCounter {

    /** Exact token count under this counter's encoding. */
    int count(String text);

    /**
     * {@link #count(String)}, calling {@code checkpoint} every so often on long texts (for a time
     * budget: a checkpoint that throws stops the count, and the exception propagates). The default
     * calls it once, before counting.
     */
    default int count(String text, Runnable checkpoint) {
        checkpoint.run();
        return count(text);
    }

    /** A cheap estimate (about four characters per token) for internal decisions; never reported. */
    default int estimate(CharSequence text) {
        return (text.length() + 3) / 4;
    }

    /** The encoding this counter reports in. */
    Tokenizer tokenizer();
}

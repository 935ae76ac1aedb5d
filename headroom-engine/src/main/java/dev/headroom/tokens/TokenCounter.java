package dev.headroom.tokens;

/** Counts tokens of text. Implementations are thread-safe. */
public interface TokenCounter {

    /** Exact token count under this counter's encoding. */
    int count(String text);

    /** A cheap estimate (about four characters per token) for internal decisions; never reported. */
    default int estimate(CharSequence text) {
        return (text.length() + 3) / 4;
    }

    /** The encoding this counter reports in. */
    Tokenizer tokenizer();
}

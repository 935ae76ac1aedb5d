package dev.headroom;

import dev.headroom.compress.Elision;
import dev.headroom.detect.ContentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Headroom#compress}: the text to send, what it was detected as, token counts
 * before and after (exact, in {@link #tokenizer()}), the strategy used, and every declared elision
 * with its retrieval handle. Pass-throughs carry the input unchanged.
 */
public record CompressionResult(
        String text,
        ContentKind kind,
        int tokensBefore,
        int tokensAfter,
        String strategy,
        Outcome outcome,
        List<Elision> elisions,
        String tokenizer) {

    public CompressionResult {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(outcome, "outcome");
        elisions = List.copyOf(elisions);
        Objects.requireNonNull(tokenizer, "tokenizer");
    }

    /** Whether the text differs from the input. */
    public boolean compressed() {
        return outcome == Outcome.COMPRESSED;
    }

    /** The distinct handles of everything elided, in order of first appearance. */
    public List<String> handles() {
        List<String> out = new ArrayList<>();
        for (Elision e : elisions) {
            if (!out.contains(e.handle())) {
                out.add(e.handle());
            }
        }
        return List.copyOf(out);
    }

    /** Tokens saved (zero for pass-throughs). */
    public int tokensSaved() {
        return tokensBefore - tokensAfter;
    }

    /** Fraction of tokens saved, in [0, 1]. */
    public double savings() {
        return tokensBefore == 0 ? 0 : (double) tokensSaved() / tokensBefore;
    }
}

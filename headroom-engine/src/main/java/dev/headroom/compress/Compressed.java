package dev.headroom.compress;

import java.util.List;
import java.util.Objects;

/** A compressor's output: the text, a short strategy label for diagnostics, and what it elided. */
public record Compressed(String text, String strategy, List<Elision> elisions) {

    public Compressed {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(strategy, "strategy");
        elisions = List.copyOf(elisions);
    }

    /** Lossless output: nothing elided. */
    public static Compressed lossless(String text, String strategy) {
        return new Compressed(text, strategy, List.of());
    }

    /** No change: the input goes through as it is. */
    public static Compressed unchanged(String input, String reason) {
        return new Compressed(input, "none:" + reason, List.of());
    }
}

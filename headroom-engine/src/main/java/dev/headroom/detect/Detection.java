package dev.headroom.detect;

import java.util.List;
import java.util.Objects;

/**
 * The detector's verdict: the kind it ranks first (and, for source code, the language; otherwise
 * empty), with every candidate it considered, best first. When the runners-up score close to the
 * winner, {@link #contenders()} names the ones worth trying before choosing.
 */
public record Detection(ContentKind kind, String language, List<Candidate> candidates) {

    /** How close (in score) a runner-up must be to the winner to be tried as well. */
    public static final double CLOSE = 0.15;

    /** At most this many candidates are tried on one input. */
    public static final int MAX_CONTENDERS = 3;

    public Detection {
        Objects.requireNonNull(kind, "kind");
        language = language == null ? "" : language;
        candidates = candidates == null || candidates.isEmpty()
                ? List.of(new Candidate(kind, language, 1.0, "")) : List.copyOf(candidates);
    }

    public Detection(ContentKind kind, String language) {
        this(kind, language, List.of());
    }

    public static Detection of(ContentKind kind) {
        return new Detection(kind, "", List.of());
    }

    /** The first candidate (the verdict) and every other within {@link #CLOSE} of it, best first, at most {@link #MAX_CONTENDERS}. */
    public List<Candidate> contenders() {
        Candidate top = candidates.get(0);
        return candidates.stream()
                .filter(c -> c == top || top.score() - c.score() <= CLOSE)
                .limit(MAX_CONTENDERS)
                .toList();
    }

    /** Why the verdict is what it is: the winner's evidence, for diagnostics. */
    public String reason() {
        return candidates.get(0).evidence();
    }
}

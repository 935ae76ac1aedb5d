package dev.headroom.detect;

import java.util.Objects;

/**
 * One reading of an input: a kind (and language, for code), how strongly the sample supports it, in
 * [0, 1], and the evidence behind that score in a few words ({@code "timed 0.98, level 0.95"}).
 */
public record Candidate(ContentKind kind, String language, double score, String evidence) {

    public Candidate {
        Objects.requireNonNull(kind, "kind");
        language = language == null ? "" : language;
        evidence = evidence == null ? "" : evidence;
    }

    static Candidate certain(ContentKind kind, String evidence) {
        return new Candidate(kind, "", 1.0, evidence);
    }
}

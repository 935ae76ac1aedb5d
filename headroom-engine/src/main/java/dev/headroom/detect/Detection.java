package dev.headroom.detect;

import java.util.Objects;

/** The detector's verdict: a kind and, for source code, the language (otherwise empty). */
public record Detection(ContentKind kind, String language) {

    public Detection {
        Objects.requireNonNull(kind, "kind");
        language = language == null ? "" : language;
    }

    public static Detection of(ContentKind kind) {
        return new Detection(kind, "");
    }
}

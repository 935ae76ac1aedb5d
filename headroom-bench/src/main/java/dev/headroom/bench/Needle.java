package dev.headroom.bench;

import java.util.Objects;

/**
 * A planted fact an input must keep after compression: a label saying what it is (an error row, an
 * anomalous value, the ID the question asks for) and the exact text that must still appear.
 */
public record Needle(String label, String text) {

    public Needle {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("needle text must not be empty");
        }
    }
}

package dev.headroom.bench;

import dev.headroom.CompressionHints;
import java.util.List;
import java.util.Objects;

/**
 * One tool output the benchmark compresses: which workload it belongs to, its name, the text, the
 * hints it is compressed with (as in production), the labelled needles it must keep, and, for corpus
 * logs, the EventId of every line.
 */
public record BenchInput(
        String workload, String name, String text, CompressionHints hints, List<Needle> needles, List<String> lineEvents) {

    public BenchInput {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hints, "hints");
        needles = List.copyOf(needles);
        lineEvents = lineEvents == null ? List.of() : List.copyOf(lineEvents);
    }

    /** An input with no needles and no line events. */
    public static BenchInput of(String workload, String name, String text, CompressionHints hints) {
        return new BenchInput(workload, name, text, hints, List.of(), List.of());
    }
}

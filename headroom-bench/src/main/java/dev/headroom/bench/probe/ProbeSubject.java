package dev.headroom.bench.probe;

import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.bench.BenchInput;
import dev.headroom.ccr.Marker;
import dev.headroom.detect.ContentKind;
import java.util.List;
import java.util.Objects;

/**
 * What a probe looks at: the input, the kind it was routed as, the output text and the markers in it;
 * for Headroom's own output also the engine's {@link Outcome}, the instance that stored the originals
 * (for retrieval) and the output of a second run on a fresh instance (for determinism). Baselines
 * leave those three null.
 */
public record ProbeSubject(
        BenchInput input, ContentKind kind, String output, List<Marker> markers, Outcome outcome, Headroom headroom,
        String rerunOutput) {

    public ProbeSubject {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(output, "output");
        markers = List.copyOf(markers);
    }

    /** A subject for Headroom's result {@code r} on {@code input}, with its markers parsed from the text. */
    public static ProbeSubject of(BenchInput input, CompressionResult r, Headroom headroom, String rerunOutput) {
        return new ProbeSubject(input, r.kind(), r.text(), Marker.findAll(r.text()), r.outcome(), headroom, rerunOutput);
    }

    /** A subject for an output said to come from Headroom with {@code outcome} (for tests of single probes). */
    public static ProbeSubject of(BenchInput input, ContentKind kind, String output, Outcome outcome, Headroom headroom,
            String rerunOutput) {
        return new ProbeSubject(input, kind, output, Marker.findAll(output), outcome, headroom, rerunOutput);
    }

    /** A subject for a baseline's output: no engine outcome, no store to retrieve from, no second run. */
    public static ProbeSubject baseline(BenchInput input, ContentKind kind, String output) {
        return new ProbeSubject(input, kind, output, Marker.findAll(output), null, null, null);
    }

    public String text() {
        return input.text();
    }

    /** Whether the output declares at least one elision. */
    public boolean declaresElision() {
        return !markers.isEmpty();
    }

    /** Whether the output is the input, unchanged. */
    public boolean unchanged() {
        return output.equals(input.text());
    }
}

package dev.headroom.bench.probe;

import dev.headroom.Headroom;
import dev.headroom.bench.BenchInput;
import dev.headroom.ccr.Marker;
import dev.headroom.detect.ContentKind;
import java.util.List;
import java.util.Objects;

/**
 * What a probe looks at: the input, the kind it was routed as, the output text and the markers in it;
 * for Headroom's own output also the instance that stored the originals (for retrieval) and the output
 * of a second run on a fresh instance (for determinism). Baselines leave those two null.
 */
public record ProbeSubject(
        BenchInput input, ContentKind kind, String output, List<Marker> markers, Headroom headroom, String rerunOutput) {

    public ProbeSubject {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(output, "output");
        markers = List.copyOf(markers);
    }

    /** A subject for Headroom's output, with its markers parsed from the text. */
    public static ProbeSubject of(BenchInput input, ContentKind kind, String output, Headroom headroom, String rerunOutput) {
        return new ProbeSubject(input, kind, output, Marker.findAll(output), headroom, rerunOutput);
    }

    /** A subject for a baseline's output: no store to retrieve from, no second run. */
    public static ProbeSubject baseline(BenchInput input, ContentKind kind, String output) {
        return new ProbeSubject(input, kind, output, Marker.findAll(output), null, null);
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

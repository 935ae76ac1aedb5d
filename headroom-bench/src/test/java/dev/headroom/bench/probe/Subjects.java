package dev.headroom.bench.probe;

import dev.headroom.CompressionHints;
import dev.headroom.bench.BenchInput;
import dev.headroom.bench.Needle;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.Marker;
import dev.headroom.detect.ContentKind;
import java.util.List;

/** Small inputs and outputs for probe tests. */
final class Subjects {

    private Subjects() {}

    static BenchInput input(String text) {
        return BenchInput.of("test", "test/input", text, CompressionHints.NONE);
    }

    static BenchInput input(String text, List<Needle> needles, List<String> events) {
        return new BenchInput("test", "test/input", text, CompressionHints.NONE, needles, events);
    }

    static ProbeSubject subject(String input, ContentKind kind, String output) {
        return ProbeSubject.baseline(input(input), kind, output);
    }

    static ProbeSubject subject(BenchInput input, ContentKind kind, String output) {
        return ProbeSubject.baseline(input, kind, output);
    }

    /** A marker for {@code count} {@code unit} against {@code original}. */
    static String marker(int count, String unit, String original) {
        return new Marker(count, unit, Handles.of(original)).render();
    }
}

package dev.headroom.bench.workload.formats;

import dev.headroom.CompressionHints;
import dev.headroom.bench.BenchInput;
import dev.headroom.bench.report.FormatReport;
import dev.headroom.bench.report.InputReport;
import dev.headroom.detect.ContentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code formats} benchmark workload: every {@link FormatSample} as a bench input, routed by
 * detection as in production (tool name {@code bash}, no kind hint, no question), with its anomaly
 * lines as needles and its line templates as line events.
 */
public final class FormatsWorkload {

    public static final String NAME = "formats";

    private FormatsWorkload() {}

    /** The inputs for {@code seed}, in {@link FormatSamples#all} order. */
    public static List<BenchInput> generate(long seed) {
        List<BenchInput> out = new ArrayList<>();
        for (FormatSample s : FormatSamples.all(seed)) {
            out.add(input(s));
        }
        return out;
    }

    /** The bench input of one sample. */
    public static BenchInput input(FormatSample s) {
        return new BenchInput(NAME, inputName(s), s.text(), CompressionHints.NONE.withToolName("bash"), s.anomalies(), s.lineTemplates());
    }

    /**
     * The per-format figures of a run: each sample matched to its measured input and its output
     * ({@code outputs} by input name); samples without a result are left out.
     */
    public static List<FormatReport> reports(List<FormatSample> samples, List<InputReport> results, Map<String, String> outputs) {
        Map<String, InputReport> byName = new HashMap<>();
        for (InputReport r : results) {
            byName.put(r.name(), r);
        }
        List<FormatReport> out = new ArrayList<>();
        for (FormatSample s : samples) {
            InputReport r = byName.get(inputName(s));
            String output = outputs.get(inputName(s));
            if (r == null || output == null) {
                continue;
            }
            out.add(FormatFidelity.measure(s, ContentKind.fromId(r.kind()), r.strategy(), r.outcome(), output, r.o200kBefore(), r.o200kAfter(),
                    r.probesFailed()));
        }
        return out;
    }

    /** {@code formats/<family>/<name>}. */
    public static String inputName(FormatSample s) {
        return NAME + "/" + s.family().id() + "/" + s.name();
    }
}

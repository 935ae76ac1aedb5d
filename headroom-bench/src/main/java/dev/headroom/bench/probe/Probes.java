package dev.headroom.bench.probe;

import java.util.ArrayList;
import java.util.List;

/** The fidelity probes the benchmark runs, in report order. */
public final class Probes {

    private static final List<Probe> ALL = List.of(
            new ErrorLinesProbe(),
            new NeedleProbe(),
            new LogTemplateProbe(),
            new JsonKeySetProbe(),
            new StructureProbe(),
            new SearchLinesProbe(),
            new ElisionCountProbe(),
            new RetrievalProbe(),
            new NeverLargerProbe(),
            new DeterminismProbe(),
            new NoFailOpenProbe());

    private Probes() {}

    /** Every probe. */
    public static List<Probe> all() {
        return ALL;
    }

    /** Runs every probe on {@code subject}; a probe that throws counts as failed. */
    public static List<ProbeResult> run(ProbeSubject subject) {
        List<ProbeResult> out = new ArrayList<>(ALL.size());
        for (Probe p : ALL) {
            try {
                out.add(p.check(subject));
            } catch (RuntimeException e) {
                out.add(ProbeResult.fail(p.name(), "probe threw " + e));
            }
        }
        return out;
    }
}

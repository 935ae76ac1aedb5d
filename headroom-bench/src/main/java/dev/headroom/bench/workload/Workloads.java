package dev.headroom.bench.workload;

import dev.headroom.bench.BenchInput;
import java.util.ArrayList;
import java.util.List;

/** The four built-in seeded workloads; the same seed gives the same bytes on every run. */
public final class Workloads {

    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 42L;

    private Workloads() {}

    /** Every input of every workload, in a fixed order. */
    public static List<BenchInput> all(long seed) {
        List<BenchInput> out = new ArrayList<>();
        out.addAll(CodeSearchWorkload.generate(seed));
        out.addAll(SreIncidentWorkload.generate(seed));
        out.addAll(IssueTriageWorkload.generate(seed));
        out.addAll(CodebaseExplorationWorkload.generate(seed));
        return out;
    }
}

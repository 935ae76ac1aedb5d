package dev.headroom.bench.probe;

import dev.headroom.Outcome;

/**
 * The engine did not fail open. A compressor that throws makes Headroom return the input unchanged
 * with {@link Outcome#FAILED_OPEN}, which every other probe accepts (nothing is lost, nothing grows),
 * so this is the probe that makes a crashing compressor fail the benchmark.
 */
public final class NoFailOpenProbe implements Probe {

    @Override
    public String name() {
        return "no-fail-open";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        if (s.outcome() == null) {
            return ProbeResult.skip(name(), "no engine outcome for this output");
        }
        return s.outcome() == Outcome.FAILED_OPEN
                ? ProbeResult.fail(name(), "the compressor failed and the engine passed the input through (FAILED_OPEN)")
                : ProbeResult.pass(name(), s.outcome().name());
    }
}

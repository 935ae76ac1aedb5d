package dev.headroom.bench.probe;

/** A second run on a fresh Headroom instance gives a byte-identical output. */
public final class DeterminismProbe implements Probe {

    @Override
    public String name() {
        return "deterministic";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        if (s.rerunOutput() == null) {
            return ProbeResult.skip(name(), "no second run");
        }
        return s.rerunOutput().equals(s.output())
                ? ProbeResult.pass(name(), "byte-identical on a fresh instance")
                : ProbeResult.fail(name(), "second run on a fresh instance differs");
    }
}

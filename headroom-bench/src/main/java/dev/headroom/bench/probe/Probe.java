package dev.headroom.bench.probe;

/**
 * A deterministic fidelity check of one compressed output against its input. Implementations are
 * stateless and thread-safe; a probe that does not apply to a subject returns {@link ProbeResult#skip}.
 */
public interface Probe {

    /** A short, stable name such as {@code error-lines}. */
    String name();

    /** Checks {@code subject}; never throws for any output. */
    ProbeResult check(ProbeSubject subject);
}

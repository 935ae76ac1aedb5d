package dev.headroom.bench.probe;

import java.util.Objects;

/** The verdict of one probe on one output, with a short human-readable reason. */
public record ProbeResult(String probe, Status status, String detail) {

    /** Whether the probe passed, failed or did not apply. */
    public enum Status {
        PASS,
        FAIL,
        SKIP
    }

    public ProbeResult {
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }

    public static ProbeResult pass(String probe, String detail) {
        return new ProbeResult(probe, Status.PASS, detail);
    }

    public static ProbeResult fail(String probe, String detail) {
        return new ProbeResult(probe, Status.FAIL, detail);
    }

    public static ProbeResult skip(String probe, String detail) {
        return new ProbeResult(probe, Status.SKIP, detail);
    }

    public boolean passed() {
        return status == Status.PASS;
    }

    public boolean failed() {
        return status == Status.FAIL;
    }
}

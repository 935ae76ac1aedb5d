package dev.headroom.bench.report;

import dev.headroom.Outcome;
import dev.headroom.bench.probe.ProbeResult;
import java.util.List;

/**
 * The measurements of one input: sizes, token counts before and after in both encodings, what the
 * engine did, compression times, the probe verdicts for Headroom and for naive truncation to the
 * same token budget, and for JSON arrays the minified and TOON token counts (o200k_base; -1 when
 * not applicable).
 */
public record InputReport(
        String workload,
        String name,
        String kind,
        int chars,
        int o200kBefore,
        int o200kAfter,
        int cl100kBefore,
        int cl100kAfter,
        String outcome,
        String strategy,
        int markers,
        List<Double> timesMs,
        List<ProbeResult> probes,
        List<ProbeResult> truncationProbes,
        int minifiedTokens,
        int toonTokens) {

    public InputReport {
        timesMs = List.copyOf(timesMs);
        probes = List.copyOf(probes);
        truncationProbes = List.copyOf(truncationProbes);
    }

    /** The median compression time. */
    public double medianMs() {
        return Stats.percentile(timesMs, 50);
    }

    public long probesPassed() {
        return probes.stream().filter(ProbeResult::passed).count();
    }

    public long probesFailed() {
        return probes.stream().filter(ProbeResult::failed).count();
    }

    public long truncationFailed() {
        return truncationProbes.stream().filter(ProbeResult::failed).count();
    }

    /** Whether the engine failed open on this input (a compressor threw; the input went through unchanged). */
    public boolean failedOpen() {
        return outcome.equals(Outcome.FAILED_OPEN.name());
    }

    /** Whether this input is a JSON array with baseline counts. */
    public boolean hasJsonBaselines() {
        return minifiedTokens >= 0;
    }
}

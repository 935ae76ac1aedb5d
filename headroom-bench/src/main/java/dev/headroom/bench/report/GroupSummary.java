package dev.headroom.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Totals over a group of inputs (a workload, a content kind, or everything): token-weighted savings in
 * both encodings, probe counts for Headroom and for naive truncation, how many inputs the engine failed
 * open on, latency percentiles over every timed run, and JSON-array baseline totals.
 */
public record GroupSummary(
        String group,
        int inputs,
        long o200kBefore,
        long o200kAfter,
        long cl100kBefore,
        long cl100kAfter,
        double o200kSavingsPercent,
        double cl100kSavingsPercent,
        long probesPassed,
        long probesFailed,
        long truncationProbesFailed,
        int failOpens,
        double p50Ms,
        double p99Ms,
        int jsonArrays,
        long jsonOriginalTokens,
        long jsonMinifiedTokens,
        long jsonToonTokens,
        long jsonHeadroomTokens) {

    /** Sums {@code inputs} under the name {@code group}. */
    public static GroupSummary of(String group, List<InputReport> inputs) {
        long ob = 0, oa = 0, cb = 0, ca = 0, pp = 0, pf = 0, tf = 0, jo = 0, jm = 0, jt = 0, jh = 0;
        int arrays = 0;
        int failOpens = 0;
        List<Double> times = new ArrayList<>();
        for (InputReport r : inputs) {
            ob += r.o200kBefore();
            oa += r.o200kAfter();
            cb += r.cl100kBefore();
            ca += r.cl100kAfter();
            pp += r.probesPassed();
            pf += r.probesFailed();
            tf += r.truncationFailed();
            times.addAll(r.timesMs());
            if (r.failedOpen()) {
                failOpens++;
            }
            if (r.hasJsonBaselines()) {
                arrays++;
                jo += r.o200kBefore();
                jm += r.minifiedTokens();
                jt += r.toonTokens() >= 0 ? r.toonTokens() : r.o200kBefore();
                jh += r.o200kAfter();
            }
        }
        return new GroupSummary(group, inputs.size(), ob, oa, cb, ca, Stats.savingsPercent(ob, oa), Stats.savingsPercent(cb, ca),
                pp, pf, tf, failOpens, Stats.percentile(times, 50), Stats.percentile(times, 99), arrays, jo, jm, jt, jh);
    }
}

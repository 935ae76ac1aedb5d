package dev.headroom.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles and ratios for the reports. */
public final class Stats {

    private Stats() {}

    /** The nearest-rank {@code p}th percentile of {@code samples}, or 0 when there are none. */
    public static double percentile(List<Double> samples, double p) {
        if (samples.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Token-weighted savings in percent: 100 * (before - after) / before. */
    public static double savingsPercent(long before, long after) {
        return before == 0 ? 0 : 100.0 * (before - after) / before;
    }
}

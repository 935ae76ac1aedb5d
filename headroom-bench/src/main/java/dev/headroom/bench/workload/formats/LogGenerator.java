package dev.headroom.bench.workload.formats;

import dev.headroom.bench.workload.Rng;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a {@link LogFormat} into a sample: every event type occurs at least once, anomalies exactly
 * their planted number of times, both at seeded positions; the other records are drawn by weight; the
 * clock advances by exponentially distributed gaps.
 */
final class LogGenerator {

    private LogGenerator() {}

    static FormatSample generate(LogFormat format, long seed) {
        return generate(format, seed, format.records());
    }

    /** The sample with {@code records} records instead of the format's own count. */
    static FormatSample generate(LogFormat format, long seed, int records) {
        Rng r = new Rng(seed ^ format.name().hashCode());
        int n = records;
        List<EventType> events = format.events();
        int[] plan = new int[n];
        Arrays.fill(plan, -1);
        int placed = 0;
        for (int e = 0; e < events.size(); e++) {
            int times = Math.max(1, events.get(e).planted());
            for (int t = 0; t < times; t++) {
                if (placed == n) {
                    throw new IllegalStateException(format.name() + ": more planted events than records");
                }
                int pos;
                do {
                    pos = r.below(n);
                } while (plan[pos] >= 0);
                plan[pos] = e;
                placed++;
            }
        }
        int totalWeight = 0;
        for (EventType e : events) {
            totalWeight += e.weight();
        }
        for (int i = 0; i < n; i++) {
            if (plan[i] < 0) {
                plan[i] = drawByWeight(r, events, totalWeight);
            }
        }

        long startMicros = format.start().getEpochSecond() * 1_000_000L + format.start().getNano() / 1000;
        Draw draw = new Draw(r, format.vocab(), startMicros, format.uptimeSeconds() * 1_000_000L + r.below(1_000_000));
        SampleBuilder out = new SampleBuilder();
        for (String h : format.header()) {
            out.line("header", draw.fill(LinePattern.compile(h)));
        }
        for (int i = 0; i < n; i++) {
            EventType e = events.get(plan[i]);
            draw.advance(Math.round(r.exponential(format.meanGapMs() * 1000)));
            draw.newRecord();
            List<String> lines = List.of(draw.fill(e.pattern()).split("\n", -1));
            out.record(e.id(), lines);
            if (e.level() == Level.ERROR) {
                out.error(e.id());
            }
            if (e.anomaly()) {
                out.anomaly("anomaly " + e.id(), lines.get(0));
            }
        }
        return out.build(format.name(), Family.LOG, Route.LINE_TEMPLATE);
    }

    private static int drawByWeight(Rng r, List<EventType> events, int totalWeight) {
        int x = r.below(totalWeight);
        for (int e = 0; e < events.size(); e++) {
            x -= events.get(e).weight();
            if (x < 0) {
                return e;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}

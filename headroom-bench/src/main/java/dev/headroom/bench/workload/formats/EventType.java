package dev.headroom.bench.workload.formats;

/**
 * One event type (template) of a log format: its id, how often it is drawn relative to the others,
 * its severity, and its pattern. An anomaly is placed exactly {@code planted} times at seeded
 * positions instead of being drawn, and each of its first lines is a labelled needle.
 */
record EventType(String id, int weight, Level level, int planted, LinePattern pattern) {

    EventType {
        if (weight < 0 || planted < 0 || (planted > 0) == (weight > 0)) {
            throw new IllegalArgumentException(id + ": either a weight or a planted count, not both");
        }
    }

    boolean anomaly() {
        return planted > 0;
    }
}

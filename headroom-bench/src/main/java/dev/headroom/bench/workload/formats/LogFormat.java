package dev.headroom.bench.workload.formats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A log format as data: its name, when its sample starts, the mean gap between records, how many
 * records a sample has, optional header lines, a vocabulary of values (themselves patterns), and its
 * event types. {@link LogGenerator} turns it into a {@link FormatSample}.
 */
record LogFormat(
        String name,
        Instant start,
        double meanGapMs,
        long uptimeSeconds,
        int records,
        List<String> header,
        Map<String, List<LinePattern>> vocab,
        List<EventType> events) {

    static Builder builder(String name) {
        return new Builder(name);
    }

    /** Collects a format's data; each event method adds one event type. */
    static final class Builder {
        private final String name;
        private Instant start = Instant.parse("2024-03-14T09:12:00Z");
        private double gapMs = 500;
        private long uptime = 86_400 * 3;
        private int records = 1000;
        private final List<String> header = new ArrayList<>();
        private final Map<String, List<LinePattern>> vocab = new LinkedHashMap<>();
        private final List<EventType> events = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder start(String isoInstant) {
            this.start = Instant.parse(isoInstant);
            return this;
        }

        Builder gapMs(double meanGapMs) {
            this.gapMs = meanGapMs;
            return this;
        }

        Builder uptimeSeconds(long seconds) {
            this.uptime = seconds;
            return this;
        }

        Builder records(int records) {
            this.records = records;
            return this;
        }

        /** A line printed once before the records (template id {@code header}). */
        Builder header(String line) {
            header.add(line);
            return this;
        }

        Builder vocab(String name, String... entries) {
            List<LinePattern> list = new ArrayList<>();
            for (String e : entries) {
                list.add(LinePattern.compile(e));
            }
            vocab.put(name, List.copyOf(list));
            return this;
        }

        Builder info(String id, int weight, String pattern) {
            return event(id, weight, Level.INFO, 0, pattern);
        }

        Builder warn(String id, int weight, String pattern) {
            return event(id, weight, Level.WARN, 0, pattern);
        }

        Builder error(String id, int weight, String pattern) {
            return event(id, weight, Level.ERROR, 0, pattern);
        }

        /** An anomaly: placed exactly {@code count} times; its first lines are labelled needles. */
        Builder anomaly(String id, int count, Level level, String pattern) {
            return event(id, 0, level, count, pattern);
        }

        private Builder event(String id, int weight, Level level, int planted, String pattern) {
            for (EventType e : events) {
                if (e.id().equals(id)) {
                    throw new IllegalArgumentException(name + ": duplicate event id " + id);
                }
            }
            events.add(new EventType(id, weight, level, planted, LinePattern.compile(pattern)));
            return this;
        }

        LogFormat build() {
            return new LogFormat(name, start, gapMs, uptime, records, List.copyOf(header), Map.copyOf(vocab), List.copyOf(events));
        }
    }
}

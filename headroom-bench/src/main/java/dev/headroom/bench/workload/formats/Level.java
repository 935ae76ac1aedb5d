package dev.headroom.bench.workload.formats;

/** How severe an event type of a format is, as the format itself says it. */
enum Level {
    INFO,
    WARN,
    ERROR
}

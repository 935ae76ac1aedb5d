package dev.headroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStorePersistenceTest {

    @TempDir
    Path dir;

    @Test
    void should_survive_a_restart() {
        Path file = dir.resolve("store.db");
        try (SqliteStore first = SqliteStore.open(file)) {
            first.put("0123456789abcdef", "original ünïcødé content\r\nwith CRLF");
        }

        try (SqliteStore second = SqliteStore.open(file)) {
            assertThat(second.get("0123456789abcdef").content()).isEqualTo("original ünïcødé content\r\nwith CRLF");
        }
    }

    @Test
    void should_report_expired_entries_as_expired() {
        MutableClock clock = new MutableClock();
        try (SqliteStore store = SqliteStore.builder(dir.resolve("ttl.db")).ttl(Duration.ofMinutes(5)).clock(clock).build()) {
            store.put("k", "v");
            clock.advance(Duration.ofMinutes(4));
            assertThat(store.get("k").status()).isEqualTo(StoreLookup.Status.FOUND);
            clock.advance(Duration.ofMinutes(2));
            assertThat(store.get("k").status()).isEqualTo(StoreLookup.Status.EXPIRED);
            assertThat(store.get("never").status()).isEqualTo(StoreLookup.Status.MISSING);
        }
    }

    @Test
    void should_delete_the_oldest_entries_beyond_the_size_cap() {
        MutableClock clock = new MutableClock();
        try (SqliteStore store = SqliteStore.builder(dir.resolve("cap.db")).maxChars(250).clock(clock).build()) {
            for (int i = 0; i < 5; i++) {
                store.put("k" + i, "x".repeat(100));
                clock.advance(Duration.ofSeconds(1));
            }
            assertThat(store.totalChars()).isLessThanOrEqualTo(250);
            assertThat(store.get("k0").status()).isEqualTo(StoreLookup.Status.MISSING);
            assertThat(store.get("k4").status()).isEqualTo(StoreLookup.Status.FOUND);
        }
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

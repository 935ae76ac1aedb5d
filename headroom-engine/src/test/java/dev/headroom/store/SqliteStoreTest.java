package dev.headroom.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends OriginalStoreContract {

    private static final Duration TTL = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);
    private int files;

    @Override
    protected OriginalStore createStore() {
        return SqliteStore.open(nextFile());
    }

    @Override
    protected OriginalStore createExpiringStore() {
        return SqliteStore.builder(nextFile()).ttl(TTL).clock(new MutableClock(millis)).build();
    }

    @Override
    protected void letTtlPass() {
        millis.addAndGet(TTL.plusSeconds(1).toMillis());
    }

    @Override
    protected OriginalStore createBoundedStore(long maxChars) {
        return SqliteStore.builder(nextFile()).maxChars(maxChars).build();
    }

    @Override
    protected long heldChars(OriginalStore store) {
        return ((SqliteStore) store).totalChars();
    }

    @Override
    protected StoreLookup.Status expiredStatus() {
        return StoreLookup.Status.EXPIRED;
    }

    private Path nextFile() {
        return dir.resolve("store-" + (files++) + ".db");
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private final AtomicLong millis;

        MutableClock(AtomicLong millis) {
            this.millis = millis;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public long millis() {
            return millis.get();
        }
    }
}

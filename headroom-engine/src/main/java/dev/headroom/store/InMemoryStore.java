package dev.headroom.store;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.headroom.internal.Checks;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/*
 * Why not a Caffeine cache with maximumWeight: its TinyLFU admission policy compares each new entry
 * with the coldest old one and evicts the newcomer on a tie. Originals are written once and read
 * rarely, so once the cache was full a new original was usually dropped as soon as it left the
 * small admission window, and at once when it was bigger than that window: the engine had already
 * rendered its handle. A store of originals must keep what it just accepted, so this one is a plain
 * write-ordered map: the oldest writes go first, whether the size bound or the TTL removes them.
 * Every write takes the write lock (O(1) amortised: evictions pop the head); reads share a read
 * lock, since an insertion-ordered LinkedHashMap does not change on get.
 *
 * All-or-nothing units: putAll writes the originals of one compression under one unit number and one
 * write time. They are contiguous in write order (a key written again moves to its newest unit), so
 * eviction, which starts from the oldest write, takes a unit's remaining entries together.
 */
/**
 * The default store: bounded by total characters held (keys plus contents) and by time since the
 * last write; when full, the least recently written entries go first, the originals of one
 * compression ({@link #putAll}) together. An entry (or unit) larger than the bound is refused with {@link StoreUnavailableException} (the engine then passes the input
 * through), so an accepted entry is always there right after its put. Entries do not survive a
 * restart and are not shared between processes. Thread-safe.
 */
public final class InMemoryStore implements OriginalStore {

    public static final long DEFAULT_MAX_CHARS = 64L * 1024 * 1024;
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(60);

    private final long maxChars;
    private final long ttlNanos;
    private final Ticker ticker;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Oldest write first; guarded by {@link #lock}. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    /** Sum of {@link #weight} over {@link #entries}; guarded by {@link #lock}. */
    private long heldChars;
    /** Unit number of the next write; guarded by {@link #lock}. */
    private long nextUnit;

    private record Entry(String content, long writtenAtNanos, long unit) {}

    private InMemoryStore(long maxChars, Duration ttl, Ticker ticker) {
        this.maxChars = maxChars;
        this.ttlNanos = saturatedNanos(ttl);
        this.ticker = ticker;
    }

    /** A store with the default bounds (64 Mi characters, one hour). */
    public static InMemoryStore create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Stores {@code content} under {@code key}, evicting the oldest entries if the bound requires it.
     *
     * @throws StoreUnavailableException when key plus content exceed {@link #maxChars()}; nothing is stored
     */
    @Override
    public void put(String key, String content) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        putAll(Map.of(key, content));
    }

    /**
     * Stores the entries as one unit: all share a write time, none evicts another, and eviction
     * later takes them together.
     *
     * @throws StoreUnavailableException when the unit (keys plus contents) exceeds {@link #maxChars()}; nothing is stored
     */
    @Override
    public void putAll(Map<String, String> unit) {
        long weight = 0;
        for (Map.Entry<String, String> e : unit.entrySet()) {
            weight += weight(Objects.requireNonNull(e.getKey(), "key"), Objects.requireNonNull(e.getValue(), "content"));
        }
        if (weight > maxChars) {
            throw new StoreUnavailableException(name(), (unit.size() == 1 ? "an entry of " : "a unit of " + unit.size() + " entries, ")
                    + weight + " characters (keys plus contents), exceeds maxChars " + maxChars + "; not stored", null);
        }
        if (unit.isEmpty()) {
            return;
        }
        lock.writeLock().lock();
        try {
            long now = ticker.read();
            long number = nextUnit++;
            for (Map.Entry<String, String> e : unit.entrySet()) {
                Entry old = entries.remove(e.getKey());
                if (old != null) {
                    heldChars -= weight(e.getKey(), old.content());
                }
                entries.put(e.getKey(), new Entry(e.getValue(), now, number));
                heldChars += weight(e.getKey(), e.getValue());
            }
            evict(now, number);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public StoreLookup get(String key) {
        Objects.requireNonNull(key, "key");
        Entry e;
        lock.readLock().lock();
        try {
            e = entries.get(key);
        } finally {
            lock.readLock().unlock();
        }
        if (e == null) {
            return StoreLookup.missing();
        }
        return isExpired(e, ticker.read()) ? StoreLookup.expired() : StoreLookup.found(e.content());
    }

    /** Characters currently held (keys plus contents), after expired entries were dropped. */
    public long weightedSize() {
        lock.writeLock().lock();
        try {
            evict(ticker.read(), -1);
            return heldChars;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The configured bound on {@link #weightedSize()}. */
    public long maxChars() {
        return maxChars;
    }

    @Override
    public String name() {
        return "memory";
    }

    /**
     * Drops entries from the oldest write on while they are expired or the total is over the bound,
     * and with them the rest of their unit. Unit {@code keep}, just written, is never dropped for
     * size: it fits on its own. Caller holds the write lock.
     */
    private void evict(long now, long keep) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        long dropping = -1;
        while (it.hasNext()) {
            Map.Entry<String, Entry> head = it.next();
            Entry e = head.getValue();
            boolean sameUnit = e.unit() == dropping;
            if (!sameUnit && (e.unit() == keep || heldChars <= maxChars) && !isExpired(e, now)) {
                return;
            }
            dropping = e.unit();
            heldChars -= weight(head.getKey(), e.content());
            it.remove();
        }
    }

    private boolean isExpired(Entry e, long now) {
        return now - e.writtenAtNanos() >= ttlNanos;
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static long weight(String key, String content) {
        return Math.max(1, (long) key.length() + content.length());
    }

    /** Configures an {@link InMemoryStore}. */
    public static final class Builder {
        private long maxChars = DEFAULT_MAX_CHARS;
        private Duration ttl = DEFAULT_TTL;
        private Ticker ticker = Ticker.systemTicker();

        private Builder() {}

        /**
         * Upper bound on characters held (keys plus contents); the least recently written go first,
         * and a single larger entry is refused.
         */
        public Builder maxChars(long maxChars) {
            this.maxChars = Checks.positive(maxChars, "maxChars");
            return this;
        }

        /** How long an entry lives after it was last written. */
        public Builder ttl(Duration ttl) {
            this.ttl = Checks.positive(ttl, "ttl");
            return this;
        }

        /** The time source (nanoseconds); tests pass a fake one. */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        public InMemoryStore build() {
            return new InMemoryStore(maxChars, ttl, ticker);
        }
    }
}

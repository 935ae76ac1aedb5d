package dev.headroom.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.headroom.internal.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * The default store: bounded by total characters held and by time since the last write (Caffeine).
 * Entries do not survive a restart and are not shared between processes.
 */
public final class InMemoryStore implements OriginalStore {

    public static final long DEFAULT_MAX_CHARS = 64L * 1024 * 1024;
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(60);

    private final Cache<String, String> entries;
    private final long maxChars;

    private InMemoryStore(long maxChars, Duration ttl, Ticker ticker) {
        this.maxChars = maxChars;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxChars)
                .weigher((String k, String v) -> Math.max(1, k.length() + v.length()))
                .expireAfterWrite(ttl)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    /** A store with the default bounds (64 Mi characters, one hour). */
    public static InMemoryStore create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void put(String key, String content) {
        entries.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(content, "content"));
    }

    @Override
    public StoreLookup get(String key) {
        String v = entries.getIfPresent(key);
        return v == null ? StoreLookup.missing() : StoreLookup.found(v);
    }

    /** Characters currently held (keys plus contents), after pending evictions ran. */
    public long weightedSize() {
        entries.cleanUp();
        return entries.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }

    /** The configured bound on {@link #weightedSize()}. */
    public long maxChars() {
        return maxChars;
    }

    @Override
    public String name() {
        return "memory";
    }

    /** Configures an {@link InMemoryStore}. */
    public static final class Builder {
        private long maxChars = DEFAULT_MAX_CHARS;
        private Duration ttl = DEFAULT_TTL;
        private Ticker ticker = Ticker.systemTicker();

        private Builder() {}

        /** Upper bound on characters held (keys plus contents); the least recently written go first. */
        public Builder maxChars(long maxChars) {
            this.maxChars = Checks.positive(maxChars, "maxChars");
            return this;
        }

        /** How long an entry lives after it was last written. */
        public Builder ttl(Duration ttl) {
            this.ttl = Checks.positive(ttl, "ttl");
            return this;
        }

        /** The time source; tests pass a fake one. */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        public InMemoryStore build() {
            return new InMemoryStore(maxChars, ttl, ticker);
        }
    }
}

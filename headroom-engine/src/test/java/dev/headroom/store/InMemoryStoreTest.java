package dev.headroom.store;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

class InMemoryStoreTest extends OriginalStoreContract {

    private static final Duration TTL = Duration.ofMinutes(5);
    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    @Override
    protected OriginalStore createStore() {
        return InMemoryStore.create();
    }

    @Override
    protected OriginalStore createExpiringStore() {
        return InMemoryStore.builder().ttl(TTL).ticker(ticker).build();
    }

    @Override
    protected void letTtlPass() {
        nanos.addAndGet(TTL.plusSeconds(1).toNanos());
    }

    @Override
    protected OriginalStore createBoundedStore(long maxChars) {
        return InMemoryStore.builder().maxChars(maxChars).build();
    }

    @Override
    protected long heldChars(OriginalStore store) {
        return ((InMemoryStore) store).weightedSize();
    }

    @Override
    protected StoreLookup.Status expiredStatus() {
        return StoreLookup.Status.EXPIRED;
    }
}

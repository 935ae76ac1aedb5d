package dev.headroom.testing;

import dev.headroom.store.OriginalStore;
import dev.headroom.store.StoreLookup;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Forwards to a store and counts what was written through it (keys plus contents, in characters). */
public final class CountingStore implements OriginalStore {

    private final OriginalStore delegate;
    private final LongAdder charsPut = new LongAdder();
    private final LongAdder puts = new LongAdder();

    public CountingStore(OriginalStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public void put(String key, String content) {
        delegate.put(key, content);
        puts.increment();
        charsPut.add(key.length() + content.length());
    }

    @Override
    public void putAll(Map<String, String> unit) {
        delegate.putAll(unit);
        for (Map.Entry<String, String> e : unit.entrySet()) {
            puts.increment();
            charsPut.add(e.getKey().length() + e.getValue().length());
        }
    }

    @Override
    public StoreLookup get(String key) {
        return delegate.get(key);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** Characters written (keys plus contents), evicted or not. */
    public long charsPut() {
        return charsPut.sum();
    }

    /** Successful writes. */
    public long puts() {
        return puts.sum();
    }
}

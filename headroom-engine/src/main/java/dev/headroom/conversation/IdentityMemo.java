package dev.headroom.conversation;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe map from object identity to a value that forgets an entry once its key is garbage.
 * Identity, not equality: chat memory resends the same message objects, and hashing their content
 * on every request would cost more than the work it saves. Values must not reference their keys.
 */
final class IdentityMemo<K, V> {

    private final ConcurrentHashMap<Object, V> map = new ConcurrentHashMap<>();
    private final ReferenceQueue<K> collected = new ReferenceQueue<>();

    V get(K key) {
        return map.get(new Lookup(key));
    }

    void put(K key, V value) {
        expunge();
        map.put(new Weak<>(key, collected), value);
    }

    int size() {
        expunge();
        return map.size();
    }

    private void expunge() {
        for (Object gone = collected.poll(); gone != null; gone = collected.poll()) {
            map.remove(gone);
        }
    }

    /** The stored key: weak, with the referent's identity hash kept for after it is cleared. */
    private static final class Weak<K> extends WeakReference<K> {
        private final int hash;

        Weak(K key, ReferenceQueue<K> queue) {
            super(key, queue);
            this.hash = System.identityHashCode(key);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            Object mine = get();
            if (mine == null) {
                return false;
            }
            return o instanceof Weak<?> w ? mine == w.get() : o instanceof Lookup l && mine == l.key;
        }
    }

    /** A short-lived strong key used for lookups only. */
    private static final class Lookup {
        private final Object key;

        Lookup(Object key) {
            this.key = key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Weak<?> w ? key == w.get() : o instanceof Lookup l && key == l.key;
        }
    }
}

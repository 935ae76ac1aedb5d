package dev.headroom.proxy.json;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Byte-range replacements on a document: everything outside the replaced ranges is copied as it
 * was. Ranges must not overlap; insertions are empty ranges. Not thread-safe.
 */
public final class Splice {

    private record Change(int start, int end, byte[] bytes, int order) {}

    private final byte[] doc;
    private final List<Change> changes = new ArrayList<>();

    public Splice(byte[] doc) {
        this.doc = doc;
    }

    /** Replaces {@code [start, end)} with {@code bytes}. */
    public Splice replace(int start, int end, byte[] bytes) {
        if (start < 0 || end < start || end > doc.length) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ") in " + doc.length + " bytes");
        }
        changes.add(new Change(start, end, bytes, changes.size()));
        return this;
    }

    /** Inserts {@code bytes} before offset {@code at} (insertions at one offset keep their order). */
    public Splice insert(int at, byte[] bytes) {
        return replace(at, at, bytes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The document with every change applied. */
    public byte[] apply() {
        if (changes.isEmpty()) {
            return doc;
        }
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end).thenComparingInt(Change::order));
        ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + 256);
        int at = 0;
        for (Change c : sorted) {
            if (c.start() < at) {
                throw new IllegalStateException("overlapping changes at " + c.start());
            }
            out.write(doc, at, c.start() - at);
            out.write(c.bytes(), 0, c.bytes().length);
            at = c.end();
        }
        out.write(doc, at, doc.length - at);
        return out.toByteArray();
    }
}

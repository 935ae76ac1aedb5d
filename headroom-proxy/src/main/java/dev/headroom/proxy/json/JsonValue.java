package dev.headroom.proxy.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read from a byte array, with the byte range it occupies there ({@code [start, end)}),
 * so a proxy can copy or replace exactly those bytes and leave the rest of the document as it came.
 */
public sealed interface JsonValue {

    /** Offset of the value's first byte. */
    int start();

    /** Offset just past the value's last byte. */
    int end();

    /** This value's bytes in {@code doc}. */
    default byte[] bytes(byte[] doc) {
        byte[] out = new byte[end() - start()];
        System.arraycopy(doc, start(), out, 0, out.length);
        return out;
    }

    /** An object; fields in document order (a repeated name keeps its last value, as most parsers do). */
    record Obj(int start, int end, Map<String, JsonValue> fields) implements JsonValue {
        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public JsonValue get(String name) {
            return fields.get(name);
        }

        /** The string value of {@code name}, or null when absent or not a string. */
        public String string(String name) {
            return fields.get(name) instanceof Str s ? s.value() : null;
        }

        public Arr array(String name) {
            return fields.get(name) instanceof Arr a ? a : null;
        }

        public Obj object(String name) {
            return fields.get(name) instanceof Obj o ? o : null;
        }
    }

    /** An array. */
    record Arr(int start, int end, List<JsonValue> elements) implements JsonValue {
        public Arr {
            elements = List.copyOf(elements);
        }
    }

    /** A string. */
    record Str(int start, int end, String value) implements JsonValue {}

    /** A number, boolean or null, with its text as written. */
    record Scalar(int start, int end, String text) implements JsonValue {
        public boolean isNull() {
            return "null".equals(text);
        }

        public boolean isTrue() {
            return "true".equals(text);
        }
    }
}

package dev.headroom.proxy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document from bytes into {@link JsonValue}s that remember their byte ranges (Jackson's
 * streaming parser does the parsing; this only records where each value sits). Thread-safe.
 */
public final class JsonReader {

    /** Longest string accepted: above the engine's 32 Mi characters, so any tool result it may read fits. */
    public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build())
            .build();

    private JsonReader() {}

    /**
     * Parses {@code doc} (UTF-8) whole.
     *
     * @throws IOException if it is not one well-formed JSON value (trailing content included)
     */
    public static JsonValue read(byte[] doc) throws IOException {
        int off = 0;
        try (JsonParser p = FACTORY.createParser(doc)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IOException("empty document");
            }
            JsonValue v = value(p, t, off);
            if (p.nextToken() != null) {
                throw new IOException("trailing content after the JSON value");
            }
            return v;
        }
    }

    private static JsonValue value(JsonParser p, JsonToken t, int base) throws IOException {
        int start = base + (int) p.currentTokenLocation().getByteOffset();
        switch (t) {
            case START_OBJECT: {
                Map<String, JsonValue> fields = new LinkedHashMap<>();
                JsonToken n;
                while ((n = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    fields.put(name, value(p, p.nextToken(), base));
                }
                if (n != JsonToken.END_OBJECT) {
                    throw new IOException("malformed object");
                }
                return new JsonValue.Obj(start, base + (int) p.currentTokenLocation().getByteOffset() + 1, fields);
            }
            case START_ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (n == null) {
                        throw new IOException("malformed array");
                    }
                    elements.add(value(p, n, base));
                }
                return new JsonValue.Arr(start, base + (int) p.currentTokenLocation().getByteOffset() + 1, elements);
            }
            case VALUE_STRING: {
                String s = p.getText();
                return new JsonValue.Str(start, base + (int) p.currentLocation().getByteOffset(), s);
            }
            default: {
                String text = p.getText();
                return new JsonValue.Scalar(start, start + text.length(), text);
            }
        }
    }
}

package dev.headroom.proxy.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.proxy.json.JsonReader;
import dev.headroom.proxy.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Small readers shared by the wire mappings. */
final class Wire {

    static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {}

    static JsonValue.Obj root(byte[] body) throws IOException {
        if (JsonReader.read(body) instanceof JsonValue.Obj o) {
            return o;
        }
        throw new IOException("the body is not a JSON object");
    }

    static JsonValue.Obj obj(JsonValue v, String what) throws IOException {
        if (v instanceof JsonValue.Obj o) {
            return o;
        }
        throw new IOException(what + " is not an object");
    }

    static String text(byte[] body, JsonValue v) {
        return v == null ? null : new String(body, v.start(), v.end() - v.start(), StandardCharsets.UTF_8);
    }

    /** Whether the field holds {@code true}. */
    static boolean isTrue(JsonValue.Obj o, String name) {
        return o.get(name) instanceof JsonValue.Scalar s && s.isTrue();
    }

    /**
     * Everything of {@code o} but the named fields, as name and raw text per field: what Headroom does
     * not read, as part of the message's identity.
     */
    static String extra(byte[] body, JsonValue.Obj o, Set<String> read) {
        StringBuilder sb = null;
        for (var f : o.fields().entrySet()) {
            if (read.contains(f.getKey())) {
                continue;
            }
            sb = sb == null ? new StringBuilder() : sb.append(',');
            sb.append(f.getKey()).append('=').append(text(body, f.getValue()));
        }
        return sb == null ? "" : sb.toString();
    }

    /** Compact JSON text of a raw JSON value, so an object re-serialised by a client compares equal. */
    static String canonical(String rawJson) {
        try {
            JsonNode n = JSON.readTree(rawJson);
            return n == null ? "" : JSON.writeValueAsString(n);
        } catch (IOException e) {
            return rawJson;
        }
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

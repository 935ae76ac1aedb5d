package dev.headroom.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The one JSON mapper and schema validator every server and client here uses (Jackson 2, as in the
 * engine), chosen explicitly rather than by the SDK's service lookup; and the module's version.
 */
final class McpJson {

    static final ObjectMapper OBJECT_MAPPER = new ObjectMapper();
    static final McpJsonMapper MAPPER = new JacksonMcpJsonMapper(OBJECT_MAPPER);
    static final JsonSchemaValidator VALIDATOR = new DefaultJsonSchemaValidator(OBJECT_MAPPER);
    static final String VERSION = readVersion();

    private McpJson() {}

    /** Parses a JSON object kept as a constant; key order is kept, so the definition serialises the same every time. */
    static Map<String, Object> object(String json) {
        try {
            return OBJECT_MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed JSON constant: " + json, e);
        }
    }

    /**
     * A map of the given keys and values in this order ({@code Map.of} iterates in an order that changes
     * from one JVM to the next, which would change a tool definition's bytes across restarts).
     */
    static Map<String, Object> ordered(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String write(Object value) {
        try {
            return OBJECT_MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = McpJson.class.getResourceAsStream("headroom-mcp.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}

package dev.headroom.bench.probe;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Strict JSON parsing and key-path extraction for the JSON probes. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(10_000)
                .maxStringLength(Integer.MAX_VALUE)
                .build());
    }

    private Json() {}

    /** The parsed value, or null when {@code text} is not exactly one well-formed JSON value. */
    static JsonNode parse(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            return n == null || n.isMissingNode() ? null : n;
        } catch (Exception e) {
            return null;
        }
    }

    /** Every key path in {@code node}: {@code a.b} for object fields, {@code a[].c} through arrays. */
    static Set<String> keyPaths(JsonNode node) {
        Set<String> out = new TreeSet<>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String prefix, Set<String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                out.add(path);
                collect(e.getValue(), path, out);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, prefix + "[]", out);
            }
        }
    }

    /** The last field name of a key path. */
    static String leaf(String path) {
        String p = path.endsWith("[]") ? path.substring(0, path.length() - 2) : path;
        int dot = p.lastIndexOf('.');
        String leaf = dot < 0 ? p : p.substring(dot + 1);
        int bracket = leaf.indexOf('[');
        return bracket < 0 ? leaf : leaf.substring(0, bracket);
    }
}

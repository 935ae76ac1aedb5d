package dev.headroom.compress.json;

import java.util.List;

/**
 * The words of a row a reader would judge its meaning by, for a relevance scorer: its text and
 * number fields as {@code key: value}, then the names and titles of nested objects, without URLs,
 * hashes and other identifiers that only add noise to an embedding.
 */
final class RowText {

    static final int MAX_CHARS = 400;

    private static final List<String> NESTED_KEYS = List.of("name", "title", "login", "label", "description", "state");

    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("[0-9a-fA-F]{16,}");

    private RowText() {}

    static String of(Node.Obj row) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < row.keys().size() && out.length() < MAX_CHARS; i++) {
            String key = row.keys().get(i);
            if (row.values().get(i) instanceof Node.Scalar s && meaningful(key, s)) {
                append(out, key, s);
            }
        }
        for (int i = 0; i < row.keys().size() && out.length() < MAX_CHARS; i++) {
            if (row.values().get(i) instanceof Node.Obj nested) {
                for (int j = 0; j < nested.keys().size(); j++) {
                    String key = nested.keys().get(j);
                    if (NESTED_KEYS.contains(key) && nested.values().get(j) instanceof Node.Scalar s && meaningful(key, s)) {
                        append(out, row.keys().get(i) + "." + key, s);
                    }
                }
            }
        }
        return out.length() > MAX_CHARS ? out.substring(0, MAX_CHARS) : out.toString();
    }

    private static void append(StringBuilder out, String key, Node.Scalar s) {
        if (out.length() > 0) {
            out.append("; ");
        }
        out.append(key).append(": ").append(s.isString() ? unquote(s.text()) : s.text());
    }

    private static boolean meaningful(String key, Node.Scalar s) {
        if (!s.isString()) {
            return false;
        }
        String k = key.toLowerCase(java.util.Locale.ROOT);
        if (k.equals("id") || k.endsWith("_id") || k.endsWith("url") || k.endsWith("_at") || k.endsWith("sha")
                || k.equals("node_id") || k.equals("etag")) {
            return false;
        }
        String v = unquote(s.text()).strip();
        return !v.isEmpty() && !v.startsWith("http://") && !v.startsWith("https://") && !HEX.matcher(v).matches();
    }

    /** The string's content, with the common escapes read back; enough for an embedding. */
    private static String unquote(String jsonString) {
        String inner = jsonString.length() >= 2 ? jsonString.substring(1, jsonString.length() - 1) : jsonString;
        if (inner.indexOf('\\') < 0) {
            return inner;
        }
        return inner.replace("\\n", " ").replace("\\r", " ").replace("\\t", " ").replace("\\\"", "\"").replace("\\\\", "\\");
    }
}

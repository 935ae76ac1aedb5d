package dev.headroom.compress.json;

import java.util.List;

/**
 * A parsed JSON value that keeps number text exactly as written. Scalars hold their compact JSON
 * text (strings already escaped and quoted), so equality and rendering need no re-formatting.
 */
sealed interface Node permits Node.Scalar, Node.Obj, Node.Arr {

    /** Appends the compact JSON of this value. */
    void writeTo(StringBuilder out);

    /** The compact JSON of this value. */
    default String json() {
        StringBuilder sb = new StringBuilder();
        writeTo(sb);
        return sb.toString();
    }

    /** A string, number, boolean or null, as its compact JSON text. */
    record Scalar(String text, boolean isString, boolean isNumber) implements Node {
        @Override
        public void writeTo(StringBuilder out) {
            out.append(text);
        }

        @Override
        public String json() {
            return text;
        }
    }

    /** An object: decoded keys (interned per parse) and values, in input order. */
    record Obj(List<String> keys, List<Node> values) implements Node {
        @Override
        public void writeTo(StringBuilder out) {
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonText.appendString(out, keys.get(i));
                out.append(':');
                values.get(i).writeTo(out);
            }
            out.append('}');
        }

        /** The value under {@code key}, or null. */
        Node get(String key) {
            int i = keys.indexOf(key);
            return i < 0 ? null : values.get(i);
        }
    }

    /** An array, with the character range it spans in the input so a nested one can be stored verbatim. */
    record Arr(List<Node> items, int start, int end) implements Node {
        @Override
        public void writeTo(StringBuilder out) {
            out.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                items.get(i).writeTo(out);
            }
            out.append(']');
        }
    }
}

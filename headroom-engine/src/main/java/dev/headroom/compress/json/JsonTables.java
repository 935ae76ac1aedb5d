package dev.headroom.compress.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON compressor's output back as plain JSON: every declared table becomes the array of
 * objects it stands for (an elided-rows marker becomes a trailing {@code {"_headroom": marker}}
 * object), and every {@code _headroom_constant} object is merged back into the rows after it.
 * A table of a lossless compression expands to exactly the original array.
 */
public final class JsonTables {

    private static final ObjectReader STRINGS = new ObjectMapper().readerFor(String.class);

    private JsonTables() {}

    /**
     * Returns {@code json} with every table expanded, as compact JSON.
     *
     * @throws IllegalArgumentException if {@code json} is not well-formed JSON
     */
    public static String expand(String json) {
        Node root;
        try {
            root = JsonReader.parse(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not well-formed JSON: " + e.getMessage(), e);
        }
        return expand(root).json();
    }

    private static Node expand(Node node) {
        if (node instanceof Node.Obj o) {
            if (o.keys().size() == 1 && o.keys().get(0).equals(TableLayout.TABLE_KEY) && o.values().get(0) instanceof Node.Obj t) {
                return table(t);
            }
            List<Node> values = new ArrayList<>(o.values().size());
            for (Node v : o.values()) {
                values.add(expand(v));
            }
            return new Node.Obj(o.keys(), values);
        }
        if (node instanceof Node.Arr a) {
            List<Node> items = new ArrayList<>(a.items().size());
            Node.Obj constants = null;
            for (Node item : a.items()) {
                if (item instanceof Node.Obj o && o.keys().size() == 1 && o.keys().get(0).equals(ArrayRenderer.CONSTANT_KEY)
                        && o.values().get(0) instanceof Node.Obj c) {
                    constants = c;
                    continue;
                }
                Node e = expand(item);
                if (constants != null && e instanceof Node.Obj row && row.get(ArrayRenderer.SENTINEL_KEY) == null) {
                    List<String> ks = new ArrayList<>(row.keys());
                    List<Node> vs = new ArrayList<>(row.values());
                    ks.addAll(constants.keys());
                    vs.addAll(constants.values());
                    e = new Node.Obj(ks, vs);
                }
                items.add(e);
            }
            return new Node.Arr(items, a.start(), a.end());
        }
        return node;
    }

    private static Node table(Node.Obj t) {
        List<String> columns = new ArrayList<>();
        for (Node c : ((Node.Arr) t.get("columns")).items()) {
            columns.add(unquote(((Node.Scalar) c).text()));
        }
        Node.Obj constant = t.get("constant") instanceof Node.Obj c ? c : new Node.Obj(List.of(), List.of());
        Node.Obj lookup = t.get("lookup") instanceof Node.Obj l ? l : new Node.Obj(List.of(), List.of());
        List<Node> out = new ArrayList<>();
        for (Node rowNode : ((Node.Arr) t.get("rows")).items()) {
            List<Node> cells = ((Node.Arr) rowNode).items();
            Map<String, Node> byColumn = new HashMap<>();
            int next = 0;
            for (String col : columns) {
                Node v = constant.get(col);
                if (v == null && lookup.get(col) == null) {
                    v = cells.get(next++);
                }
                byColumn.put(col, v);
            }
            for (String col : columns) {
                if (byColumn.get(col) == null) {
                    Node.Obj spec = (Node.Obj) lookup.get(col);
                    String by = unquote(((Node.Scalar) spec.get("by")).text());
                    Node.Scalar keyCell = (Node.Scalar) byColumn.get(by);
                    byColumn.put(col, ((Node.Obj) spec.get("map")).get(unquote(keyCell.text())));
                }
            }
            out.add(nest(columns, byColumn));
        }
        if (t.get("elided") instanceof Node.Scalar marker) {
            out.add(new Node.Obj(List.of(ArrayRenderer.SENTINEL_KEY), List.of(marker)));
        }
        return new Node.Arr(out, 0, 0);
    }

    /** Rebuilds nested objects from dotted column names, keeping column order. */
    private static Node.Obj nest(List<String> columns, Map<String, Node> byColumn) {
        Node.Obj root = new Node.Obj(new ArrayList<>(), new ArrayList<>());
        for (String col : columns) {
            String[] path = col.split("\\.", -1);
            Node.Obj cur = root;
            for (int i = 0; i < path.length - 1; i++) {
                Node child = cur.get(path[i]);
                if (child == null) {
                    child = new Node.Obj(new ArrayList<>(), new ArrayList<>());
                    cur.keys().add(path[i]);
                    cur.values().add(child);
                }
                cur = (Node.Obj) child;
            }
            cur.keys().add(path[path.length - 1]);
            cur.values().add(byColumn.get(col));
        }
        return root;
    }

    /** Decodes a JSON string literal as produced by {@link JsonText}. */
    static String unquote(String literal) {
        try {
            return STRINGS.readValue(literal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

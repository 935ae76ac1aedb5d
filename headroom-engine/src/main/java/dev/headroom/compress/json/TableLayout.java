package dev.headroom.compress.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared table form of an array of objects that all have the same keys in the same order:
 * <pre>{"_headroom_table":{"columns":[...],"constant":{...},"lookup":{...},"rows":[[...],...]}}</pre>
 *
 * <p>Lossless: {@code columns} names every field in order (nested objects of one shape flattened
 * to {@code parent.child}); a column in {@code constant} has the same value in every row and no
 * cell; a column in {@code lookup} is determined by another column ({@code by}) through
 * {@code map} and has no cell either; every other column has one cell per row, in column order.
 * {@link JsonTables#expand} turns it back into the original array. A row's error or failure word
 * never lives only in {@code constant} or {@code lookup}: such a column keeps its cells. An
 * optional {@code elided} member carries the marker when rows were dropped.
 */
final class TableLayout {

    static final String TABLE_KEY = "_headroom_table";
    private static final int MAX_FLATTEN_DEPTH = 3;
    private static final int MAX_LOOKUP_KEYS = 8;

    private final List<String> names = new ArrayList<>();
    private final List<String[]> cells = new ArrayList<>();
    /** Per column, per row: whether the value carries an error or failure word (RowSelector#carriesError). */
    private final List<boolean[]> errors = new ArrayList<>();
    /** Per column: -1 = has cells, -2 = constant, k >= 0 = looked up by column k. */
    private final List<Integer> role = new ArrayList<>();
    private final int n;

    private TableLayout(int n) {
        this.n = n;
    }

    /** The layout of {@code rows}, or null when they do not share one key sequence or a key contains a dot. */
    static TableLayout of(List<Node.Obj> rows) {
        if (rows.size() < 2) {
            return null;
        }
        List<String> keys = rows.get(0).keys();
        for (Node.Obj row : rows) {
            if (!row.keys().equals(keys)) {
                return null;
            }
        }
        if (hasDotOrDuplicate(keys)) {
            return null;
        }
        TableLayout t = new TableLayout(rows.size());
        List<Node> level = new ArrayList<>(rows);
        t.addColumns("", level, 0);
        if (t.names.isEmpty()) {
            return null;
        }
        t.findConstants();
        t.findLookups();
        t.keepErrorsInline();
        return t;
    }

    private static boolean hasDotOrDuplicate(List<String> keys) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String key : keys) {
            if (key.indexOf('.') >= 0 || !seen.add(key)) {
                return true;
            }
        }
        return false;
    }

    /** Adds one column per key of the objects in {@code objs} (all with the same keys), flattening uniform nested objects. */
    private void addColumns(String prefix, List<Node> objs, int depth) {
        Node.Obj first = (Node.Obj) objs.get(0);
        for (int k = 0; k < first.keys().size(); k++) {
            String name = prefix + first.keys().get(k);
            List<Node> values = new ArrayList<>(objs.size());
            for (Node o : objs) {
                values.add(((Node.Obj) o).values().get(k));
            }
            if (depth < MAX_FLATTEN_DEPTH && sameShapeObjects(values)) {
                addColumns(name + ".", values, depth + 1);
            } else {
                String[] texts = new String[values.size()];
                boolean[] error = new boolean[values.size()];
                for (int r = 0; r < texts.length; r++) {
                    texts[r] = values.get(r).json();
                    error[r] = RowSelector.carriesError(values.get(r));
                }
                names.add(name);
                cells.add(texts);
                errors.add(error);
                role.add(-1);
            }
        }
    }

    private static boolean sameShapeObjects(List<Node> values) {
        if (!(values.get(0) instanceof Node.Obj first) || first.keys().isEmpty() || hasDotOrDuplicate(first.keys())) {
            return false;
        }
        for (Node v : values) {
            if (!(v instanceof Node.Obj o) || !o.keys().equals(first.keys())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gives cells back to every constant or looked-up column that holds a row's only error word,
     * so each failing row shows its failure inline rather than only in the header. Turning a column
     * back into cells never hides another, so one pass over the rows suffices.
     */
    private void keepErrorsInline() {
        for (int r = 0; r < n; r++) {
            boolean hidden = false;
            boolean shown = false;
            for (int c = 0; c < names.size(); c++) {
                if (errors.get(c)[r]) {
                    hidden |= role.get(c) != -1;
                    shown |= role.get(c) == -1;
                }
            }
            if (!hidden || shown) {
                continue;
            }
            for (int c = 0; c < names.size(); c++) {
                if (errors.get(c)[r]) {
                    role.set(c, -1);
                }
            }
        }
    }

    private void findConstants() {
        for (int c = 0; c < names.size(); c++) {
            String[] col = cells.get(c);
            boolean same = true;
            for (int r = 1; r < n && same; r++) {
                same = col[r].equals(col[0]);
            }
            if (same) {
                role.set(c, -2);
            }
        }
    }

    /**
     * Finds columns determined by a low-cardinality string column (an event id fixes its template,
     * a login fixes the avatar URL) and states each mapping once when that is shorter than the cells.
     */
    private void findLookups() {
        List<Integer> keyCandidates = new ArrayList<>();
        for (int c = 0; c < names.size() && keyCandidates.size() < MAX_LOOKUP_KEYS; c++) {
            if (role.get(c) == -1 && allStrings(cells.get(c)) && distinctAtMost(cells.get(c), Math.max(1, n / 2))) {
                keyCandidates.add(c);
            }
        }
        if (keyCandidates.isEmpty()) {
            return;
        }
        // every (key, dependent) pair with its gain, best first; ties by column order
        List<long[]> pairs = new ArrayList<>();
        for (int b = 0; b < names.size(); b++) {
            if (role.get(b) != -1) {
                continue;
            }
            for (int a : keyCandidates) {
                if (a == b) {
                    continue;
                }
                long gain = lookupGain(cells.get(a), cells.get(b)) - names.get(b).length() - names.get(a).length() - 24;
                if (gain > 0) {
                    pairs.add(new long[] {gain, a, b});
                }
            }
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0]) : x[2] != y[2] ? Long.compare(x[2], y[2]) : Long.compare(x[1], y[1]));
        boolean[] usedAsKey = new boolean[names.size()];
        for (long[] p : pairs) {
            int a = (int) p[1];
            int b = (int) p[2];
            if (role.get(b) == -1 && role.get(a) == -1 && !usedAsKey[b]) {
                role.set(b, a);
                usedAsKey[a] = true;
            }
        }
    }

    /** Characters saved by stating b once per value of a, or 0 when b is not a function of a. */
    private long lookupGain(String[] a, String[] b) {
        Map<String, String> map = new HashMap<>();
        long cellChars = 0;
        for (int r = 0; r < n; r++) {
            String prev = map.putIfAbsent(a[r], b[r]);
            if (prev != null && !prev.equals(b[r])) {
                return 0;
            }
            cellChars += b[r].length() + 1;
        }
        long mapChars = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            mapChars += e.getKey().length() + e.getValue().length() + 2;
        }
        return cellChars - mapChars;
    }

    private static boolean allStrings(String[] col) {
        for (String s : col) {
            if (s.isEmpty() || s.charAt(0) != '"') {
                return false;
            }
        }
        return true;
    }

    private static boolean distinctAtMost(String[] col, int max) {
        Map<String, Boolean> seen = new HashMap<>();
        for (String s : col) {
            seen.put(s, Boolean.TRUE);
            if (seen.size() > max) {
                return false;
            }
        }
        return seen.size() >= 2;
    }

    /** Renders the rows flagged in {@code keep} (all when null), with {@code marker} as the elided member when not null. */
    void render(StringBuilder out, boolean[] keep, String marker) {
        out.append("{\"").append(TABLE_KEY).append("\":{\"columns\":[");
        for (int c = 0; c < names.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            JsonText.appendString(out, names.get(c));
        }
        out.append(']');
        boolean any = false;
        for (int c = 0; c < names.size(); c++) {
            if (role.get(c) == -2) {
                out.append(any ? "," : ",\"constant\":{");
                any = true;
                JsonText.appendString(out, names.get(c));
                out.append(':').append(cells.get(c)[0]);
            }
        }
        if (any) {
            out.append('}');
        }
        any = false;
        for (int c = 0; c < names.size(); c++) {
            int key = role.get(c);
            if (key >= 0) {
                out.append(any ? "," : ",\"lookup\":{");
                any = true;
                renderLookup(out, c, key, keep);
            }
        }
        if (any) {
            out.append('}');
        }
        out.append(",\"rows\":[");
        boolean firstRow = true;
        for (int r = 0; r < n; r++) {
            if (keep != null && !keep[r]) {
                continue;
            }
            out.append(firstRow ? "[" : ",[");
            firstRow = false;
            boolean firstCell = true;
            for (int c = 0; c < names.size(); c++) {
                if (role.get(c) != -1) {
                    continue;
                }
                if (!firstCell) {
                    out.append(',');
                }
                firstCell = false;
                out.append(cells.get(c)[r]);
            }
            out.append(']');
        }
        out.append(']');
        if (marker != null) {
            out.append(",\"elided\":");
            JsonText.appendString(out, marker);
        }
        out.append("}}");
    }

    /** Only the mappings the rendered rows need, in first-seen order. */
    private void renderLookup(StringBuilder out, int b, int a, boolean[] keep) {
        JsonText.appendString(out, names.get(b));
        out.append(":{\"by\":");
        JsonText.appendString(out, names.get(a));
        out.append(",\"map\":{");
        Map<String, String> map = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            if (keep == null || keep[r]) {
                map.putIfAbsent(cells.get(a)[r], cells.get(b)[r]);
            }
        }
        boolean first = true;
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(e.getKey()).append(':').append(e.getValue());
        }
        out.append("}}");
    }
}

package dev.headroom.compress.json;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Elision;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes a parsed document compactly, compressing each array of objects where it stands: kept
 * rows with a marker when rows may be dropped, else the lossless table when that is smaller.
 * Collects the elisions it declares.
 */
final class ArrayRenderer {

    static final String SENTINEL_KEY = "_headroom";
    static final String CONSTANT_KEY = "_headroom_constant";
    private static final int MIN_TABLE_ROWS = 2;

    private final String input;
    private final CompressionContext ctx;
    private final List<Elision> elisions = new ArrayList<>();
    private final TreeMap<String, Integer> strategies = new TreeMap<>();

    ArrayRenderer(String input, CompressionContext ctx) {
        this.input = input;
        this.ctx = ctx;
    }

    List<Elision> elisions() {
        return elisions;
    }

    String strategy() {
        if (strategies.isEmpty()) {
            return "json:minify";
        }
        StringBuilder sb = new StringBuilder("json:");
        strategies.forEach((k, v) -> sb.append(k).append(v > 1 ? "x" + v : "").append(';'));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    void render(Node node, StringBuilder out, boolean root) {
        if (node instanceof Node.Scalar s) {
            out.append(s.text());
        } else if (node instanceof Node.Obj o) {
            out.append('{');
            for (int i = 0; i < o.keys().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonText.appendString(out, o.keys().get(i));
                out.append(':');
                render(o.values().get(i), out, false);
            }
            out.append('}');
        } else {
            ctx.checkDeadline();
            Node.Arr a = (Node.Arr) node;
            List<Node.Obj> rows = objectRows(a);
            if (rows != null && rows.size() >= MIN_TABLE_ROWS) {
                renderRows(a, rows, out, root);
            } else {
                renderPlain(a, out);
            }
        }
    }

    private void renderPlain(Node.Arr a, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < a.items().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            render(a.items().get(i), out, false);
        }
        out.append(']');
    }

    /** Rows a relevance scorer may add to those the selector keeps, per array. */
    static final int CLOSEST_ROWS = 3;

    private static List<Node.Obj> objectRows(Node.Arr a) {
        List<Node.Obj> rows = new ArrayList<>(a.items().size());
        for (Node item : a.items()) {
            if (!(item instanceof Node.Obj o)) {
                return null;
            }
            rows.add(o);
        }
        return rows;
    }

    /**
     * One array of rows: statistics, selection, table layout, then the rendering. Each step is a pass
     * over every row with no check of its own, so the deadline is checked between them (tens of
     * milliseconds each for a megabyte of tiny rows).
     */
    private void renderRows(Node.Arr a, List<Node.Obj> rows, StringBuilder out, boolean root) {
        ArrayStats stats = ArrayStats.of(rows, ctx::checkDeadline);
        if (stats == null) {
            renderPlain(a, out);
            return;
        }
        ctx.checkDeadline();
        RowSelector.Selection sel = RowSelector.select(stats, ctx.queryTerms());
        if (sel != null && ctx.hasRelevanceScorer()) {
            sel = sel.withClosest(ctx.closestUnits(rows.stream().map(RowText::of).toList(), CLOSEST_ROWS));
        }
        ctx.checkDeadline();
        TableLayout table = TableLayout.of(rows);
        ctx.checkDeadline();
        if (sel != null) {
            String handle = root ? ctx.originalHandle() : ctx.store(input.substring(a.start(), a.end()));
            Elision elision = ctx.elide(sel.dropped(), "rows", handle);
            elisions.add(elision);
            ctx.checkDeadline();
            if (table != null) {
                table.render(out, sel.keep(), elision.render());
                count("table-rows(" + rows.size() + "->" + sel.kept() + ";" + sel.reasons() + ")");
            } else {
                renderKeptObjects(rows, stats, sel.keep(), elision.render(), out);
                count("rows");
            }
            return;
        }
        if (table == null) {
            renderPlain(a, out);
            return;
        }
        // lossless: the table only when it is smaller than the plain array (whose nested arrays may shrink too)
        ArrayRenderer plainRenderer = new ArrayRenderer(input, ctx);
        StringBuilder plain = new StringBuilder();
        plainRenderer.renderPlain(a, plain);
        StringBuilder tableText = new StringBuilder();
        ctx.checkDeadline();
        table.render(tableText, null, null);
        if (smaller(tableText, plain)) {
            out.append(tableText);
            count("table");
        } else {
            out.append(plain);
            elisions.addAll(plainRenderer.elisions);
            plainRenderer.strategies.forEach((k, v) -> strategies.merge(k, v, Integer::sum));
        }
    }

    private boolean smaller(CharSequence candidate, CharSequence baseline) {
        if (candidate.length() * 100L <= baseline.length() * 85L) {
            return true;
        }
        if (candidate.length() >= baseline.length()) {
            return false;
        }
        return ctx.tokens().count(candidate.toString(), ctx::checkDeadline) < ctx.tokens().count(baseline.toString(), ctx::checkDeadline);
    }

    /** Kept rows as objects, constant fields stated once up front, and the marker as a last sentinel object. */
    private static void renderKeptObjects(List<Node.Obj> rows, ArrayStats stats, boolean[] keep, String marker, StringBuilder out) {
        List<ArrayStats.Field> constants = new ArrayList<>();
        for (ArrayStats.Field f : stats.fields) {
            if (f.isConstant(stats.n)) {
                constants.add(f);
            }
        }
        out.append('[');
        if (!constants.isEmpty()) {
            out.append("{\"").append(CONSTANT_KEY).append("\":{");
            for (int i = 0; i < constants.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonText.appendString(out, constants.get(i).key);
                out.append(':').append(constants.get(i).cells[0]);
            }
            out.append("}},");
        }
        for (int r = 0; r < rows.size(); r++) {
            if (!keep[r]) {
                continue;
            }
            Node.Obj row = rows.get(r);
            out.append('{');
            boolean first = true;
            for (int k = 0; k < row.keys().size(); k++) {
                String key = row.keys().get(k);
                if (isConstant(constants, key)) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                JsonText.appendString(out, key);
                out.append(':');
                row.values().get(k).writeTo(out);
            }
            out.append("},");
        }
        out.append("{\"").append(SENTINEL_KEY).append("\":");
        JsonText.appendString(out, marker);
        out.append("}]");
    }

    private static boolean isConstant(List<ArrayStats.Field> constants, String key) {
        for (ArrayStats.Field f : constants) {
            if (f.key.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private void count(String what) {
        strategies.merge(what, 1, Integer::sum);
    }
}

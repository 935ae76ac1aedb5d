package dev.headroom.compress.json;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.TimeBudgetExceededException;
import java.io.IOException;

/**
 * Compresses JSON arrays and objects: arrays of objects found at any depth are reduced to the
 * rows that carry signal (with a marker declaring the rest) or written as a lossless table; all
 * that is kept is minified, with key order and number text exactly as in the input.
 *
 * <p>Input that is not one well-formed JSON value passes through; input nested too deep for a
 * tree is minified by streaming.
 */
public final class JsonCompressor implements Compressor {

    /*
     * Design notes (for maintainers).
     *
     * The idea of keeping a few representative rows of a JSON array plus every anomalous one comes
     * from Headroom's SmartCrusher (chopratejas/headroom, crates/headroom-core/src/transforms/
     * smart_crusher). This is an independent implementation that changes what went wrong there:
     *
     * - No fixed row cap (SmartCrusher keeps at most 15). Signal rows are never capped; the
     *   "representative" budget is about 2 sqrt(n) rows in total and only fills what the signal
     *   rows leave, each sample unlike every kept row once digits are masked (near-duplicates go).
     * - One row per value of every enum-like field is kept, so every kind of row (every event id,
     *   status, level) is still shown; rare values (< 1% of rows, or a single row) are kept whole.
     * - Repetitive arrays (RowSelector#contentUniqueness) are always sampled. A list of distinct
     *   entities is sampled only when some row stands out (error word, rare value, outlier, query
     *   match); when none does it shrinks losslessly through the table form instead.
     * - The table form (TableLayout) factors constant columns and columns determined by another
     *   column (an event id fixes its template), flattens nested objects of one shape, and is
     *   declared and reversible (JsonTables#expand). It is chosen only when smaller. A row whose
     *   failure would only show in a constant or a lookup map gets that column back as cells, so
     *   every failing row states its failure inline (an ON_HOLD key must not hide a FAILED status).
     * - Numbers keep their source text (1.0 stays 1.0, big integers stay exact) because the tree
     *   is our own (Node) built from Jackson's streaming parser; key order is kept.
     * - Nested arrays are compressed where they stand and their elided rows are retrievable under
     *   the handle of their own verbatim source text, so a query filters that array's items.
     *
     * Cost: one parse, one statistics pass per array, signal scans linear in cells; nothing
     * re-serialises rows in a loop.
     */

    @Override
    public Compressed compress(String input, CompressionContext context) {
        Node root;
        try {
            root = JsonReader.parse(input, context.deadline());
        } catch (IOException e) {
            return minifyOnly(input, context);
        }
        ArrayRenderer renderer = new ArrayRenderer(input, context);
        StringBuilder out = new StringBuilder(Math.max(16, input.length() / 2));
        renderer.render(root, out, true);
        String text = out.toString();
        if (text.equals(input)) {
            return Compressed.unchanged(input, "json:already-compact");
        }
        return new Compressed(text, renderer.strategy(), renderer.elisions());
    }

    private static Compressed minifyOnly(String input, CompressionContext context) {
        try {
            String min = JsonReader.minify(input, context.deadline());
            return min.equals(input) ? Compressed.unchanged(input, "json:deep") : Compressed.lossless(min, "json:minify-deep");
        } catch (TimeBudgetExceededException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return Compressed.unchanged(input, "json:not-parsable");
        }
    }
}

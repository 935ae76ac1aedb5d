package dev.headroom.compress.json;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressor;
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

    @Override
    public Compressed compress(String input, CompressionContext context) {
        Node root;
        try {
            root = JsonReader.parse(input);
        } catch (IOException e) {
            return minifyOnly(input);
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

    private static Compressed minifyOnly(String input) {
        try {
            String min = JsonReader.minify(input);
            return min.equals(input) ? Compressed.unchanged(input, "json:deep") : Compressed.lossless(min, "json:minify-deep");
        } catch (IOException | RuntimeException e) {
            return Compressed.unchanged(input, "json:not-parsable");
        }
    }
}

package dev.headroom.compress.html;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Elision;
import java.util.ArrayList;
import java.util.List;

/**
 * Reduces an HTML page to its readable text with links kept as {@code [text](href)}. What goes
 * (tags and comments, and script, style, noscript and template blocks) is declared by
 * markers at the top whose handle retrieves the original page byte for byte.
 */
public final class HtmlCompressor implements Compressor {

    static final String TAGS_UNIT = "tags and comments";
    static final String BLOCKS_UNIT = "script and style blocks";

    @Override
    public Compressed compress(String input, CompressionContext ctx) {
        HtmlText.Result r = HtmlText.of(input);
        ctx.checkDeadline();
        if (r.tags() == 0) {
            return Compressed.unchanged(input, "html-no-markup");
        }
        List<Elision> elisions = new ArrayList<>();
        elisions.add(ctx.elide(r.tags(), TAGS_UNIT));
        if (r.droppedBlocks() > 0) {
            elisions.add(ctx.elide(r.droppedBlocks(), BLOCKS_UNIT));
        }
        StringBuilder out = new StringBuilder(r.text().length() + 200);
        for (Elision e : elisions) {
            out.append(e.render()).append('\n');
        }
        out.append('\n').append(r.text());
        if (!r.text().isEmpty()) {
            out.append('\n');
        }
        return new Compressed(out.toString(), "html:text", elisions);
    }
}

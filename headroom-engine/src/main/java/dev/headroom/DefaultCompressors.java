package dev.headroom;

import dev.headroom.compress.Compressor;
import dev.headroom.detect.ContentKind;
import java.util.EnumMap;
import java.util.Map;

/** The one table that maps a content kind to its built-in compressor. */
final class DefaultCompressors {

    private DefaultCompressors() {}

    static Map<ContentKind, Compressor> create() {
        Map<ContentKind, Compressor> m = new EnumMap<>(ContentKind.class);
        m.put(ContentKind.CODE, new dev.headroom.compress.code.CodeCompressor());
        m.put(ContentKind.TEXT, new dev.headroom.compress.text.TextCompressor());
        m.put(ContentKind.HTML, new dev.headroom.compress.html.HtmlCompressor());
        return m;
    }
}

package dev.headroom;

import dev.headroom.compress.Compressor;
import dev.headroom.compress.code.CodeCompressor;
import dev.headroom.compress.diff.DiffCompressor;
import dev.headroom.compress.html.HtmlCompressor;
import dev.headroom.compress.json.JsonCompressor;
import dev.headroom.compress.lines.LineTemplateCompressor;
import dev.headroom.compress.search.SearchCompressor;
import dev.headroom.compress.testoutput.TestOutputCompressor;
import dev.headroom.compress.text.TextCompressor;
import dev.headroom.detect.ContentKind;
import java.util.EnumMap;
import java.util.Map;

/** The one table that maps a content kind to its built-in compressor. */
final class DefaultCompressors {

    private DefaultCompressors() {}

    static Map<ContentKind, Compressor> create() {
        Map<ContentKind, Compressor> m = new EnumMap<>(ContentKind.class);
        JsonCompressor json = new JsonCompressor();
        m.put(ContentKind.JSON_ARRAY, json);
        m.put(ContentKind.JSON_OBJECT, json);
        m.put(ContentKind.LOG, new LineTemplateCompressor("log", false));
        m.put(ContentKind.LINES, new LineTemplateCompressor("lines", true));
        m.put(ContentKind.TEST_OUTPUT, new TestOutputCompressor());
        m.put(ContentKind.SEARCH, new SearchCompressor());
        m.put(ContentKind.DIFF, new DiffCompressor());
        m.put(ContentKind.CODE, new CodeCompressor());
        m.put(ContentKind.TEXT, new TextCompressor());
        m.put(ContentKind.HTML, new HtmlCompressor());
        return m;
    }
}

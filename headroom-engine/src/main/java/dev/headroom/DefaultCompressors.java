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
        m.put(ContentKind.LOG, new dev.headroom.compress.log.LogCompressor());
        m.put(ContentKind.TEST_OUTPUT, new dev.headroom.compress.testoutput.TestOutputCompressor());
        return m;
    }
}

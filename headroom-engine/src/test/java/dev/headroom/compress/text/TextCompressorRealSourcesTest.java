package dev.headroom.compress.text;

import dev.headroom.compress.RealSourcesMeasurement;
import dev.headroom.detect.ContentKind;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Measures the text compressor over real prose in {@code HEADROOM_TEXT_SOURCES} (skipped when unset). */
class TextCompressorRealSourcesTest {

    @Test
    void should_compress_real_prose_and_keep_every_handle_retrievable() throws IOException {
        RealSourcesMeasurement.run("HEADROOM_TEXT_SOURCES", "", ContentKind.TEXT);
    }
}

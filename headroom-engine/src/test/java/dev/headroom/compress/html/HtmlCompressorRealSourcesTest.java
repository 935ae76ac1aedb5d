package dev.headroom.compress.html;

import dev.headroom.compress.RealSourcesMeasurement;
import dev.headroom.detect.ContentKind;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Measures the HTML compressor over real pages in {@code HEADROOM_HTML_SOURCES} (skipped when unset). */
class HtmlCompressorRealSourcesTest {

    @Test
    void should_compress_real_pages_and_keep_every_handle_retrievable() throws IOException {
        RealSourcesMeasurement.run("HEADROOM_HTML_SOURCES", ".html", ContentKind.HTML);
    }
}

package dev.headroom.compress.html;

import dev.headroom.compress.Compressor;
import dev.headroom.compress.CompressorContract;
import dev.headroom.detect.ContentKind;
import java.util.List;

class HtmlCompressorContractTest extends CompressorContract {

    @Override
    protected ContentKind kind() {
        return ContentKind.HTML;
    }

    @Override
    protected Compressor compressor() {
        return new HtmlCompressor();
    }

    @Override
    protected List<String> samples() {
        return List.of(HtmlCompressorTest.PAGE, HtmlCompressorTest.PAGE.repeat(5));
    }
}

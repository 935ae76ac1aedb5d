package dev.headroom.compress.text;

import dev.headroom.compress.Compressor;
import dev.headroom.compress.CompressorContract;
import dev.headroom.detect.ContentKind;
import java.util.List;

class TextCompressorContractTest extends CompressorContract {

    @Override
    protected ContentKind kind() {
        return ContentKind.TEXT;
    }

    @Override
    protected Compressor compressor() {
        return new TextCompressor();
    }

    @Override
    protected List<String> samples() {
        return List.of(TextCompressorTest.memo(40), TextCompressorTest.memo(80), TextCompressorTest.memo(2));
    }
}

package dev.headroom.compress.code;

import dev.headroom.compress.Compressor;
import dev.headroom.compress.CompressorContract;
import dev.headroom.detect.ContentKind;
import java.util.List;

class CodeCompressorContractTest extends CompressorContract {

    @Override
    protected ContentKind kind() {
        return ContentKind.CODE;
    }

    @Override
    protected Compressor compressor() {
        return new CodeCompressor();
    }

    @Override
    protected List<String> samples() {
        return CodeCompressorTest.cases().map(CodeCompressorTest.Case::source).toList();
    }
}

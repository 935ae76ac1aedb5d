package dev.headroom.spring.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionHints;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.ToolResultCompressor;
import org.junit.jupiter.api.Test;

class ToolResultTextTest {

    static final String LOG = TestHeadroom.log(120);
    final ToolResultCompressor compressor = ToolResultCompressor.of(TestHeadroom.headroom());

    @Test
    void should_unwrap_only_a_single_json_string_literal() {
        assertThat(ToolResultText.unwrapStringLiteral("\"a\\nb\"")).isEqualTo("a\nb");
        assertThat(ToolResultText.unwrapStringLiteral("\"a\" + \"b\"")).isNull();
        assertThat(ToolResultText.unwrapStringLiteral("{\"a\":1}")).isNull();
        assertThat(ToolResultText.unwrapStringLiteral("\"")).isNull();
    }

    @Test
    void should_compress_raw_text_without_adding_quotes() {
        String out = ToolResultText.compress(compressor, "logs", LOG, CompressionHints.NONE);

        assertThat(out).doesNotStartWith("\"").contains("[headroom: ");
    }

    @Test
    void should_never_compress_retrieve_results_or_already_compressed_text() {
        String compressed = ToolResultText.compress(compressor, "logs", LOG, CompressionHints.NONE);

        assertThat(ToolResultText.compress(compressor, RetrieveTool.NAME, LOG, CompressionHints.NONE)).isSameAs(LOG);
        assertThat(ToolResultText.compress(compressor, "logs", compressed, CompressionHints.NONE)).isSameAs(compressed);
    }

    @Test
    void should_return_the_same_bytes_every_time() {
        String a = ToolResultText.compress(compressor, "logs", LOG, CompressionHints.query("checkout"));
        String b = ToolResultText.compress(compressor, "logs", LOG, CompressionHints.query("payment"));

        assertThat(b).isEqualTo(a);
    }
}

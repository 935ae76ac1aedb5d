package dev.headroom.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultCompressorTest {

    private final Headroom headroom = Headroom.builder().timeBudget(java.time.Duration.ZERO).build();
    private final ResultCompressor compressor = new ResultCompressor(headroom, null);
    private final String log = SampleServers.log("checkout", 1500);

    @Test
    void should_compress_each_large_text_block_and_keep_the_rest_of_the_result() {
        McpSchema.ImageContent image = new McpSchema.ImageContent(null, "aGVsbG8=", "image/png");
        CallToolResult in = new CallToolResult(List.of(new McpSchema.TextContent("small"), new McpSchema.TextContent(log), image),
                false, Map.of("rows", 1500), Map.of("trace", "t-1"));

        CallToolResult out = compressor.compress("fetch_logs", Map.of("service", "checkout"), in);

        assertThat(out.content().get(0)).isEqualTo(in.content().get(0));
        String compressed = ((McpSchema.TextContent) out.content().get(1)).text();
        assertThat(compressed).contains("retrieve handle=").hasSizeLessThan(log.length() / 4);
        assertThat(out.content().get(2)).isEqualTo(image);
        assertThat(out.structuredContent()).isEqualTo(in.structuredContent());
        assertThat(out.meta()).isEqualTo(in.meta());
        assertThat(out.isError()).isFalse();
        assertThat(headroom.retrieve(TestClients.firstHandle(compressed)).content()).isEqualTo(log);
    }

    @Test
    void should_pass_error_results_and_small_results_through_as_they_are() {
        CallToolResult error = CallToolResult.builder().addTextContent(log).isError(true).build();
        CallToolResult small = CallToolResult.builder().addTextContent("done").build();

        assertThat(compressor.compress("t", Map.of(), error)).isSameAs(error);
        assertThat(compressor.compress("t", Map.of(), small)).isSameAs(small);
    }

    @Test
    void should_query_with_the_argument_values_not_their_keys() {
        assertThat(ArgumentsQuery.of(Map.of("order", "ORD-10342"))).isEqualTo("ORD-10342");
        assertThat(ArgumentsQuery.of(McpJson.ordered("q", "timeout", "filter", McpJson.ordered("limit", 5, "tags", List.of("eu", "prod")),
                "verbose", true))).isEqualTo("timeout 5 eu prod");
        assertThat(ArgumentsQuery.of(Map.of())).isNull();
        assertThat(ArgumentsQuery.of(Map.of("flag", false))).isNull();
        assertThat(ArgumentsQuery.of(Map.of("text", "x".repeat(10_000)))).hasSize(ArgumentsQuery.MAX_CHARS);
    }
}

package dev.headroom.mcp;

import static dev.headroom.mcp.TestClients.call;
import static dev.headroom.mcp.TestClients.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.ccr.RetrieveTool;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the Headroom MCP server does for any client, whatever the transport: each subclass runs these
 * through the SDK's own client over its transport. The server is shared by a class's tests, so
 * counters are compared before and after, never as absolute values.
 */
abstract class HeadroomServerContract {

    static final String LOG = SampleServers.log("checkout", 1500);

    abstract McpSyncClient client();

    @Test
    @SuppressWarnings("unchecked")
    void should_offer_compress_retrieve_and_stats_with_schemas_a_model_can_act_on() {
        List<McpSchema.Tool> tools = client().listTools().tools();

        assertThat(tools).extracting(McpSchema.Tool::name)
                .containsExactly("headroom_compress", "headroom_retrieve", "headroom_stats");
        McpSchema.Tool compress = tools.get(0);
        assertThat(compress.description()).contains("headroom_retrieve").contains("200 tokens");
        assertThat(compress.inputSchema()).containsEntry("required", List.of("content"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) compress.inputSchema().get("properties");
        assertThat(props).containsOnlyKeys("content", "query", "kind");
        assertThat(props.values()).allSatisfy(p -> assertThat((String) p.get("description")).isNotBlank());
        assertThat((List<Object>) props.get("kind").get("enum")).contains("log", "json-array", "diff");
        assertThat(tools.get(1).description()).isEqualTo(RetrieveTool.DESCRIPTION);
        assertThat(tools.get(1).inputSchema()).containsEntry("required", List.of("handle"));
        assertThat(tools).allSatisfy(t -> assertThat(t.annotations().openWorldHint()).isFalse());
    }

    @Test
    void should_compress_a_large_log_and_retrieve_the_original_byte_identically() {
        CallToolResult r = call(client(), "headroom_compress", Map.of("content", LOG, "query", "ORD-10217"));

        assertThat(r.isError()).isFalse();
        String compressed = text(r);
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) r.structuredContent();
        assertThat(s).containsEntry("kind", "log").containsEntry("outcome", "COMPRESSED").containsEntry("text", compressed);
        assertThat(((Number) s.get("tokensAfter")).intValue()).isLessThan(((Number) s.get("tokensBefore")).intValue() / 2);
        assertThat(compressed).contains("payment gateway timeout for order ORD-10217 after 30000 ms")
                .contains("retrieve handle=");
        @SuppressWarnings("unchecked")
        List<String> handles = (List<String>) s.get("handles");
        assertThat(handles).isNotEmpty().allSatisfy(h -> assertThat(compressed).contains(h));
        assertThat(r.content()).hasSize(2);
        assertThat(block(r, 1)).startsWith("[headroom: log, ").contains(handles.get(0));

        CallToolResult original = call(client(), "headroom_retrieve", Map.of("handle", TestClients.firstHandle(compressed)));

        assertThat(original.isError()).isFalse();
        assertThat(text(original)).isEqualTo(LOG);
    }

    @Test
    void should_return_only_the_matching_lines_when_retrieve_has_a_query() {
        String handle = TestClients.firstHandle(text(call(client(), "headroom_compress", Map.of("content", LOG))));

        CallToolResult some = call(client(), "headroom_retrieve", Map.of("handle", handle, "query", "SKU-4471"));

        assertThat(some.isError()).isFalse();
        assertThat(text(some)).contains("inventory service returned 503 for sku SKU-4471").hasSizeLessThan(LOG.length() / 10);
        assertThat(status(some)).isEqualTo("FILTERED");
        CallToolResult none = call(client(), "headroom_retrieve", Map.of("handle", handle, "query", "zebra"));
        assertThat(none.isError()).isFalse();
        assertThat(text(none)).contains("Nothing in the original");
        assertThat(status(none)).isEqualTo("NO_MATCH");
    }

    @Test
    void should_give_byte_identical_output_for_identical_input() {
        String first = text(call(client(), "headroom_compress", Map.of("content", LOG, "kind", "log")));
        String second = text(call(client(), "headroom_compress", Map.of("content", LOG, "kind", "log")));

        assertThat(second).isEqualTo(first).isNotEqualTo(LOG);
    }

    @Test
    void should_count_compressions_and_retrievals_in_stats() {
        Map<String, Object> before = stats();
        String handle = TestClients.firstHandle(text(call(client(), "headroom_compress", Map.of("content", LOG))));
        call(client(), "headroom_retrieve", Map.of("handle", handle));
        call(client(), "headroom_retrieve", Map.of("handle", "0123456789abcdef"));

        Map<String, Object> after = stats();

        assertThat(delta(before, after, "compressions")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "retrievals")).isGreaterThanOrEqualTo(2);
        assertThat(delta(before, after, "retrievalMisses")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "tokensSaved")).isPositive();
        assertThat(after).containsEntry("tokenizer", "o200k_base");
    }

    @Test
    void should_answer_bad_arguments_with_tool_errors_and_keep_serving() {
        Map<String, Map<String, Object>> compressCalls = Map.of(
                "missing content", Map.of(),
                "content not a string", Map.of("content", 42),
                "unknown kind", Map.of("content", "x", "kind", "yaml"),
                "unknown argument", Map.of("content", "x", "budget", 5));
        compressCalls.forEach((why, args) -> {
            CallToolResult r = call(client(), "headroom_compress", args);
            assertThat(r.isError()).as(why).isTrue();
            assertThat(text(r)).as(why).isNotBlank();
        });
        CallToolResult noHandle = call(client(), "headroom_retrieve", Map.of());
        assertThat(noHandle.isError()).isTrue();
        CallToolResult malformed = call(client(), "headroom_retrieve", Map.of("handle", "not-a-handle"));
        assertThat(malformed.isError()).isTrue();
        assertThat(text(malformed)).contains("is not a Headroom handle");
        CallToolResult unknown = call(client(), "headroom_retrieve", Map.of("handle", "0123456789abcdef"));
        assertThat(unknown.isError()).isTrue();
        assertThat(text(unknown)).contains("No original is stored under handle 0123456789abcdef");
        assertThat(call(client(), "headroom_stats", Map.of("verbose", true)).isError()).isTrue();

        assertThatThrownBy(() -> call(client(), "headroom_nothing", Map.of()))
                .isInstanceOf(McpError.class)
                .satisfies(e -> assertThat(((McpError) e).getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS));
        CallToolResult stillServing = call(client(), "headroom_compress", Map.of("content", "still here"));
        assertThat(stillServing.isError()).isFalse();
        assertThat(text(stillServing)).isEqualTo("still here");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> stats() {
        CallToolResult r = call(client(), "headroom_stats", Map.of());
        assertThat(r.isError()).isFalse();
        return (Map<String, Object>) r.structuredContent();
    }

    static String status(CallToolResult r) {
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) r.meta().get(RetrieveToolSpec.META_KEY);
        return (String) meta.get("status");
    }

    private static long delta(Map<String, Object> before, Map<String, Object> after, String key) {
        return ((Number) after.get(key)).longValue() - ((Number) before.get(key)).longValue();
    }

    private static String block(CallToolResult r, int block) {
        return ((McpSchema.TextContent) r.content().get(block)).text();
    }
}

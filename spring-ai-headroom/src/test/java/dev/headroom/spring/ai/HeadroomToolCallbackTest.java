package dev.headroom.spring.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import dev.headroom.conversation.ToolResultCompressor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.function.FunctionToolCallback;

class HeadroomToolCallbackTest {

    record LogQuery(String service) {}

    static final String LOG = TestHeadroom.log(120);

    static ToolCallback returning(String result) {
        return FunctionToolCallback.builder("search_logs", (LogQuery q) -> result)
                .description("Search the service logs")
                .inputType(LogQuery.class)
                .build();
    }

    @Test
    void should_compress_at_the_source_and_keep_the_json_string_shape() {
        Headroom headroom = TestHeadroom.headroom();
        ToolCallback wrapped = HeadroomToolCallback.wrap(returning(LOG), headroom);

        String out = wrapped.call("{\"service\":\"checkout\"}");

        assertThat(out).startsWith("\"").endsWith("\"");
        String text = ToolResultText.unwrapStringLiteral(out);
        assertThat(Marker.findAll(text)).hasSize(1);
        assertThat(headroom.retrieve(Marker.findAll(text).get(0).handle()).content()).isEqualTo(LOG);
    }

    @Test
    void should_keep_the_definition_and_metadata_of_the_delegate() {
        ToolCallback tool = returning(LOG);

        ToolCallback wrapped = HeadroomToolCallback.wrap(tool, TestHeadroom.headroom());

        assertThat(wrapped.getToolDefinition()).isSameAs(tool.getToolDefinition());
        assertThat(wrapped.getToolMetadata()).isSameAs(tool.getToolMetadata());
    }

    @Test
    void should_not_wrap_the_retrieve_tool_or_a_wrapped_callback() {
        Headroom headroom = TestHeadroom.headroom();
        ToolCallback retrieve = RetrieveToolCallback.of(headroom);
        ToolCallback once = HeadroomToolCallback.wrap(returning(LOG), headroom);

        assertThat(HeadroomToolCallback.wrap(retrieve, headroom)).isSameAs(retrieve);
        assertThat(HeadroomToolCallback.wrap(once, headroom)).isSameAs(once);
    }

    @Test
    void should_pass_small_results_through_unchanged() {
        ToolCallback wrapped = HeadroomToolCallback.wrap(returning("ok"), TestHeadroom.headroom());

        assertThat(wrapped.call("{}")).isEqualTo("\"ok\"");
    }

    @Test
    void should_store_originals_in_the_tool_context_scope() {
        Headroom headroom = TestHeadroom.headroom();
        ToolCallback wrapped = HeadroomToolCallback.wrap(returning(LOG), ToolResultCompressor.of(headroom), null);
        ToolContext tenantA = new ToolContext(Map.of(HeadroomAdvisor.SCOPE_KEY, "tenant-a"));

        String text = ToolResultText.unwrapStringLiteral(wrapped.call("{}", tenantA));
        String handle = Marker.findAll(text).get(0).handle();
        RetrieveToolCallback retrieve = RetrieveToolCallback.of(headroom);

        assertThat(retrieve.call("{\"handle\":\"" + handle + "\"}", tenantA)).isEqualTo(LOG);
        assertThat(retrieve.call("{\"handle\":\"" + handle + "\"}", new ToolContext(Map.of()))).doesNotContain("INFO");
    }

    @Test
    void should_wrap_all_in_order() {
        ToolResultCompressor c = ToolResultCompressor.of(TestHeadroom.headroom());
        List<ToolCallback> tools = List.of(returning("a"), RetrieveToolCallback.of(c.headroom()));

        List<ToolCallback> wrapped = HeadroomToolCallback.wrapAll(tools, c, null);

        assertThat(wrapped.get(0)).isInstanceOf(HeadroomToolCallback.class);
        assertThat(wrapped.get(1)).isSameAs(tools.get(1));
    }
}

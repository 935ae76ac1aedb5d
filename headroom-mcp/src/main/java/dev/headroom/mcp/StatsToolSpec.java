package dev.headroom.mcp;

import dev.headroom.Headroom;
import dev.headroom.HeadroomStats;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code headroom_stats} tool: the engine's counters since this server started, as JSON. */
final class StatsToolSpec {

    static final String NAME = "headroom_stats";

    private static final List<String> COUNTERS = List.of("calls", "compressions", "passThroughs", "failures",
            "tokensBefore", "tokensAfter", "tokensSaved", "retrievals", "retrievalMisses");

    private StatsToolSpec() {}

    static SyncToolSpecification of(Headroom headroom) {
        Tool tool = Tool.builder(NAME, McpJson.ordered("type", "object", "properties", McpJson.ordered(),
                        "additionalProperties", false))
                .title("Headroom statistics")
                .description("Headroom's totals since this server started: compress calls, how many were compressed or "
                        + "passed through, failures (inputs passed through because of an internal error), tokens before "
                        + "and after and the share saved, and retrievals with how many found nothing. Takes no arguments.")
                .outputSchema(outputSchema())
                .annotations(ToolAnnotations.builder().readOnlyHint(true).destructiveHint(false).idempotentHint(false)
                        .openWorldHint(false).build())
                .build();
        return SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((exchange, request) -> call(headroom, request))
                .build();
    }

    private static CallToolResult call(Headroom headroom, CallToolRequest request) {
        try {
            ToolArguments.of(request).rejectOthersThan(Set.of());
        } catch (ToolArguments.InvalidArgumentException e) {
            return ToolResults.error(e.getMessage());
        }
        HeadroomStats s = headroom.stats();
        Map<String, Object> stats = McpJson.ordered(
                "calls", s.calls(),
                "compressions", s.compressions(),
                "passThroughs", s.passThroughs(),
                "failures", s.failures(),
                "tokensBefore", s.tokensBefore(),
                "tokensAfter", s.tokensAfter(),
                "tokensSaved", s.tokensSaved(),
                "savings", Math.round(s.savings() * 10_000) / 10_000.0,
                "retrievals", s.retrievals(),
                "retrievalMisses", s.retrievalMisses(),
                "tokenizer", headroom.config().tokenizer().id());
        return CallToolResult.builder().addTextContent(McpJson.write(stats)).structuredContent(stats).build();
    }

    private static Map<String, Object> outputSchema() {
        Map<String, Object> properties = McpJson.ordered();
        for (String counter : COUNTERS) {
            properties.put(counter, McpJson.ordered("type", "integer"));
        }
        properties.put("savings", McpJson.ordered("type", "number", "description", "Share of tokens saved, 0 to 1."));
        properties.put("tokenizer", McpJson.ordered("type", "string"));
        return McpJson.ordered("type", "object", "properties", properties, "required", List.copyOf(properties.keySet()));
    }
}

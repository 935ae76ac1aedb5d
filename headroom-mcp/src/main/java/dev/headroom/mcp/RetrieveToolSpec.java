package dev.headroom.mcp;

import dev.headroom.Headroom;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.RetrieveTool;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.Map;
import java.util.Set;

/**
 * The {@code headroom_retrieve} tool, for the server and the gateway alike: the engine's name,
 * description and schema ({@link RetrieveTool}), answered by {@link Headroom#retrieve}. The text is
 * the original (or its matching part) exactly as stored, or the engine's message saying why not; a
 * handle that finds nothing is a tool error, a query that matches nothing is not.
 */
final class RetrieveToolSpec {

    /** The {@code _meta} key under which the result's status and handle are reported to programs. */
    static final String META_KEY = "dev.headroom/retrieval";

    private RetrieveToolSpec() {}

    static SyncToolSpecification of(Headroom headroom, String scope) {
        Tool tool = Tool.builder(RetrieveTool.NAME, McpJson.object(RetrieveTool.PARAMETERS_JSON_SCHEMA))
                .title("Retrieve what Headroom elided")
                .description(RetrieveTool.DESCRIPTION)
                .annotations(ToolAnnotations.builder().readOnlyHint(true).destructiveHint(false).idempotentHint(true)
                        .openWorldHint(false).build())
                .build();
        return SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((exchange, request) -> call(headroom, scope, request))
                .build();
    }

    private static CallToolResult call(Headroom headroom, String scope, CallToolRequest request) {
        String handle;
        String query;
        try {
            ToolArguments args = ToolArguments.of(request);
            args.rejectOthersThan(Set.of(RetrieveTool.HANDLE_PARAM, RetrieveTool.QUERY_PARAM));
            handle = args.requiredString(RetrieveTool.HANDLE_PARAM);
            query = args.optionalString(RetrieveTool.QUERY_PARAM);
        } catch (ToolArguments.InvalidArgumentException e) {
            return ToolResults.error(e.getMessage());
        }
        RetrievalResult r = headroom.retrieve(handle.trim(), query, scope);
        boolean failed = !r.found() && r.status() != RetrievalResult.Status.NO_MATCH;
        return CallToolResult.builder()
                .addTextContent(r.toolResponse())
                .isError(failed)
                .meta(Map.of(META_KEY, McpJson.ordered("status", r.status().name(), "handle", r.handle())))
                .build();
    }
}

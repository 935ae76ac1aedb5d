package dev.headroom.mcp;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.detect.ContentKind;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code headroom_compress} tool: compresses the content it is given through the engine. */
final class CompressToolSpec {

    static final String NAME = "headroom_compress";
    static final String CONTENT = "content";
    static final String QUERY = "query";
    static final String KIND = "kind";

    private static final Map<String, Object> OUTPUT_SCHEMA = McpJson.object("{\"type\":\"object\",\"properties\":{"
            + "\"text\":{\"type\":\"string\",\"description\":\"The compressed text, or the input unchanged when it passed through.\"},"
            + "\"kind\":{\"type\":\"string\",\"description\":\"What the content was detected (or declared) as.\"},"
            + "\"tokensBefore\":{\"type\":\"integer\"},\"tokensAfter\":{\"type\":\"integer\"},"
            + "\"handles\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"description\":\"Handles of everything elided, for headroom_retrieve.\"},"
            + "\"outcome\":{\"type\":\"string\",\"description\":\"COMPRESSED, or why the input passed through unchanged.\"},"
            + "\"strategy\":{\"type\":\"string\"},\"tokenizer\":{\"type\":\"string\"}},"
            + "\"required\":[\"text\",\"kind\",\"tokensBefore\",\"tokensAfter\",\"handles\",\"outcome\",\"strategy\",\"tokenizer\"]}");

    private CompressToolSpec() {}

    static SyncToolSpecification of(Headroom headroom, String scope) {
        Tool tool = Tool.builder(NAME, inputSchema())
                .title("Compress a tool output")
                .description(description(headroom.config().minTokens()))
                .outputSchema(OUTPUT_SCHEMA)
                .annotations(ToolAnnotations.builder().readOnlyHint(false).destructiveHint(false).idempotentHint(true)
                        .openWorldHint(false).build())
                .build();
        return SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((exchange, request) -> call(headroom, scope, request))
                .build();
    }

    private static CallToolResult call(Headroom headroom, String scope, CallToolRequest request) {
        String content;
        String query;
        ContentKind kind;
        try {
            ToolArguments args = ToolArguments.of(request);
            args.rejectOthersThan(Set.of(CONTENT, QUERY, KIND));
            content = args.requiredString(CONTENT);
            query = args.optionalString(QUERY);
            String kindId = args.optionalString(KIND);
            kind = kindId == null || kindId.isBlank() ? null : ContentKind.fromId(kindId);
        } catch (ToolArguments.InvalidArgumentException | IllegalArgumentException e) {
            return ToolResults.error(e.getMessage());
        }
        CompressionResult r = headroom.compress(content, new CompressionHints(null, query, kind, scope));
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("text", r.text());
        structured.put("kind", r.kind().id());
        structured.put("tokensBefore", r.tokensBefore());
        structured.put("tokensAfter", r.tokensAfter());
        structured.put("handles", r.handles());
        structured.put("outcome", r.outcome().name());
        structured.put("strategy", r.strategy());
        structured.put("tokenizer", r.tokenizer());
        return CallToolResult.builder()
                .addTextContent(r.text())
                .addTextContent(summary(r))
                .structuredContent(structured)
                .build();
    }

    /** One line after the text: kind, token counts, outcome and handles. */
    static String summary(CompressionResult r) {
        List<String> handles = r.handles();
        return String.format(Locale.ROOT, "[headroom: %s, %d -> %d tokens (%s), %s; handles: %s]", r.kind().id(),
                r.tokensBefore(), r.tokensAfter(), r.tokenizer(), r.outcome().name(),
                handles.isEmpty() ? "none" : String.join(", ", handles));
    }

    private static Map<String, Object> inputSchema() {
        List<String> kinds = new ArrayList<>();
        for (ContentKind k : ContentKind.values()) {
            kinds.add(k.id());
        }
        Map<String, Object> properties = McpJson.ordered(
                CONTENT, McpJson.ordered("type", "string",
                        "description", "The text to compress, exactly as the tool returned it."),
                QUERY, McpJson.ordered("type", "string",
                        "description", "Optional: what you are looking for (the user's question, an id, an error). "
                                + "Items and lines containing these words are kept verbatim."),
                KIND, McpJson.ordered("type", "string", "enum", kinds,
                        "description", "Optional: what the content is, when detection should be skipped."));
        return McpJson.ordered("type", "object", "properties", properties, "required", List.of(CONTENT),
                "additionalProperties", false);
    }

    private static String description(int minTokens) {
        return "Compress a large tool output (JSON, logs, test output, search results, diffs, source code, HTML or prose) "
                + "before reading it. Errors, warnings, stack traces, anomalies, items matching the query, and the first and "
                + "last items stay verbatim; everything left out is declared in a marker with a handle that headroom_retrieve "
                + "turns back into the original. Returns the compressed text, then one line with the detected kind, tokens "
                + "before and after, and the handles. Content under " + minTokens + " tokens comes back unchanged.";
    }
}

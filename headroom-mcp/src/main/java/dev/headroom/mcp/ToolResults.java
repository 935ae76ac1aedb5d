package dev.headroom.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** Tool results that report a failure to the model: {@code isError} set, the reason as text. */
final class ToolResults {

    private ToolResults() {}

    static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }
}

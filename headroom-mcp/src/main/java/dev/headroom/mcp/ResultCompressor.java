package dev.headroom.mcp;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compresses a forwarded tool result: each text block above the engine's threshold is replaced by
 * its compressed text (query: the call's arguments), so its original goes to the store under the
 * handles the markers name. Error results, other content types, {@code structuredContent} and
 * {@code _meta} pass unchanged; so does a whole result the engine leaves as it is.
 */
final class ResultCompressor {

    private final Headroom headroom;
    private final String scope;

    ResultCompressor(Headroom headroom, String scope) {
        this.headroom = headroom;
        this.scope = scope;
    }

    CallToolResult compress(String toolName, Map<String, Object> arguments, CallToolResult result) {
        if (Boolean.TRUE.equals(result.isError()) || result.content() == null) {
            return result;
        }
        CompressionHints hints = new CompressionHints(toolName, ArgumentsQuery.of(arguments), null, scope);
        List<Content> content = new ArrayList<>(result.content().size());
        boolean changed = false;
        for (Content c : result.content()) {
            if (c instanceof TextContent) {
                TextContent t = (TextContent) c;
                CompressionResult r = headroom.compress(t.text(), hints);
                if (r.compressed()) {
                    content.add(new TextContent(t.annotations(), r.text(), t.meta()));
                    changed = true;
                    continue;
                }
            }
            content.add(c);
        }
        if (!changed) {
            return result;
        }
        return new CallToolResult(content, result.isError(), result.structuredContent(), result.meta());
    }
}

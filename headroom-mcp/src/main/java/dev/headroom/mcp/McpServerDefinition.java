package dev.headroom.mcp;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;

/**
 * What an MCP server offers (its info, capabilities, tools, resources and prompts), applied to an
 * SDK server specification, so the same server runs over stdio or Streamable HTTP
 * ({@link McpTransports}). Implementations are thread-safe once built.
 */
public interface McpServerDefinition {

    /** Adds this server's features to {@code specification} and builds the server. */
    McpSyncServer build(McpServer.SyncSpecification<?> specification);
}

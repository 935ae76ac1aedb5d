/**
 * Headroom over the Model Context Protocol: an MCP server offering {@code headroom_compress},
 * {@code headroom_retrieve} and {@code headroom_stats}, and a gateway that wraps other MCP servers and
 * compresses their tool results. A thin mapping onto the engine's public API, on the official MCP Java SDK.
 */
package dev.headroom.mcp;

package dev.headroom.mcp;

import dev.headroom.Headroom;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import java.util.List;
import java.util.Objects;

/**
 * The Headroom MCP server: {@code headroom_compress}, {@code headroom_retrieve} and
 * {@code headroom_stats} on one engine. Its tool list is fixed. To add the tools to a server of your
 * own, register {@link #tools()}.
 */
public final class HeadroomMcpServer implements McpServerDefinition {

    static final String SERVER_NAME = "headroom";

    private final List<SyncToolSpecification> tools;

    private HeadroomMcpServer(Headroom headroom, String scope) {
        Objects.requireNonNull(headroom, "headroom");
        this.tools = List.of(CompressToolSpec.of(headroom, scope), RetrieveToolSpec.of(headroom, scope),
                StatsToolSpec.of(headroom));
    }

    /** The server on {@code headroom}, storing and retrieving originals without a scope. */
    public static HeadroomMcpServer of(Headroom headroom) {
        return new HeadroomMcpServer(headroom, null);
    }

    /** The server on {@code headroom}, storing and retrieving originals in {@code scope} (null for none). */
    public static HeadroomMcpServer of(Headroom headroom, String scope) {
        return new HeadroomMcpServer(headroom, scope);
    }

    /** The three tools, in the order they are listed. */
    public List<SyncToolSpecification> tools() {
        return tools;
    }

    @Override
    public McpSyncServer build(McpServer.SyncSpecification<?> specification) {
        return specification
                .serverInfo(SERVER_NAME, McpJson.VERSION)
                .instructions("Headroom compresses large tool outputs and keeps what it leaves out. Call headroom_compress "
                        + "on a large output before reading it; when a marker like [headroom: ... retrieve handle=...] hides "
                        + "something you need, call headroom_retrieve with that handle.")
                .capabilities(ServerCapabilities.builder().tools(false).build())
                .jsonMapper(McpJson.MAPPER)
                .jsonSchemaValidator(McpJson.VALIDATOR)
                .tools(tools)
                .build();
    }
}

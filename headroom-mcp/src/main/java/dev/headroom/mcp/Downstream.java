package dev.headroom.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One downstream server the gateway is connected to: its client, and what it offered when the
 * gateway initialised (the gateway never re-lists, so its own lists stay fixed for the session).
 */
final class Downstream implements AutoCloseable {

    final DownstreamServer server;
    final McpSyncClient client;
    final McpSchema.InitializeResult initialization;
    final List<McpSchema.Tool> tools;
    final List<McpSchema.Resource> resources;
    final List<McpSchema.ResourceTemplate> resourceTemplates;
    final List<McpSchema.Prompt> prompts;

    private Downstream(DownstreamServer server, McpSyncClient client, McpSchema.InitializeResult initialization) {
        this.server = server;
        this.client = client;
        this.initialization = initialization;
        McpSchema.ServerCapabilities caps = initialization.capabilities();
        boolean hasTools = caps != null && caps.tools() != null;
        boolean hasResources = caps != null && caps.resources() != null;
        boolean hasPrompts = caps != null && caps.prompts() != null;
        this.tools = hasTools ? List.copyOf(client.listTools().tools()) : List.of();
        this.resources = hasResources ? List.copyOf(client.listResources().resources()) : List.of();
        this.resourceTemplates = hasResources ? List.copyOf(client.listResourceTemplates().resourceTemplates()) : List.of();
        this.prompts = hasPrompts ? List.copyOf(client.listPrompts().prompts()) : List.of();
    }

    /**
     * Starts (stdio) or connects to (HTTP) {@code server}, initialises it and lists what it offers.
     * The child's standard error goes to {@code log}, each line prefixed with the server's name.
     *
     * @throws RuntimeException when the server cannot be started, reached or initialised within {@code timeout}
     */
    static Downstream connect(DownstreamServer server, Duration timeout, PrintStream log) {
        if (server.isStdio()) {
            requireExecutable(server);
        }
        McpSyncClient client = McpClient.sync(transport(server, log))
                .clientInfo(new McpSchema.Implementation("headroom-gateway", McpJson.VERSION))
                .requestTimeout(timeout)
                .initializationTimeout(timeout)
                .toolsChangeConsumer(tools -> log.println("headroom mcp: server '" + server.name()
                        + "' changed its tool list; the gateway keeps the list it started with (cache safety), "
                        + "restart it to pick up the change"))
                .build();
        try {
            return new Downstream(server, client, client.initialize());
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private static McpClientTransport transport(DownstreamServer server, PrintStream log) {
        if (server.isStdio()) {
            ServerParameters params = ServerParameters.builder(server.command())
                    .args(server.args())
                    .env(server.env())
                    .build();
            StdioClientTransport t = new StdioClientTransport(params, McpJson.MAPPER);
            String prefix = "[" + server.name() + "] ";
            t.setStdErrorHandler(line -> log.println(prefix + line));
            return t;
        }
        URI url = server.url();
        String base = url.getScheme() + "://" + url.getRawAuthority();
        String endpoint = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        HttpRequest.Builder request = HttpRequest.newBuilder();
        for (Map.Entry<String, String> h : server.headers().entrySet()) {
            request.header(h.getKey(), h.getValue());
        }
        return HttpClientStreamableHttpTransport.builder(base)
                .endpoint(endpoint)
                .jsonMapper(McpJson.MAPPER)
                .requestBuilder(request)
                .build();
    }

    /**
     * Fails at once when the command is neither an executable file nor found on the PATH: the SDK
     * would otherwise wait out the whole initialisation timeout before reporting it.
     */
    private static void requireExecutable(DownstreamServer server) {
        String command = server.command();
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return; // PATHEXT lookup is the shell's business there; the SDK reports a missing command after the timeout
        }
        if (command.contains("/")) {
            if (!Files.isExecutable(Path.of(command))) {
                throw new IllegalStateException("command " + command + " is not an executable file");
            }
            return;
        }
        String path = System.getenv("PATH"); // Java looks commands up on its own PATH, not the child's
        for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return;
            }
        }
        throw new IllegalStateException("command '" + command + "' is not on the PATH (" + path + ")");
    }

    String name() {
        return server.name();
    }

    @Override
    public void close() {
        client.closeGracefully();
    }
}

package dev.headroom.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The SDK's own client, over stdio (spawning a JVM on the test classpath) or HTTP, and small readers of results. */
final class TestClients {

    private TestClients() {}

    /**
     * {@code java -Dfile.encoding=UTF-8 -cp <test classpath> mainClass args...}, as the launcher runs
     * Java; plus C1 only and the serial collector, which start a short-lived JVM faster on a busy machine.
     */
    static List<String> java(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts {@code command} with {@code env} added, and initialises a client on its stdio. */
    static McpSyncClient stdio(List<String> command, Map<String, String> env) {
        ServerParameters params = ServerParameters.builder(command.get(0))
                .args(command.subList(1, command.size()))
                .env(env)
                .build();
        StdioClientTransport transport = new StdioClientTransport(params, McpJson.MAPPER);
        transport.setStdErrorHandler(line -> System.err.println("[server] " + line));
        return initialized(transport);
    }

    /** A client of the Streamable HTTP endpoint at {@code url}. */
    static McpSyncClient http(String url) {
        java.net.URI u = java.net.URI.create(url);
        return initialized(HttpClientStreamableHttpTransport.builder(u.getScheme() + "://" + u.getRawAuthority())
                .endpoint(u.getRawPath())
                .jsonMapper(McpJson.MAPPER)
                .build());
    }

    private static McpSyncClient initialized(McpClientTransport transport) {
        McpSyncClient client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("headroom-test", "1"))
                .requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(60))
                .build();
        client.initialize();
        return client;
    }

    static CallToolResult call(McpSyncClient client, String tool, Map<String, Object> args) {
        return client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(args).build());
    }

    /** The text of the result's first content block. */
    static String text(CallToolResult r) {
        return ((McpSchema.TextContent) r.content().get(0)).text();
    }

    /** The first handle a marker in {@code text} names. */
    static String firstHandle(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("retrieve handle=([0-9a-f]{16})").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no marker with a handle in: " + text);
        }
        return m.group(1);
    }

    static void closeQuietly(McpSyncClient client) {
        if (client != null) {
            client.closeGracefully();
        }
    }
}

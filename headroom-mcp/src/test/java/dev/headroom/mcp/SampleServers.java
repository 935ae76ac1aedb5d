package dev.headroom.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two small MCP servers written for the gateway tests, on the same SDK as a user's server would be:
 * {@code logs} (a large log, a small echo, a failing build, a strictly typed tool, a JSON-RPC error,
 * a resource and a prompt) and {@code orders} (another {@code echo}, so names clash, and a JSON list).
 * {@code main(name)} serves one of them over stdio, as a child process of the gateway.
 */
public final class SampleServers {

    /** A tool error the {@code fail_build} tool reports, word for word. */
    static final String BUILD_FAILURE = "BUILD FAILED: 3 of 212 tests failed in checkout-service (see CheckoutTest)";
    /** The JSON-RPC error code {@code rate_limited} answers with. */
    static final int RATE_LIMITED_CODE = -32042;

    private SampleServers() {}

    public static void main(String[] args) throws InterruptedException {
        McpServerDefinition server = args.length > 0 && args[0].equals("orders") ? orders() : logs();
        McpTransports.serveStdio(server);
        System.exit(0);
    }

    /**
     * A service log of {@code lines} lines: routine INFO lines in a few templates, some WARN, two
     * ERROR lines (one naming order ORD-10217), and non-ASCII text, so byte-identity is a real test.
     */
    static String log(String service, int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            int s = i % 60;
            int m = (i / 60) % 60;
            String ts = String.format(Locale.ROOT, "2026-11-30T09:%02d:%02d.%03dZ", m, s, (i * 37) % 1000);
            if (i == lines / 3) {
                sb.append(ts).append(" ERROR [").append(service).append("] payment gateway timeout for order ORD-10217 after 30000 ms\n");
            } else if (i == 2 * lines / 3) {
                sb.append(ts).append(" ERROR [").append(service).append("] inventory service returned 503 for sku SKU-4471\n");
            } else if (i % 97 == 0) {
                sb.append(ts).append(" WARN  [").append(service).append("] slow query on carts took ").append(800 + i % 400).append(" ms\n");
            } else if (i % 3 == 0) {
                sb.append(ts).append(" INFO  [").append(service).append("] GET /api/cart/").append(1000 + i).append(" 200 in ")
                        .append(5 + i % 40).append(" ms user=usr-").append(i % 17).append(" café→ok\n");
            } else {
                sb.append(ts).append(" INFO  [").append(service).append("] POST /api/checkout/").append(5000 + i).append(" 201 in ")
                        .append(20 + i % 90).append(" ms region=eu-west-").append(1 + i % 3).append('\n');
            }
        }
        return sb.toString();
    }

    /** The orders the {@code list_orders} tool returns, as a JSON array. */
    static String ordersJson(int count) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"id\":\"ORD-%05d\",\"customer\":\"customer-%d\",\"status\":\"%s\",\"total\":%d.%02d,\"currency\":\"EUR\"}",
                    10_000 + i, i % 23, i == 217 ? "payment_failed" : "shipped", 20 + (i * 7) % 180, i % 100));
        }
        return sb.append(']').toString();
    }

    static McpServerDefinition logs() {
        List<SyncToolSpecification> tools = List.of(
                tool("fetch_logs", "Fetch the recent log lines of a service.",
                        McpJson.ordered("type", "object", "properties", McpJson.ordered(
                                "service", McpJson.ordered("type", "string", "description", "Service name"),
                                "lines", McpJson.ordered("type", "integer", "description", "How many lines")),
                                "required", List.of("service")),
                        args -> {
                            // a stray print, as careless server code does: it must not reach the protocol stream
                            System.out.println("fetching logs for " + args.get("service"));
                            Object lines = args.get("lines");
                            return text(log(String.valueOf(args.get("service")), lines == null ? 1500 : ((Number) lines).intValue()));
                        }),
                tool("echo", "Echo the text back.", stringArg("text"), args -> text("logs says: " + args.get("text"))),
                tool("fail_build", "Run the build.", McpJson.ordered("type", "object", "properties", McpJson.ordered()),
                        args -> CallToolResult.builder().addTextContent(BUILD_FAILURE).isError(true).build()),
                tool("strict_tool", "Takes one integer.", McpJson.ordered("type", "object", "properties",
                                McpJson.ordered("count", McpJson.ordered("type", "integer")), "required", List.of("count"),
                                "additionalProperties", false),
                        args -> text("count=" + args.get("count"))),
                tool("rate_limited", "Always refuses.", McpJson.ordered("type", "object", "properties", McpJson.ordered()),
                        args -> {
                            throw McpError.builder(RATE_LIMITED_CODE).message("rate limited: retry in 30 s")
                                    .data(Map.of("retryAfterSeconds", 30)).build();
                        }));
        SyncResourceSpecification resource = new SyncResourceSpecification(
                McpSchema.Resource.builder().uri("logs://checkout/latest").name("latest-checkout-log")
                        .mimeType("text/plain").description("The latest checkout log").build(),
                (exchange, request) -> new McpSchema.ReadResourceResult(List.of(
                        new McpSchema.TextResourceContents(request.uri(), "text/plain", log("checkout", 40)))));
        SyncPromptSpecification prompt = new SyncPromptSpecification(
                new McpSchema.Prompt("triage", "Triage an incident",
                        List.of(new McpSchema.PromptArgument("service", "The failing service", true))),
                (exchange, request) -> new McpSchema.GetPromptResult("Triage", List.of(new McpSchema.PromptMessage(
                        McpSchema.Role.USER, new McpSchema.TextContent("Find why " + request.arguments().get("service")
                                + " fails.")))));
        return spec -> spec.serverInfo("sample-logs", "1.0")
                .instructions("Logs of the shop's services.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).prompts(false).build())
                .jsonMapper(McpJson.MAPPER)
                .tools(tools)
                .resources(resource)
                .prompts(prompt)
                .build();
    }

    static McpServerDefinition orders() {
        List<SyncToolSpecification> tools = List.of(
                tool("echo", "Echo the text back, from the orders server.", stringArg("text"),
                        args -> text("orders says: " + args.get("text"))),
                tool("list_orders", "List the shop's orders as JSON.", McpJson.ordered("type", "object", "properties",
                                McpJson.ordered("status", McpJson.ordered("type", "string"))),
                        args -> text(ordersJson(400))));
        return spec -> spec.serverInfo("sample-orders", "1.0")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .jsonMapper(McpJson.MAPPER)
                .tools(tools)
                .build();
    }

    private static Map<String, Object> stringArg(String name) {
        return McpJson.ordered("type", "object", "properties", McpJson.ordered(name, McpJson.ordered("type", "string")),
                "required", List.of(name));
    }

    private static SyncToolSpecification tool(String name, String description, Map<String, Object> schema,
            java.util.function.Function<Map<String, Object>, CallToolResult> body) {
        return SyncToolSpecification.builder()
                .tool(McpSchema.Tool.builder(name, schema).description(description).build())
                .callHandler((exchange, request) -> body.apply(request.arguments() == null ? Map.of() : request.arguments()))
                .build();
    }

    private static CallToolResult text(String text) {
        return CallToolResult.builder().addTextContent(text).build();
    }
}

package dev.headroom.mcp;

import static dev.headroom.mcp.TestClients.call;
import static dev.headroom.mcp.TestClients.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.ccr.RetrieveTool;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway as {@code headroom mcp --config FILE} runs it, driven by the SDK's client over stdio.
 * Downstream: the {@code logs} sample server as a child process on stdio, and the {@code orders}
 * sample server over Streamable HTTP; both offer {@code echo}, so that name clashes.
 */
class McpGatewayTest {

    private static Path dir;
    private static McpTransports.HttpEndpoint orders;
    private static McpTransports.HttpEndpoint logsDirect;
    private static McpSyncClient gateway;
    private static McpSyncClient logsClient;
    private static McpSyncClient ordersClient;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("headroom-mcp-gateway");
        orders = McpTransports.startHttp(SampleServers.orders(), "127.0.0.1", 0);
        // the logs server run directly as well, to compare what the gateway offers with what the server itself does
        logsDirect = McpTransports.startHttp(SampleServers.logs(), "127.0.0.1", 0);
        logsClient = TestClients.http(logsDirect.url());
        ordersClient = TestClients.http(orders.url());
        Path config = dir.resolve("servers.json");
        List<String> logs = TestClients.java(SampleServers.class.getName(), "logs");
        Files.writeString(config, McpJson.write(Map.of("mcpServers", McpJson.ordered(
                "logs", Map.of("command", logs.get(0), "args", logs.subList(1, logs.size())),
                "orders", Map.of("type", "http", "url", orders.url())))), StandardCharsets.UTF_8);
        gateway = TestClients.stdio(TestClients.java(McpCommand.class.getName(), "--config", config.toString()), env());
    }

    @AfterAll
    static void stop() throws Exception {
        TestClients.closeQuietly(gateway);
        TestClients.closeQuietly(logsClient);
        TestClients.closeQuietly(ordersClient);
        orders.close();
        logsDirect.close();
    }

    private static Map<String, String> env() {
        return Map.of("HEADROOM_STORE", dir.resolve("store.db").toString());
    }

    @Test
    void should_offer_every_downstream_tool_as_its_server_defines_it_plus_retrieve() {
        List<McpSchema.Tool> offered = gateway.listTools().tools();

        assertThat(offered).extracting(McpSchema.Tool::name).containsExactly("fetch_logs", "logs__echo", "fail_build",
                "strict_tool", "rate_limited", "orders__echo", "list_orders", RetrieveTool.NAME);
        List<McpSchema.Tool> own = new ArrayList<>(logsClient.listTools().tools());
        own.addAll(ordersClient.listTools().tools());
        for (int i = 0; i < own.size(); i++) {
            McpSchema.Tool t = own.get(i);
            McpSchema.Tool expected = t.name().equals("echo")
                    ? new McpSchema.Tool(offered.get(i).name(), t.title(), t.description(), t.inputSchema(), t.outputSchema(),
                            t.annotations(), t.meta(), t.icons())
                    : t;
            assertThat(offered.get(i)).isEqualTo(expected);
        }
        assertThat(offered.get(7).description()).isEqualTo(RetrieveTool.DESCRIPTION);
    }

    @Test
    void should_keep_the_tool_list_byte_identical_through_the_session() {
        String first = McpJson.write(gateway.listTools().tools());
        call(gateway, "fetch_logs", Map.of("service", "cart"));
        call(gateway, "fail_build", Map.of());

        assertThat(McpJson.write(gateway.listTools().tools())).isEqualTo(first);
    }

    @Test
    void should_compress_a_large_log_result_and_retrieve_the_original_byte_identically() {
        String original = SampleServers.log("checkout", 1500);

        CallToolResult r = call(gateway, "fetch_logs", Map.of("service", "checkout"));

        assertThat(r.isError()).isFalse();
        String compressed = text(r);
        assertThat(compressed.length()).isLessThan(original.length() / 4);
        assertThat(compressed).contains("payment gateway timeout for order ORD-10217 after 30000 ms")
                .contains("inventory service returned 503 for sku SKU-4471")
                .contains("lines elided, original kept; retrieve handle=");
        CallToolResult back = call(gateway, RetrieveTool.NAME, Map.of("handle", TestClients.firstHandle(compressed)));
        assertThat(back.isError()).isFalse();
        assertThat(text(back)).isEqualTo(original);
    }

    @Test
    void should_keep_the_items_the_call_arguments_name() {
        String withoutQuery = text(call(gateway, "list_orders", Map.of()));
        String withQuery = text(call(gateway, "list_orders", Map.of("status", "ORD-10342")));

        assertThat(withoutQuery).doesNotContain("ORD-10342").contains("retrieve handle=");
        assertThat(withQuery).contains("ORD-10342").contains("retrieve handle=");
        assertThat(withQuery.length()).isLessThan(SampleServers.ordersJson(400).length() / 2);
    }

    @Test
    void should_pass_small_results_through_unchanged_from_each_of_two_clashing_tools() {
        assertThat(text(call(gateway, "logs__echo", Map.of("text", "héllo")))).isEqualTo("logs says: héllo");
        assertThat(text(call(gateway, "orders__echo", Map.of("text", "héllo")))).isEqualTo("orders says: héllo");
    }

    @Test
    void should_report_downstream_tool_errors_as_the_downstream_reported_them() {
        CallToolResult failed = call(gateway, "fail_build", Map.of());
        assertThat(failed.isError()).isTrue();
        assertThat(failed.content()).isEqualTo(call(logsClient, "fail_build", Map.of()).content());
        assertThat(text(failed)).isEqualTo(SampleServers.BUILD_FAILURE);

        CallToolResult invalid = call(gateway, "strict_tool", Map.of("count", "three"));
        assertThat(invalid.isError()).isTrue();
        assertThat(invalid.content()).isEqualTo(call(logsClient, "strict_tool", Map.of("count", "three")).content());
    }

    @Test
    void should_pass_a_downstream_json_rpc_error_through_with_its_code_and_message() {
        assertThatThrownBy(() -> call(gateway, "rate_limited", Map.of()))
                .isInstanceOf(McpError.class)
                .satisfies(e -> {
                    McpSchema.JSONRPCResponse.JSONRPCError error = ((McpError) e).getJsonRpcError();
                    assertThat(error.code()).isEqualTo(SampleServers.RATE_LIMITED_CODE);
                    assertThat(error.message()).isEqualTo("rate limited: retry in 30 s");
                    assertThat(error.data()).isEqualTo(Map.of("retryAfterSeconds", 30));
                });
    }

    @Test
    void should_pass_resources_and_prompts_through() {
        assertThat(gateway.listResources().resources()).extracting(McpSchema.Resource::uri)
                .containsExactly("logs://checkout/latest");
        McpSchema.ReadResourceResult read = gateway.readResource(new McpSchema.ReadResourceRequest("logs://checkout/latest"));
        assertThat(((McpSchema.TextResourceContents) read.contents().get(0)).text()).isEqualTo(SampleServers.log("checkout", 40));

        assertThat(gateway.listPrompts().prompts()).extracting(McpSchema.Prompt::name).containsExactly("triage");
        McpSchema.GetPromptResult prompt = gateway.getPrompt(new McpSchema.GetPromptRequest("triage", Map.of("service", "cart")));
        assertThat(((McpSchema.TextContent) prompt.messages().get(0).content()).text()).isEqualTo("Find why cart fails.");
    }

    @Test
    void should_answer_retrieves_in_a_restarted_gateway_from_the_persistent_store() {
        String original = SampleServers.log("billing", 1500);
        String handle = TestClients.firstHandle(text(call(gateway, "fetch_logs", Map.of("service", "billing"))));

        // a second gateway, wrapping the logs server with --wrap this time, on the same SQLite file
        List<String> cmd = TestClients.java(McpCommand.class.getName(), "--wrap", "--");
        cmd.addAll(TestClients.java(SampleServers.class.getName(), "logs"));
        McpSyncClient restarted = TestClients.stdio(cmd, env());
        try {
            assertThat(restarted.listTools().tools()).extracting(McpSchema.Tool::name)
                    .containsExactly("fetch_logs", "echo", "fail_build", "strict_tool", "rate_limited", RetrieveTool.NAME);
            CallToolResult back = call(restarted, RetrieveTool.NAME, Map.of("handle", handle));

            assertThat(back.isError()).isFalse();
            assertThat(text(back)).isEqualTo(original);
        } finally {
            restarted.closeGracefully();
        }
    }

    @Test
    void should_exit_with_a_clear_message_when_a_downstream_server_cannot_start() throws Exception {
        Run run = run(TestClients.java(McpCommand.class.getName(), "--name", "broken", "--wrap", "--",
                dir.resolve("no-such-server").toString()));

        assertThat(run.exit).isEqualTo(McpCommand.EXIT_FAILED);
        assertThat(run.err).contains("server 'broken'").contains("could not be started");
        assertThat(run.out).isEmpty();
    }

    @Test
    void should_refuse_to_wrap_stdio_servers_when_java_would_decode_them_as_ascii() throws Exception {
        List<String> cmd = TestClients.java(McpCommand.class.getName(), "--wrap", "--", "true");
        cmd.set(cmd.indexOf("-Dfile.encoding=UTF-8"), "-Dfile.encoding=ANSI_X3.4-1968");

        Run run = run(cmd);

        assertThat(run.exit).isEqualTo(McpCommand.EXIT_USAGE);
        assertThat(run.err).contains("-Dfile.encoding=UTF-8");
        assertThat(run.out).isEmpty();
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(List<String> cmd) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}

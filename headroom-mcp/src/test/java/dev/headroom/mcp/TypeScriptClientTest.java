package dev.headroom.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that is not ours: the official TypeScript MCP SDK ({@code @modelcontextprotocol/sdk},
 * pinned with a lockfile in {@code src/test/node}) drives the server over stdio and Streamable HTTP,
 * and the gateway over stdio ({@code --wrap}). Its servers are started the way that SDK starts them,
 * with a minimal environment (no locale). Needs Node.js and npm: without them the test is skipped
 * with a message; with {@value #REQUIRE_ENV}=1 (CI) it fails instead.
 */
class TypeScriptClientTest {

    static final String REQUIRE_ENV = "HEADROOM_REQUIRE_NODE";
    private static final Path SOURCES = Path.of("src", "test", "node");
    private static final Path WORK = Path.of("target", "ts-client");

    @TempDir
    Path dir;

    @Test
    void should_serve_the_typescript_sdk_client_over_stdio_and_http_and_through_the_gateway() throws Exception {
        installClient();
        String log = SampleServers.log("checkout", 1500);
        Path content = dir.resolve("content.txt");
        Files.writeString(content, log, StandardCharsets.UTF_8);
        Map<String, String> env = Map.of("HEADROOM_STORE", dir.resolve("store.db").toString());
        List<String> gateway = TestClients.java(McpCommand.class.getName(), "--wrap", "--");
        gateway.addAll(TestClients.java(SampleServers.class.getName(), "logs"));

        JsonNode result;
        try (McpTransports.HttpEndpoint http = McpTransports.startHttp(HeadroomMcpServer.of(Headroom.builder().timeBudget(java.time.Duration.ZERO).build()), "127.0.0.1", 0)) {
            Path spec = dir.resolve("spec.json");
            Files.writeString(spec, McpJson.write(McpJson.ordered(
                    "content", content.toAbsolutePath().toString(),
                    "server", process(TestClients.java(McpCommand.class.getName()), env),
                    "http", http.url(),
                    "gateway", process(gateway, env))), StandardCharsets.UTF_8);
            result = McpJson.OBJECT_MAPPER.readTree(run(List.of("node", "client.mjs", spec.toAbsolutePath().toString()), 180));
        }

        for (String transport : List.of("stdio", "http")) {
            JsonNode r = result.get(transport);
            assertThat(r.at("/server/name").asText()).as(transport).isEqualTo("headroom");
            assertThat(texts(r.get("tools"))).as(transport)
                    .containsExactly("headroom_compress", "headroom_retrieve", "headroom_stats");
            JsonNode compress = r.get("compress");
            assertThat(compress.get("isError").asBoolean()).as(transport).isFalse();
            String compressed = compress.at("/texts/0").asText();
            assertThat(compressed).as(transport).contains("ORD-10217").hasSizeLessThan(log.length() / 4);
            assertThat(compress.at("/structured/outcome").asText()).isEqualTo("COMPRESSED");
            assertThat(compress.at("/structured/text").asText()).isEqualTo(compressed);
            assertThat(r.at("/retrieve/texts/0").asText()).as(transport).isEqualTo(log);
            assertThat(r.at("/stats/structured/compressions").asLong()).as(transport).isPositive();
            assertThat(r.at("/badContent/isError").asBoolean()).as(transport).isTrue();
            assertThat(r.at("/badHandle/isError").asBoolean()).as(transport).isTrue();
            assertThat(r.at("/badHandle/texts/0").asText()).contains("is not a Headroom handle");
            assertThat(r.at("/unknownTool/rpcError/code").asInt()).as(transport).isEqualTo(-32602);
            assertThat(r.at("/afterErrors/texts/0").asText()).as(transport).isEqualTo("still serving");
        }
        JsonNode g = result.get("gateway");
        assertThat(g.at("/server/name").asText()).isEqualTo(McpGateway.SERVER_NAME);
        assertThat(texts(g.get("tools")))
                .containsExactly("fetch_logs", "echo", "fail_build", "strict_tool", "rate_limited", RetrieveTool.NAME);
        assertThat(texts(g.get("toolsAgain"))).isEqualTo(texts(g.get("tools")));
        String fetched = g.at("/fetchLogs/texts/0").asText();
        assertThat(fetched).contains("payment gateway timeout for order ORD-10217").contains("retrieve handle=")
                .hasSizeLessThan(log.length() / 4);
        assertThat(g.at("/retrieve/texts/0").asText()).isEqualTo(log);
        assertThat(g.at("/echo/texts/0").asText()).isEqualTo("logs says: héllo");
        assertThat(g.at("/failBuild/isError").asBoolean()).isTrue();
        assertThat(g.at("/failBuild/texts/0").asText()).isEqualTo(SampleServers.BUILD_FAILURE);
    }

    private static Map<String, Object> process(List<String> command, Map<String, String> env) {
        return McpJson.ordered("command", command.get(0), "args", command.subList(1, command.size()), "env", env);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Copies the client into target/ and installs its locked dependencies there, unless already installed. */
    private void installClient() throws Exception {
        available("node", "--version");
        available("npm", "--version");
        Files.createDirectories(WORK);
        for (String f : List.of("package.json", "package-lock.json", "client.mjs")) {
            Files.copy(SOURCES.resolve(f), WORK.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Path installedLock = WORK.resolve("installed-package-lock.json");
        boolean installed = Files.exists(WORK.resolve("node_modules/@modelcontextprotocol/sdk/package.json"))
                && Files.exists(installedLock)
                && Files.mismatch(installedLock, SOURCES.resolve("package-lock.json")) == -1;
        if (!installed) {
            try {
                run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--no-update-notifier", "--loglevel=error"), 300);
            } catch (AssertionError e) {
                unavailable("npm ci of the pinned @modelcontextprotocol/sdk failed (registry unreachable?): " + e.getMessage());
            }
            Files.copy(SOURCES.resolve("package-lock.json"), installedLock, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void available(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // not installed
        }
        unavailable(command[0] + " is not available on the PATH; the TypeScript SDK client test needs Node.js 18+ and npm");
    }

    private static void unavailable(String why) {
        String v = System.getenv(REQUIRE_ENV);
        if (v != null && (v.trim().equals("1") || v.trim().equalsIgnoreCase("true"))) {
            throw new AssertionError(REQUIRE_ENV + "=" + v + " requires the TypeScript client test to run, but " + why);
        }
        Assumptions.abort("Skipped: " + why + " (set " + REQUIRE_ENV + "=1 to make this a failure)");
    }

    /** Runs {@code command} in target/ts-client and returns its standard output; fails on a non-zero exit or a timeout. */
    private String run(List<String> command, int timeoutSeconds) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(WORK.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("NO_UPDATE_NOTIFIER", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s; stderr:\n" + Files.readString(err));
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        if (!stderr.isBlank()) {
            System.err.print(stderr);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(command + " exited " + p.exitValue() + "; stderr:\n" + stderr);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}

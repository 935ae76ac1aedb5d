package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code headroom mcp} started from the CLI's own classpath (what the shaded jar holds) answers an
 * MCP client over stdio: the dependency set of the whole CLI, not only headroom-mcp's, must let the
 * server start.
 */
class McpStdioSmokeTest {

    @TempDir
    Path dir;

    @Test
    void should_start_and_list_its_tools_over_stdio_from_the_cli_classpath() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HeadroomCli.class.getName(), "mcp"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("HEADROOM_STORE", dir.resolve("store.db").toString());
        Process p = pb.start();
        try {
            OutputStream in = p.getOutputStream();
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"smoke\",\"version\":\"1\"}}}");
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            JsonNode init = readResponse(out, 1);
            assertThat(init.path("result").path("serverInfo").path("name").asText()).isNotBlank();
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
            JsonNode tools = readResponse(out, 2);
            List<String> names = new ArrayList<>();
            tools.path("result").path("tools").forEach(t -> names.add(t.path("name").asText()));
            assertThat(names).contains("headroom_compress", "headroom_retrieve", "headroom_stats");
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void send(OutputStream in, String json) throws Exception {
        in.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** The response with {@code id}; fails on end of stream (the server died: see err.txt). */
    private static JsonNode readResponse(BufferedReader out, int id) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            JsonNode n = json.readTree(line);
            if (n.path("id").asInt(-1) == id) {
                return n;
            }
        }
        throw new AssertionError("the MCP server closed its output before answering request " + id);
    }
}

package dev.headroom.mcp;

import static dev.headroom.mcp.TestClients.call;
import static dev.headroom.mcp.TestClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server as {@code headroom mcp} runs it: a separate process on stdio, originals in a SQLite file. */
class HeadroomServerStdioTest extends HeadroomServerContract {

    private static Path dir;
    private static McpSyncClient client;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("headroom-mcp-stdio");
        client = TestClients.stdio(TestClients.java(McpCommand.class.getName()), Map.of("HEADROOM_STORE", store()));
    }

    @AfterAll
    static void stop() {
        TestClients.closeQuietly(client);
    }

    private static String store() {
        return dir.resolve("store.db").toString();
    }

    @Override
    McpSyncClient client() {
        return client;
    }

    @Test
    void should_retrieve_in_a_new_server_process_what_an_earlier_one_stored() {
        String log = SampleServers.log("restarted", 1200);
        String handle = TestClients.firstHandle(text(call(client, "headroom_compress", Map.of("content", log))));

        McpSyncClient second = TestClients.stdio(TestClients.java(McpCommand.class.getName()), Map.of("HEADROOM_STORE", store()));
        try {
            CallToolResult r = call(second, "headroom_retrieve", Map.of("handle", handle));

            assertThat(r.isError()).isFalse();
            assertThat(text(r)).isEqualTo(log);
        } finally {
            second.closeGracefully();
        }
    }
}

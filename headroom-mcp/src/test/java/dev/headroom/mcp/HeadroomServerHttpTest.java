package dev.headroom.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.RedisStore;
import dev.headroom.store.StoreLocations;
import dev.headroom.testing.RedisServerProcess;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server over Streamable HTTP (Jetty), reached by the SDK's HTTP client. */
class HeadroomServerHttpTest extends HeadroomServerContract {

    private static McpTransports.HttpEndpoint endpoint;
    private static McpSyncClient client;

    @BeforeAll
    static void start() throws Exception {
        endpoint = McpTransports.startHttp(HeadroomMcpServer.of(Headroom.builder().timeBudget(java.time.Duration.ZERO).build()), "127.0.0.1", 0);
        client = TestClients.http(endpoint.url());
    }

    @AfterAll
    static void stop() throws Exception {
        TestClients.closeQuietly(client);
        endpoint.close();
    }

    @Override
    McpSyncClient client() {
        return client;
    }

    @Test
    void should_answer_a_retrieve_on_a_second_instance_sharing_a_redis_store() throws Exception {
        Assumptions.assumeTrue(RedisServerProcess.sharedAvailable(),
                "no Redis answers on 127.0.0.1:6379; start one (.ci/run does) to run the shared-store test");
        String location = "redis://127.0.0.1:6379?prefix=headroom-mcp-test:" + UUID.randomUUID() + ":";
        String log = SampleServers.log("shared", 1200);
        try (OriginalStore storeA = StoreLocations.open(location);
                OriginalStore storeB = StoreLocations.open(location);
                McpTransports.HttpEndpoint a = McpTransports.startHttp(
                        HeadroomMcpServer.of(Headroom.builder().timeBudget(java.time.Duration.ZERO).store(storeA).build()), "127.0.0.1", 0);
                McpTransports.HttpEndpoint b = McpTransports.startHttp(
                        HeadroomMcpServer.of(Headroom.builder().timeBudget(java.time.Duration.ZERO).store(storeB).build()), "127.0.0.1", 0)) {
            McpSyncClient clientA = TestClients.http(a.url());
            McpSyncClient clientB = TestClients.http(b.url());
            try {
                String handle = TestClients.firstHandle(TestClients.text(
                        TestClients.call(clientA, "headroom_compress", Map.of("content", log))));

                CallToolResult r = TestClients.call(clientB, "headroom_retrieve", Map.of("handle", handle));

                assertThat(r.isError()).isFalse();
                assertThat(TestClients.text(r)).isEqualTo(log);
            } finally {
                clientA.closeGracefully();
                clientB.closeGracefully();
                ((RedisStore) storeA).clear();
            }
        }
    }

    @Test
    void should_refuse_a_request_whose_host_is_not_a_loopback_name() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
        try (Socket s = new Socket("127.0.0.1", endpoint.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /mcp HTTP/1.1\r\nHost: attacker.example:" + endpoint.port() + "\r\n"
                    + "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);

            assertThat(status).isEqualTo("HTTP/1.1 421");
        }
    }
}

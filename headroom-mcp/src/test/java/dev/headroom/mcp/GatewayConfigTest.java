package dev.headroom.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {

    @Test
    void should_read_stdio_and_http_servers_in_file_order_from_the_mcpServers_shape() {
        List<DownstreamServer> servers = GatewayConfig.parse("{\"mcpServers\": {"
                + "\"files\": {\"command\": \"npx\", \"args\": [\"-y\", \"server-filesystem\", \"/srv\"], \"env\": {\"DEBUG\": \"0\"}},"
                + "\"search\": {\"type\": \"http\", \"url\": \"http://127.0.0.1:9000/mcp\", \"headers\": {\"Authorization\": \"Bearer t\"}},"
                + "\"old\": {\"command\": \"x\", \"disabled\": true},"
                + "\"remote\": {\"url\": \"https://mcp.internal/mcp?tenant=7\", \"note\": \"unknown fields are ignored\"}}}");

        assertThat(servers).extracting(DownstreamServer::name).containsExactly("files", "search", "remote");
        assertThat(servers.get(0)).isEqualTo(DownstreamServer.stdio("files", "npx", List.of("-y", "server-filesystem", "/srv"),
                Map.of("DEBUG", "0")));
        assertThat(servers.get(1)).isEqualTo(DownstreamServer.http("search", URI.create("http://127.0.0.1:9000/mcp"),
                Map.of("Authorization", "Bearer t")));
        assertThat(servers.get(2).url()).hasQuery("tenant=7");
    }

    @Test
    void should_refuse_malformed_configurations_saying_what_is_wrong() {
        assertThatThrownBy(() -> GatewayConfig.parse("{")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> GatewayConfig.parse("{\"servers\": {}}")).hasMessageContaining("mcpServers");
        assertThatThrownBy(() -> GatewayConfig.parse("{\"mcpServers\": {}}")).hasMessageContaining("no enabled server");
        assertThatThrownBy(() -> GatewayConfig.parse("{\"mcpServers\": {\"a\": {}}}"))
                .hasMessageContaining("server 'a' needs \"command\"");
        assertThatThrownBy(() -> GatewayConfig.parse("{\"mcpServers\": {\"a\": {\"command\": \"x\", \"args\": \"-y\"}}}"))
                .hasMessageContaining("\"args\" must be an array of strings");
        assertThatThrownBy(() -> GatewayConfig.parse("{\"mcpServers\": {\"a\": {\"command\": \"x\", \"url\": \"http://h/mcp\"}}}"))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> GatewayConfig.parse("{\"mcpServers\": {\"a\": {\"type\": \"sse\", \"url\": \"http://h/sse\"}}}"))
                .hasMessageContaining("SSE");
        assertThatThrownBy(() -> GatewayConfig.parse("{\"mcpServers\": {\"a\": {\"url\": \"ftp://h/x\"}}}"))
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> GatewayConfig.parse("{\"mcpServers\": {\"a\": {\"command\": \"x\", \"env\": {\"K\": 1}}}}"))
                .hasMessageContaining("\"env\".K must be a string");
    }
}

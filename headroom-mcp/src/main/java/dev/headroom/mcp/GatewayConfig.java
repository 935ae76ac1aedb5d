package dev.headroom.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the gateway's list of downstream servers from the {@code mcpServers} JSON shape MCP clients
 * use, so an existing client configuration can be pointed at the gateway as it is:
 *
 * <pre>{@code
 * {"mcpServers": {
 *   "files":  {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/srv"], "env": {"K": "v"}},
 *   "search": {"type": "http", "url": "http://127.0.0.1:9000/mcp", "headers": {"Authorization": "Bearer ..."}}
 * }}
 * }</pre>
 *
 * Servers keep the file's order. An entry with {@code "disabled": true} is skipped; other unknown
 * fields are ignored.
 */
public final class GatewayConfig {

    private GatewayConfig() {}

    /**
     * The downstream servers listed in {@code file}.
     *
     * @throws IllegalArgumentException naming the file, the server and what is wrong
     * @throws IOException when the file cannot be read
     */
    public static List<DownstreamServer> read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The downstream servers listed in {@code json}. */
    public static List<DownstreamServer> parse(String json) {
        JsonNode root;
        try {
            root = McpJson.OBJECT_MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode servers = root == null ? null : root.get("mcpServers");
        if (servers == null || !servers.isObject()) {
            throw new IllegalArgumentException("expected an object {\"mcpServers\": {\"name\": {\"command\": ...} or {\"url\": ...}}}");
        }
        List<DownstreamServer> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = servers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            DownstreamServer s = server(e.getKey(), e.getValue());
            if (s != null) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("mcpServers lists no enabled server");
        }
        return List.copyOf(out);
    }

    private static DownstreamServer server(String name, JsonNode entry) {
        if (!entry.isObject()) {
            throw new IllegalArgumentException("server '" + name + "' must be an object");
        }
        if (entry.path("disabled").asBoolean(false)) {
            return null;
        }
        String type = text(name, entry, "type");
        String command = text(name, entry, "command");
        String url = text(name, entry, "url");
        if (type != null) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.equals("sse")) {
                throw new IllegalArgumentException("server '" + name + "' uses the deprecated SSE transport; "
                        + "the gateway speaks stdio and Streamable HTTP (\"type\": \"http\")");
            }
            if (!t.equals("stdio") && !t.equals("http") && !t.equals("streamable-http") && !t.equals("streamablehttp")) {
                throw new IllegalArgumentException("server '" + name + "' has unknown type '" + type
                        + "'; expected stdio or http");
            }
        }
        if (url != null) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException ex) {
                throw new IllegalArgumentException("server '" + name + "' has a malformed url: " + ex.getMessage());
            }
            return new DownstreamServer(name, command, null, null, uri, strings(name, entry, "headers"));
        }
        if (command == null) {
            throw new IllegalArgumentException("server '" + name + "' needs \"command\" (stdio) or \"url\" (Streamable HTTP)");
        }
        List<String> args = new ArrayList<>();
        JsonNode a = entry.get("args");
        if (a != null && !a.isNull()) {
            if (!a.isArray()) {
                throw new IllegalArgumentException("server '" + name + "': \"args\" must be an array of strings");
            }
            for (JsonNode arg : a) {
                if (!arg.isTextual()) {
                    throw new IllegalArgumentException("server '" + name + "': \"args\" must be an array of strings");
                }
                args.add(arg.asText());
            }
        }
        return DownstreamServer.stdio(name, command, args, strings(name, entry, "env"));
    }

    private static String text(String name, JsonNode entry, String field) {
        JsonNode n = entry.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException("server '" + name + "': \"" + field + "\" must be a string");
        }
        return n.asText();
    }

    private static Map<String, String> strings(String name, JsonNode entry, String field) {
        JsonNode n = entry.get(field);
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw new IllegalArgumentException("server '" + name + "': \"" + field + "\" must be an object of strings");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new IllegalArgumentException("server '" + name + "': \"" + field + "\"." + e.getKey() + " must be a string");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }
}

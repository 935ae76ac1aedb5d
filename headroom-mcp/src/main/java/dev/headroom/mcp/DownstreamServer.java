package dev.headroom.mcp;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One MCP server the gateway wraps: either a command it starts and talks to over stdio, or a
 * Streamable HTTP endpoint it connects to. The name identifies it in logs and, when two servers offer
 * a tool of the same name, prefixes that tool ({@code <name>__<tool>}).
 */
public record DownstreamServer(String name, String command, List<String> args, Map<String, String> env, URI url,
        Map<String, String> headers) {

    public DownstreamServer {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a downstream server needs a non-blank name");
        }
        if ((command == null) == (url == null)) {
            throw new IllegalArgumentException("downstream server '" + name + "' needs either a command or a url, not "
                    + (command == null ? "neither" : "both"));
        }
        if (command != null && command.isBlank()) {
            throw new IllegalArgumentException("downstream server '" + name + "' has a blank command");
        }
        if (url != null && !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("downstream server '" + name + "' has url " + url
                    + "; expected an http:// or https:// Streamable HTTP endpoint");
        }
        args = args == null ? List.of() : List.copyOf(args);
        env = env == null ? Map.of() : Map.copyOf(env);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A server started as {@code command args...}, spoken to over its stdin and stdout. */
    public static DownstreamServer stdio(String name, String command, List<String> args, Map<String, String> env) {
        return new DownstreamServer(name, command, args, env, null, null);
    }

    /** A server reached over Streamable HTTP at {@code url} (the full endpoint, e.g. {@code http://host:8080/mcp}). */
    public static DownstreamServer http(String name, URI url, Map<String, String> headers) {
        return new DownstreamServer(name, null, null, null, url, headers);
    }

    /** Whether the gateway starts this server as a child process. */
    public boolean isStdio() {
        return command != null;
    }

    /** The command line or URL, for messages (header values and environment are never shown). */
    public String describe() {
        return isStdio() ? (command + " " + String.join(" ", args)).strip() : url.toString();
    }
}

package dev.headroom.proxy;

import dev.headroom.proxy.wire.AnthropicMessagesApi;
import dev.headroom.proxy.wire.ChatCompletionsApi;
import dev.headroom.proxy.wire.ResponsesApi;
import dev.headroom.proxy.wire.WireApi;
import java.net.URI;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;

/** Which requests the policy sees (and through which wire mapping), and which upstream each request goes to. */
final class Routes {

    static final WireApi CHAT = new ChatCompletionsApi();
    static final WireApi RESPONSES = new ResponsesApi();
    static final WireApi MESSAGES = new AnthropicMessagesApi();

    private final ProxyConfig config;

    Routes(ProxyConfig config) {
        this.config = config;
    }

    /** The mapping for a conversation endpoint, or null for a request that passes through. */
    static WireApi api(String method, String path) {
        if (!"POST".equals(method)) {
            return null;
        }
        return switch (path) {
            case "/v1/chat/completions", "/chat/completions" -> CHAT;
            case "/v1/responses", "/responses" -> RESPONSES;
            case "/v1/messages" -> MESSAGES;
            default -> null;
        };
    }

    /** Anthropic's paths, and any request carrying {@code anthropic-version}, go to the Anthropic upstream; the rest to OpenAI's. */
    URI upstream(Request request) {
        String path = Request.getPathInContext(request);
        boolean anthropic = path.startsWith("/v1/messages") || path.startsWith("/v1/complete")
                || request.getHeaders().get("anthropic-version") != null;
        return anthropic ? config.anthropicUpstream() : config.openAiUpstream();
    }

    /** The upstream URI for {@code request}: the upstream's base, then the request's path and query unchanged. */
    HttpURI target(Request request) {
        URI base = upstream(request);
        String query = request.getHttpURI().getQuery();
        String path = request.getHttpURI().getPath();
        return HttpURI.build(base.toString() + path + (query == null ? "" : "?" + query));
    }
}

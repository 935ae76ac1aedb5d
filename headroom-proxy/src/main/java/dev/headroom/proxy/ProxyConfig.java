package dev.headroom.proxy;

import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.RetrieveToolOffer;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link HeadroomProxy} listens, where it forwards, and how it scopes originals. Immutable;
 * build with {@link #builder()}.
 *
 * @param host                where to listen
 * @param port                port to listen on (0 picks a free one)
 * @param openAiUpstream      base of the OpenAI-compatible server, without {@code /v1}
 * @param anthropicUpstream   base of the Anthropic server, without {@code /v1}
 * @param scopePerKey         store and read originals per API key (a hash of it) so tenants never see each other's
 * @param scope               a fixed scope for every request (overrides {@code scopePerKey}), or null
 * @param connectTimeout      connecting to an upstream
 * @param idleTimeout         silence allowed on an upstream connection (between bytes of a response)
 * @param maxBodyBytes        largest request or buffered response the proxy reads for the policy; larger ones pass through
 * @param shutdownTimeout     how long a stop waits for open requests and streams to finish
 * @param retrieveToolOffer   when {@code headroom_retrieve} is offered
 * @param maxRetrieveRounds   retrieve rounds answered with content per request
 * @param contextBudget       input tokens past which older tool results may become stubs, when that pays; 0 for off
 * @param keepRecentToolResults tool results never stubbed, counted from the newest
 */
public record ProxyConfig(
        String host,
        int port,
        URI openAiUpstream,
        URI anthropicUpstream,
        boolean scopePerKey,
        String scope,
        Duration connectTimeout,
        Duration idleTimeout,
        int maxBodyBytes,
        Duration shutdownTimeout,
        RetrieveToolOffer retrieveToolOffer,
        int maxRetrieveRounds,
        int contextBudget,
        int keepRecentToolResults) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8787;
    public static final URI DEFAULT_OPENAI_UPSTREAM = URI.create("https://api.openai.com");
    public static final URI DEFAULT_ANTHROPIC_UPSTREAM = URI.create("https://api.anthropic.com");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    public ProxyConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
        openAiUpstream = upstream(openAiUpstream, "openAiUpstream");
        anthropicUpstream = upstream(anthropicUpstream, "anthropicUpstream");
        scope = scope == null || scope.isBlank() ? null : scope;
        positive(connectTimeout, "connectTimeout");
        positive(idleTimeout, "idleTimeout");
        positive(shutdownTimeout, "shutdownTimeout");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        Objects.requireNonNull(retrieveToolOffer, "retrieveToolOffer");
        if (maxRetrieveRounds < 0) {
            throw new IllegalArgumentException("maxRetrieveRounds must be >= 0, was " + maxRetrieveRounds);
        }
        if (contextBudget < 0 || keepRecentToolResults < 0) {
            throw new IllegalArgumentException("contextBudget and keepRecentToolResults must be >= 0, were " + contextBudget
                    + " and " + keepRecentToolResults);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().host(host).port(port).openAiUpstream(openAiUpstream).anthropicUpstream(anthropicUpstream)
                .scopePerKey(scopePerKey).scope(scope).connectTimeout(connectTimeout).idleTimeout(idleTimeout)
                .maxBodyBytes(maxBodyBytes).shutdownTimeout(shutdownTimeout).retrieveToolOffer(retrieveToolOffer)
                .maxRetrieveRounds(maxRetrieveRounds).contextBudget(contextBudget).keepRecentToolResults(keepRecentToolResults);
    }

    private static URI upstream(URI u, String name) {
        Objects.requireNonNull(u, name);
        if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an http(s) URL with a host, was " + u);
        }
        String s = u.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : u;
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }

    /** Configures a {@link ProxyConfig}; every value has a default. Not thread-safe. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private URI openAiUpstream = DEFAULT_OPENAI_UPSTREAM;
        private URI anthropicUpstream = DEFAULT_ANTHROPIC_UPSTREAM;
        private boolean scopePerKey = true;
        private String scope;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Duration shutdownTimeout = DEFAULT_SHUTDOWN_TIMEOUT;
        private RetrieveToolOffer retrieveToolOffer = ConversationPolicy.DEFAULT_RETRIEVE_TOOL_OFFER;
        private int maxRetrieveRounds = ConversationPolicy.DEFAULT_MAX_RETRIEVE_ROUNDS;
        private int contextBudget = ConversationPolicy.DEFAULT_CONTEXT_BUDGET;
        private int keepRecentToolResults = ConversationPolicy.DEFAULT_KEEP_RECENT_TOOL_RESULTS;

        public Builder host(String host) { this.host = host; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder openAiUpstream(URI u) { this.openAiUpstream = u; return this; }
        public Builder openAiUpstream(String u) { return openAiUpstream(URI.create(u)); }
        public Builder anthropicUpstream(URI u) { this.anthropicUpstream = u; return this; }
        public Builder anthropicUpstream(String u) { return anthropicUpstream(URI.create(u)); }
        public Builder scopePerKey(boolean b) { this.scopePerKey = b; return this; }
        public Builder scope(String s) { this.scope = s; return this; }
        public Builder connectTimeout(Duration d) { this.connectTimeout = d; return this; }
        public Builder idleTimeout(Duration d) { this.idleTimeout = d; return this; }
        public Builder maxBodyBytes(int n) { this.maxBodyBytes = n; return this; }
        public Builder shutdownTimeout(Duration d) { this.shutdownTimeout = d; return this; }
        public Builder retrieveToolOffer(RetrieveToolOffer o) { this.retrieveToolOffer = o; return this; }
        public Builder maxRetrieveRounds(int n) { this.maxRetrieveRounds = n; return this; }
        public Builder contextBudget(int tokens) { this.contextBudget = tokens; return this; }
        public Builder keepRecentToolResults(int n) { this.keepRecentToolResults = n; return this; }

        public ProxyConfig build() {
            return new ProxyConfig(host, port, openAiUpstream, anthropicUpstream, scopePerKey, scope, connectTimeout, idleTimeout,
                    maxBodyBytes, shutdownTimeout, retrieveToolOffer, maxRetrieveRounds, contextBudget, keepRecentToolResults);
        }
    }
}

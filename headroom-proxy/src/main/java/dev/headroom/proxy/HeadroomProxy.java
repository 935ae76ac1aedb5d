package dev.headroom.proxy;

import dev.headroom.Headroom;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.proxy.wire.WireApi;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A drop-in proxy for OpenAI Chat Completions, OpenAI Responses and Anthropic Messages: clients
 * change their base URL to it and nothing else. Tool results in those requests go through the
 * engine's {@link ConversationPolicy} (compressed, resent byte-identical, the retrieve tool offered),
 * the rest of each request is forwarded byte for byte, and the model's {@code headroom_retrieve}
 * calls are answered here, streaming or not. Every other path and method passes through unchanged.
 * Also serves {@code GET /healthz}, {@code GET /readyz} and {@code GET /metrics} (Prometheus).
 *
 * <p>Runs on Jetty 12 (server and client, non-blocking); {@link #close()} stops accepting requests
 * and lets open ones (streams included) finish, up to the configured shutdown timeout. Thread-safe.
 */
public final class HeadroomProxy implements AutoCloseable {

    private static final Logger ACCESS = LoggerFactory.getLogger("dev.headroom.proxy.access");

    private final ProxyConfig config;
    private final ConversationPolicy policy;
    private final ProxyMetrics metrics;
    private final Server server;
    private final HttpClient client;
    private final ServerConnector connector;
    private volatile boolean stopping;

    private HeadroomProxy(ProxyConfig config, Headroom headroom) {
        this.config = config;
        this.metrics = new ProxyMetrics(headroom);
        this.policy = ConversationPolicy.builder(headroom).retrieveToolOffer(config.retrieveToolOffer())
                .maxRetrieveRounds(config.maxRetrieveRounds()).contextBudget(config.contextBudget())
                .keepRecentToolResults(config.keepRecentToolResults()).listener(metrics).build();
        QueuedThreadPool threads = new QueuedThreadPool(400, 8);
        threads.setName("headroom-proxy");
        this.server = new Server(threads);
        this.client = new HttpClient();
        client.setExecutor(threads);
        client.setConnectTimeout(config.connectTimeout().toMillis());
        client.setIdleTimeout(config.idleTimeout().toMillis());
        client.setFollowRedirects(false);
        client.setUserAgentField(null); // the client's own User-Agent goes upstream, none is added
        client.setMaxConnectionsPerDestination(4096);
        client.setMaxRequestsQueuedPerDestination(65_536);
        client.getContentDecoderFactories().clear(); // bytes pass as they come, compressed or not
        server.addBean(client);
        this.connector = new ServerConnector(server);
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);
        Routes routes = new Routes(config);
        ProxyContext ctx = new ProxyContext(config, policy, client, routes, metrics, ACCESS);
        PassThrough passThrough = new PassThrough(routes);
        passThrough.setHttpClient(client);
        server.setHandler(new GracefulHandler(new Front(ctx, passThrough)));
        server.setStopTimeout(config.shutdownTimeout().toMillis());
        server.setStopAtShutdown(false);
    }

    /**
     * Starts a proxy over {@code headroom} (its store holds the originals: use a shared one, such as
     * Redis, when several instances serve one client population).
     *
     * @throws Exception when the port cannot be bound
     */
    public static HeadroomProxy start(ProxyConfig config, Headroom headroom) throws Exception {
        HeadroomProxy proxy = new HeadroomProxy(Objects.requireNonNull(config, "config"), Objects.requireNonNull(headroom, "headroom"));
        proxy.server.start();
        // the client fills in its decoders when it starts: none, so no Accept-Encoding is added and bytes pass as they come
        proxy.client.getContentDecoderFactories().clear();
        return proxy;
    }

    /** The port listened on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://HOST:PORT}: what clients use as base URL (OpenAI clients add {@code /v1}). */
    public URI url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port());
    }

    /** The policy every request goes through. */
    public ConversationPolicy policy() {
        return policy;
    }

    /** The configuration it runs with. */
    public ProxyConfig config() {
        return config;
    }

    /** Prometheus text of the proxy's meters (what {@code GET /metrics} serves). */
    public String scrapeMetrics() {
        return metrics.scrape();
    }

    /** Stops accepting requests and waits (up to the shutdown timeout) for open ones, streams included, to finish. */
    @Override
    public void close() throws Exception {
        stopping = true;
        server.stop();
    }

    /** Health, readiness and metrics; conversation endpoints to the policy; everything else passes through. */
    private final class Front extends Handler.Wrapper {
        private final ProxyContext ctx;

        Front(ProxyContext ctx, Handler passThrough) {
            super(passThrough);
            this.ctx = ctx;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = Request.getPathInContext(request);
            String method = request.getMethod();
            if ("GET".equals(method)) {
                switch (path) {
                    case "/healthz" -> {
                        return text(response, callback, 200, "application/json", "{\"status\":\"up\"}");
                    }
                    case "/readyz" -> {
                        boolean ready = !stopping && server.isStarted();
                        return text(response, callback, ready ? 200 : 503, "application/json",
                                ready ? "{\"status\":\"ready\"}" : "{\"status\":\"stopping\"}");
                    }
                    case "/metrics" -> {
                        return text(response, callback, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
                    }
                    default -> { }
                }
            }
            WireApi api = Routes.api(method, path);
            long length = request.getLength();
            if (api != null && length <= config.maxBodyBytes() && request.getHeaders().get(HttpHeader.CONTENT_ENCODING) == null) {
                new ConversationCall(ctx, api, request, response, callback).start();
                return true;
            }
            if (api != null) {
                metrics.request(api.name(), "passthrough");
            }
            return super.handle(request, response, callback);
        }

        private boolean text(Response response, Callback callback, int status, String type, String body) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }

    /** Jetty's reverse proxy for every other request: streamed both ways, headers unchanged but the per-connection ones. */
    private static final class PassThrough extends ProxyHandler.Reverse {
        PassThrough(Routes routes) {
            super(routes::target);
        }

        @Override
        protected void addProxyHeaders(Request clientToProxyRequest, org.eclipse.jetty.client.Request proxyToServerRequest) {
            // forwarded as the client sent it: no Via or Forwarded header
        }

        @Override
        protected void copyRequestHeaders(Request clientToProxyRequest, org.eclipse.jetty.client.Request proxyToServerRequest) {
            super.copyRequestHeaders(clientToProxyRequest, proxyToServerRequest);
            // the client named this proxy as its host; the upstream gets its own name, from the URI
            proxyToServerRequest.headers(h -> h.remove(HttpHeader.HOST));
        }
    }
}

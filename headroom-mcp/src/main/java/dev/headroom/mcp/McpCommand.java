package dev.headroom.mcp;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.HeadroomStats;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.StoreLocations;
import dev.headroom.tokens.Tokenizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code headroom mcp}: the Headroom MCP server over stdio (default) or Streamable HTTP
 * ({@code --http}); with {@code --wrap -- COMMAND ARGS...} or {@code --config FILE}, the gateway
 * that wraps other MCP servers. Standard output carries the protocol only (stdio); every
 * diagnostic goes to standard error.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = {"Serve Headroom over the Model Context Protocol: the tools headroom_compress, headroom_retrieve and "
                + "headroom_stats; or, with --wrap or --config, a gateway that offers other MCP servers' tools and "
                + "compresses their results. Originals go to the store in HEADROOM_STORE (default ~/.headroom/store.db)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the client closed standard input (stdio), or the server was stopped",
                "1:a downstream server could not be started, or the HTTP port could not be bound",
                "2:invalid option, configuration file or HEADROOM_STORE location"})
public final class McpCommand implements Callable<Integer> {

    static final String STORE_ENV = "HEADROOM_STORE";
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    @Option(names = "--http", description = "Serve Streamable HTTP on --host:--port instead of stdio.")
    boolean http;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on with --http (default ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "P", description = "Port to listen on with --http; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port = 8787;

    @Option(names = "--wrap", description = "Gateway mode: start COMMAND ARGS... (after --) as a downstream MCP server over stdio.")
    boolean wrap;

    @Option(names = "--name", paramLabel = "NAME", description = "The wrapped server's name, used when tool names clash (default ${DEFAULT-VALUE}).")
    String name = "wrapped";

    @Option(names = "--config", paramLabel = "FILE", description = "Gateway mode: the downstream servers, as {\"mcpServers\": {...}} JSON (stdio or HTTP).")
    Path config;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "With --wrap: the downstream server's command and arguments.")
    List<String> command = new ArrayList<>();

    @Option(names = "--min-tokens", paramLabel = "N", description = "Pass through text below N tokens (default ${DEFAULT-VALUE}).")
    int minTokens = HeadroomConfig.DEFAULT_MIN_TOKENS;

    @Option(names = "--tokenizer", paramLabel = "T", description = "o200k_base (default) or cl100k_base.")
    String tokenizer = HeadroomConfig.DEFAULT_TOKENIZER.id();

    @Option(names = "--scope", paramLabel = "S", description = "Store and retrieve originals in this scope only (a tenant or user id).")
    String scope;

    /** A server compresses on a JVM still compiling its first calls: the library's 100 ms would pass them through. */
    static final long DEFAULT_TIME_BUDGET_MILLIS = 2_000;

    @Option(names = "--time-budget", paramLabel = "MS",
            description = "Pass a result through if compressing it takes longer than MS milliseconds; 0 for no limit (default ${DEFAULT-VALUE}).")
    long timeBudgetMillis = DEFAULT_TIME_BUDGET_MILLIS;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Gateway: how long a downstream server may take to start or to answer one request (default ${DEFAULT-VALUE}).")
    long timeoutSeconds = McpGateway.Builder.DEFAULT_TIMEOUT.toSeconds();

    /** Runs {@code mcp} on its own (the {@code headroom} CLI offers it as a subcommand). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new McpCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        quietLibraryLogging();
        Headroom.Builder engine = Headroom.builder();
        List<DownstreamServer> servers;
        try {
            if (timeBudgetMillis < 0) {
                throw new IllegalArgumentException("--time-budget must be 0 (no limit) or a positive number of milliseconds, was "
                        + timeBudgetMillis);
            }
            engine.tokenizer(Tokenizer.fromId(tokenizer)).minTokens(minTokens).timeBudget(Duration.ofMillis(timeBudgetMillis));
            servers = downstreamServers();
            if (servers.stream().anyMatch(DownstreamServer::isStdio) && !StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
                // the SDK's stdio client decodes a server's output in the default charset: anything else damages non-ASCII text
                throw new IllegalArgumentException("the JVM's default charset is " + Charset.defaultCharset()
                        + ", in which the MCP SDK would decode the wrapped servers' output, damaging non-ASCII text; "
                        + "start Java with -Dfile.encoding=UTF-8 (the ./headroom launcher does)");
            }
            if (timeoutSeconds < 1) {
                throw new IllegalArgumentException("--timeout must be at least 1 second, was " + timeoutSeconds);
            }
            if (http && (port < 0 || port > 65_535)) {
                throw new IllegalArgumentException("--port must be 0 to 65535, was " + port);
            }
        } catch (IllegalArgumentException | IOException e) {
            err.println("headroom mcp: " + e.getMessage());
            return EXIT_USAGE;
        }
        OriginalStore store;
        try {
            store = openStore();
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("headroom mcp: invalid " + STORE_ENV + ": " + e.getMessage());
            return EXIT_USAGE;
        }
        Headroom headroom = engine.store(store).build();
        Resources resources = new Resources(store, headroom, err);
        Runtime.getRuntime().addShutdownHook(new Thread(resources::close, "headroom-mcp-shutdown"));
        try {
            McpServerDefinition definition;
            if (servers.isEmpty()) {
                definition = HeadroomMcpServer.of(headroom, scope);
            } else {
                McpGateway gateway;
                try {
                    gateway = McpGateway.builder().servers(servers).headroom(headroom).scope(scope)
                            .timeout(Duration.ofSeconds(timeoutSeconds)).log(err).connect();
                } catch (McpGateway.GatewayStartException e) {
                    err.println("headroom mcp: " + e.getMessage());
                    return EXIT_FAILED;
                }
                resources.gateway = gateway;
                definition = gateway;
                err.println("headroom mcp: gateway over " + servers.size() + " server(s), offering " + gateway.tools().size()
                        + " tools");
            }
            if (http) {
                McpTransports.HttpEndpoint endpoint;
                try {
                    endpoint = McpTransports.startHttp(definition, host, port);
                } catch (IOException e) {
                    err.println("headroom mcp: cannot listen on " + host + ":" + port + ": " + e.getMessage());
                    return EXIT_FAILED;
                }
                resources.endpoint = endpoint;
                err.println("headroom mcp: listening on " + endpoint.url());
                new CountDownLatch(1).await(); // until the process is stopped; the shutdown hook closes everything
            } else {
                McpTransports.serveStdio(definition);
            }
            return 0;
        } finally {
            resources.close();
        }
    }

    private List<DownstreamServer> downstreamServers() throws IOException {
        List<DownstreamServer> servers = new ArrayList<>();
        if (!wrap && !command.isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments " + command + "; to wrap a server, use --wrap -- COMMAND ARGS...");
        }
        if (wrap) {
            if (command.isEmpty()) {
                throw new IllegalArgumentException("--wrap needs the server's command after --, e.g. --wrap -- npx -y SERVER");
            }
            servers.add(DownstreamServer.stdio(name, command.get(0), command.subList(1, command.size()), null));
        }
        if (config != null) {
            servers.addAll(GatewayConfig.read(config));
        }
        return servers;
    }

    private static OriginalStore openStore() {
        String location = System.getenv(STORE_ENV);
        if (location == null || location.isBlank()) {
            location = StoreLocations.defaultSqliteFile().toString();
        }
        return StoreLocations.open(location);
    }

    /** The SDK and Jetty log routine events at INFO; on a terminal beside a protocol stream, warnings are enough. */
    private static void quietLibraryLogging() {
        for (String logger : List.of("io.modelcontextprotocol", "org.eclipse.jetty")) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }

    /** What the command opened, closed once: on return or when the process is stopped. */
    private static final class Resources {
        private final OriginalStore store;
        private final Headroom headroom;
        private final PrintStream err;
        private final AtomicBoolean closed = new AtomicBoolean();
        volatile McpGateway gateway;
        volatile McpTransports.HttpEndpoint endpoint;

        Resources(OriginalStore store, Headroom headroom, PrintStream err) {
            this.store = store;
            this.headroom = headroom;
            this.err = err;
        }

        void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try {
                if (endpoint != null) {
                    endpoint.close();
                }
            } catch (Exception e) {
                err.println("headroom mcp: stopping the HTTP server failed: " + e);
            }
            if (gateway != null) {
                gateway.close();
            }
            HeadroomStats s = headroom.stats();
            err.println(String.format(Locale.ROOT, "headroom mcp: %d result(s) compressed of %d, %d -> %d tokens (%.1f%% saved), "
                    + "%d retrieval(s)", s.compressions(), s.calls(), s.tokensBefore(), s.tokensAfter(), 100 * s.savings(),
                    s.retrievals()));
            try {
                store.close();
            } catch (RuntimeException e) {
                err.println("headroom mcp: closing the store failed: " + e);
            }
        }
    }
}

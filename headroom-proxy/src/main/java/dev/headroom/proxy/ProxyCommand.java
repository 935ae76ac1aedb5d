package dev.headroom.proxy;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.RetrieveToolOffer;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.StoreLocations;
import dev.headroom.tokens.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code headroom proxy}: runs {@link HeadroomProxy}. Each setting comes from its option, else the
 * environment ({@code HEADROOM_PROXY_<NAME>}, e.g. {@code HEADROOM_PROXY_PORT}), else the config file
 * ({@code --config}, {@code HEADROOM_PROXY_CONFIG}, or {@code ~/.headroom/proxy.properties} when it
 * exists; keys are the option names without dashes in front, e.g. {@code openai-upstream=...}), else
 * its default. Originals go to {@code HEADROOM_STORE}.
 */
@Command(name = "proxy", mixinStandardHelpOptions = true,
        description = {"A drop-in proxy for OpenAI Chat Completions, OpenAI Responses and Anthropic Messages: point a client's "
                + "base URL at it. Tool results are compressed, headroom_retrieve is answered inside, everything else is forwarded "
                + "byte for byte. Settings: option, else HEADROOM_PROXY_<NAME> (e.g. HEADROOM_PROXY_PORT), else the config file, "
                + "else the default. Originals go to HEADROOM_STORE (default ~/.headroom/store.db; redis://... to share them "
                + "between instances)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped", "1:the port could not be bound", "2:invalid option, config file or HEADROOM_STORE"})
public final class ProxyCommand implements Callable<Integer> {

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    @Option(names = "--port", paramLabel = "P", description = "Port to listen on; 0 picks a free one (default 8787).")
    String port;
    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default 127.0.0.1; 0.0.0.0 for all).")
    String host;
    @Option(names = "--openai-upstream", paramLabel = "URL", description = "OpenAI-compatible server, without /v1 (default https://api.openai.com).")
    String openAiUpstream;
    @Option(names = "--anthropic-upstream", paramLabel = "URL", description = "Anthropic server, without /v1 (default https://api.anthropic.com).")
    String anthropicUpstream;
    @Option(names = "--scope", paramLabel = "S", description = "One scope for every request's originals (default: one per API key).")
    String scope;
    @Option(names = "--scope-per-key", paramLabel = "true|false", description = "Keep each API key's originals apart, by a hash of the key (default true).")
    String scopePerKey;
    @Option(names = "--retrieve-offer", paramLabel = "WHEN", description = "after-first-marker (default) or from-first-request.")
    String retrieveOffer;
    @Option(names = "--max-retrieve-rounds", paramLabel = "N", description = "Retrieve rounds answered with content per request (default 3).")
    String maxRetrieveRounds;
    @Option(names = "--context-budget", paramLabel = "TOKENS",
            description = "Input tokens past which older tool results may become retrievable stubs, when the cut pays against the cache; 0 for off (default 0).")
    String contextBudget;
    @Option(names = "--keep-recent", paramLabel = "N", description = "Tool results never stubbed by the context budget, counted from the newest (default 3).")
    String keepRecent;
    @Option(names = "--min-tokens", paramLabel = "N", description = "Tool results below N tokens pass through (default 200).")
    String minTokens;
    @Option(names = "--tokenizer", paramLabel = "T", description = "o200k_base (default) or cl100k_base.")
    String tokenizer;
    @Option(names = "--time-budget", paramLabel = "MS", description = "A tool result whose compression takes longer passes through unchanged; 0 for no limit (default 100).")
    String timeBudget;
    @Option(names = "--idle-timeout", paramLabel = "SECONDS", description = "Silence allowed from an upstream before the call fails with 504 (default 600).")
    String idleTimeout;
    @Option(names = "--shutdown-timeout", paramLabel = "SECONDS", description = "How long a stop waits for open streams (default 30).")
    String shutdownTimeout;
    @Option(names = "--config", paramLabel = "FILE", description = "A properties file with any of these settings.")
    Path config;

    private final Map<String, String> env;

    public ProxyCommand() {
        this(System.getenv());
    }

    ProxyCommand(Map<String, String> env) {
        this.env = env;
    }

    /** Runs {@code proxy} on its own (the {@code headroom} CLI offers it as a subcommand). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ProxyCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ProxyConfig proxyConfig;
        Headroom.Builder engine = Headroom.builder();
        try {
            proxyConfig = resolve(engine);
        } catch (IllegalArgumentException | IOException e) {
            err.println("headroom proxy: " + e.getMessage());
            return EXIT_USAGE;
        }
        OriginalStore store;
        try {
            String location = env.get("HEADROOM_STORE");
            store = StoreLocations.open(location == null || location.isBlank() ? StoreLocations.defaultSqliteFile().toString() : location);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("headroom proxy: invalid HEADROOM_STORE: " + e.getMessage());
            return EXIT_USAGE;
        }
        quietLibraryLogging();
        HeadroomProxy proxy;
        try {
            proxy = HeadroomProxy.start(proxyConfig, engine.store(store).build());
        } catch (Exception e) {
            err.println("headroom proxy: cannot listen on " + proxyConfig.host() + ":" + proxyConfig.port() + ": " + e.getMessage());
            store.close();
            return EXIT_FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                proxy.close(); // finishes open requests and streams first
            } catch (Exception e) {
                err.println("headroom proxy: stopping failed: " + e);
            } finally {
                store.close();
                stopped.countDown();
            }
        }, "headroom-proxy-shutdown"));
        err.println("headroom proxy: listening on " + proxy.url() + " (OpenAI clients: base URL " + proxy.url() + "/v1; Anthropic clients: "
                + proxy.url() + "); upstreams " + proxyConfig.openAiUpstream() + " and " + proxyConfig.anthropicUpstream());
        stopped.await();
        return 0;
    }

    /**
     * Resolves every setting (option, environment, file, default) into the proxy's configuration and
     * the engine's builder.
     *
     * @throws IllegalArgumentException for a malformed value or an unknown key in the file
     * @throws IOException when the named config file cannot be read
     */
    ProxyConfig resolve(Headroom.Builder engine) throws IOException {
        Properties file = file();
        ProxyConfig proxyConfig = ProxyConfig.builder()
                .host(setting(host, "host", file, ProxyConfig.DEFAULT_HOST))
                .port(Integer.parseInt(setting(port, "port", file, String.valueOf(ProxyConfig.DEFAULT_PORT))))
                .openAiUpstream(setting(openAiUpstream, "openai-upstream", file, ProxyConfig.DEFAULT_OPENAI_UPSTREAM.toString()))
                .anthropicUpstream(setting(anthropicUpstream, "anthropic-upstream", file, ProxyConfig.DEFAULT_ANTHROPIC_UPSTREAM.toString()))
                .scope(setting(scope, "scope", file, null))
                .scopePerKey(bool(setting(scopePerKey, "scope-per-key", file, "true"), "scope-per-key"))
                .retrieveToolOffer(offer(setting(retrieveOffer, "retrieve-offer", file, "after-first-marker")))
                .maxRetrieveRounds(Integer.parseInt(setting(maxRetrieveRounds, "max-retrieve-rounds", file,
                        String.valueOf(ConversationPolicy.DEFAULT_MAX_RETRIEVE_ROUNDS))))
                .contextBudget(Integer.parseInt(setting(contextBudget, "context-budget", file,
                        String.valueOf(ConversationPolicy.DEFAULT_CONTEXT_BUDGET))))
                .keepRecentToolResults(Integer.parseInt(setting(keepRecent, "keep-recent", file,
                        String.valueOf(ConversationPolicy.DEFAULT_KEEP_RECENT_TOOL_RESULTS))))
                .idleTimeout(Duration.ofSeconds(Long.parseLong(setting(idleTimeout, "idle-timeout", file,
                        String.valueOf(ProxyConfig.DEFAULT_IDLE_TIMEOUT.toSeconds())))))
                .shutdownTimeout(Duration.ofSeconds(Long.parseLong(setting(shutdownTimeout, "shutdown-timeout", file,
                        String.valueOf(ProxyConfig.DEFAULT_SHUTDOWN_TIMEOUT.toSeconds())))))
                .build();
        engine.minTokens(Integer.parseInt(setting(minTokens, "min-tokens", file, String.valueOf(HeadroomConfig.DEFAULT_MIN_TOKENS))))
                .tokenizer(Tokenizer.fromId(setting(tokenizer, "tokenizer", file, HeadroomConfig.DEFAULT_TOKENIZER.id())));
        long budget = Long.parseLong(setting(timeBudget, "time-budget", file, String.valueOf(HeadroomConfig.DEFAULT_TIME_BUDGET.toMillis())));
        if (budget < 0) {
            throw new IllegalArgumentException("time-budget must be 0 (no limit) or a positive number of milliseconds, was " + budget);
        }
        engine.timeBudget(Duration.ofMillis(budget));
        return proxyConfig;
    }

    private String setting(String option, String key, Properties file, String fallback) {
        if (option != null) {
            return option;
        }
        String fromEnv = env.get("HEADROOM_PROXY_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        String fromFile = file.getProperty(key);
        return fromFile != null && !fromFile.isBlank() ? fromFile.trim() : fallback;
    }

    private Properties file() throws IOException {
        Properties p = new Properties();
        Path path = config;
        if (path == null && env.get("HEADROOM_PROXY_CONFIG") != null) {
            path = Path.of(env.get("HEADROOM_PROXY_CONFIG"));
        }
        boolean named = path != null;
        if (path == null) {
            path = Path.of(System.getProperty("user.home"), ".headroom", "proxy.properties");
        }
        if (!Files.exists(path)) {
            if (named) {
                throw new IOException("config file " + path + " does not exist");
            }
            return p;
        }
        try (InputStream in = Files.newInputStream(path)) {
            p.load(in);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "' in " + path + "; known: " + String.join(", ", KEYS));
            }
        }
        return p;
    }

    private static final java.util.List<String> KEYS = java.util.List.of("host", "port", "openai-upstream", "anthropic-upstream", "scope",
            "scope-per-key", "retrieve-offer", "max-retrieve-rounds", "context-budget", "keep-recent", "min-tokens", "tokenizer", "time-budget", "idle-timeout", "shutdown-timeout");

    private static boolean bool(String v, String name) {
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException(name + " must be true or false, was " + v);
    }

    private static RetrieveToolOffer offer(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "after-first-marker" -> RetrieveToolOffer.AFTER_FIRST_MARKER;
            case "from-first-request" -> RetrieveToolOffer.FROM_FIRST_REQUEST;
            default -> throw new IllegalArgumentException("retrieve-offer must be after-first-marker or from-first-request, was " + v);
        };
    }

    /** Jetty logs routine events at INFO; the proxy's own access log stays at INFO. */
    private static void quietLibraryLogging() {
        String key = "org.slf4j.simpleLogger.log.org.eclipse.jetty";
        if (System.getProperty(key) == null) {
            System.setProperty(key, "warn");
        }
    }
}

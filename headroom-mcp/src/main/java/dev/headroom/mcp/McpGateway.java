package dev.headroom.mcp;

import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * An MCP gateway: offers the tools, resources and prompts of the servers it wraps as its own,
 * forwards every call, and compresses each text result above the engine's threshold (query: the
 * call's arguments), adding {@code headroom_retrieve} so the model can fetch what was left out.
 *
 * <p>Everything is listed once, when the gateway connects, and the lists never change afterwards, so
 * the tools a client sends to its model stay byte-identical for the whole session (provider prompt
 * caches keep hitting); {@code headroom_retrieve} is among them from the start. Names clash rarely;
 * when they do, see {@link ExposedNames} for how they are told apart. A downstream error reaches the
 * client as the downstream reported it: a tool error result unchanged, a JSON-RPC error with the same
 * code, message and data. Only when a server does not answer at all does the gateway word an error
 * itself. Thread-safe; calls run concurrently.
 */
public final class McpGateway implements McpServerDefinition, AutoCloseable {

    static final String SERVER_NAME = "headroom-gateway";

    private final List<Downstream> downstreams;
    private final List<SyncToolSpecification> tools = new ArrayList<>();
    private final List<SyncResourceSpecification> resources = new ArrayList<>();
    private final List<SyncResourceTemplateSpecification> resourceTemplates = new ArrayList<>();
    private final List<SyncPromptSpecification> prompts = new ArrayList<>();
    private final ResultCompressor compressor;
    private final PrintStream log;

    private McpGateway(List<Downstream> downstreams, Headroom headroom, String scope, PrintStream log) {
        this.downstreams = List.copyOf(downstreams);
        this.compressor = new ResultCompressor(headroom, scope);
        this.log = log;
        addTools();
        tools.add(RetrieveToolSpec.of(headroom, scope));
        addResources();
        addPrompts();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The tools offered, in order: each server's tools in configuration order, then {@code headroom_retrieve}. */
    public List<McpSchema.Tool> tools() {
        return tools.stream().map(SyncToolSpecification::tool).collect(Collectors.toUnmodifiableList());
    }

    @Override
    public McpSyncServer build(McpServer.SyncSpecification<?> specification) {
        McpSchema.ServerCapabilities.Builder caps = McpSchema.ServerCapabilities.builder().tools(false);
        if (!resources.isEmpty() || !resourceTemplates.isEmpty()) {
            caps.resources(false, false);
        }
        if (!prompts.isEmpty()) {
            caps.prompts(false);
        }
        return specification
                .serverInfo(SERVER_NAME, McpJson.VERSION)
                .instructions(instructions())
                .capabilities(caps.build())
                .jsonMapper(McpJson.MAPPER)
                .jsonSchemaValidator(ForwardingSchemaValidator.INSTANCE)
                .validateToolInputs(false)
                .strictToolNameValidation(false)
                .tools(tools)
                .resources(resources)
                .resourceTemplates(resourceTemplates)
                .prompts(prompts)
                .build();
    }

    /** Stops the servers the gateway started and closes its connections. */
    @Override
    public void close() {
        for (Downstream d : downstreams) {
            try {
                d.close();
            } catch (RuntimeException e) {
                log.println("headroom mcp: closing server '" + d.name() + "' failed: " + e);
            }
        }
    }

    private void addTools() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Downstream d : downstreams) {
            names.put(d.name(), d.tools.stream().map(McpSchema.Tool::name).collect(Collectors.toList()));
        }
        Map<ExposedNames.Owned, String> exposed = ExposedNames.assign(names, Set.of(RetrieveTool.NAME));
        for (Downstream d : downstreams) {
            for (McpSchema.Tool t : d.tools) {
                String name = exposed.get(new ExposedNames.Owned(d.name(), t.name()));
                if (name == null) {
                    log.println("headroom mcp: server '" + d.name() + "' lists tool '" + t.name() + "' twice; offering the first");
                    continue;
                }
                if (!name.equals(t.name())) {
                    log.println("headroom mcp: tool '" + t.name() + "' of server '" + d.name() + "' is offered as '" + name
                            + "' (the name is taken)");
                }
                McpSchema.Tool offered = name.equals(t.name()) ? t : new McpSchema.Tool(name, t.title(), t.description(),
                        t.inputSchema(), t.outputSchema(), t.annotations(), t.meta(), t.icons());
                String original = t.name();
                tools.add(new SyncToolSpecification(offered, (exchange, request) -> forward(d, original, request)));
            }
        }
    }

    private CallToolResult forward(Downstream d, String toolName, CallToolRequest request) {
        CallToolResult result;
        try {
            result = d.client.callTool(new CallToolRequest(toolName, request.arguments(), withoutProgressToken(request.meta())));
        } catch (McpError e) {
            throw e; // the downstream's JSON-RPC error, passed on with its code, message and data
        } catch (RuntimeException e) {
            return ToolResults.error("headroom gateway: server '" + d.name() + "' did not answer the call to " + toolName
                    + ": " + describe(e));
        }
        if (RetrieveTool.NAME.equals(toolName)) {
            return result; // another Headroom's originals: compressing them again would hide what was asked for
        }
        return compressor.compress(toolName, request.arguments(), result);
    }

    /** Progress notifications are not relayed, so the client's progress token is not passed on either. */
    private static Map<String, Object> withoutProgressToken(Map<String, Object> meta) {
        if (meta == null || !meta.containsKey("progressToken")) {
            return meta;
        }
        Map<String, Object> copy = new LinkedHashMap<>(meta);
        copy.remove("progressToken");
        return copy.isEmpty() ? null : copy;
    }

    private void addResources() {
        Set<String> uris = new HashSet<>();
        Set<String> templates = new HashSet<>();
        for (Downstream d : downstreams) {
            for (McpSchema.Resource r : d.resources) {
                if (uris.add(r.uri())) {
                    resources.add(new SyncResourceSpecification(r, (exchange, request) -> d.client.readResource(request)));
                } else {
                    log.println("headroom mcp: resource " + r.uri() + " of server '" + d.name()
                            + "' is left out: an earlier server offers the same URI");
                }
            }
            for (McpSchema.ResourceTemplate t : d.resourceTemplates) {
                if (templates.add(t.uriTemplate())) {
                    resourceTemplates.add(new SyncResourceTemplateSpecification(t,
                            (exchange, request) -> d.client.readResource(request)));
                } else {
                    log.println("headroom mcp: resource template " + t.uriTemplate() + " of server '" + d.name()
                            + "' is left out: an earlier server offers the same template");
                }
            }
        }
    }

    private void addPrompts() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Downstream d : downstreams) {
            names.put(d.name(), d.prompts.stream().map(McpSchema.Prompt::name).collect(Collectors.toList()));
        }
        Map<ExposedNames.Owned, String> exposed = ExposedNames.assign(names, Set.of());
        for (Downstream d : downstreams) {
            for (McpSchema.Prompt p : d.prompts) {
                String name = exposed.get(new ExposedNames.Owned(d.name(), p.name()));
                if (name == null) {
                    continue;
                }
                McpSchema.Prompt offered = name.equals(p.name()) ? p
                        : new McpSchema.Prompt(name, p.title(), p.description(), p.arguments(), p.meta(), p.icons());
                String original = p.name();
                prompts.add(new SyncPromptSpecification(offered, (exchange, request) -> d.client.getPrompt(
                        new McpSchema.GetPromptRequest(original, request.arguments(), request.meta()))));
            }
        }
    }

    private String instructions() {
        StringBuilder sb = new StringBuilder();
        for (Downstream d : downstreams) {
            String own = d.initialization.instructions();
            if (own != null && !own.isBlank()) {
                sb.append(downstreams.size() == 1 ? "" : "[" + d.name() + "] ").append(own.strip()).append("\n\n");
            }
        }
        sb.append("Large tool results are compressed by Headroom; a marker like [headroom: ... retrieve handle=...] "
                + "declares what was left out. Call headroom_retrieve with that handle when the left-out part is needed.");
        return sb.toString();
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t.getMessage() == null) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Configures and connects a gateway. */
    public static final class Builder {
        private final List<DownstreamServer> servers = new ArrayList<>();
        private Headroom headroom;
        private String scope;
        private Duration timeout = DEFAULT_TIMEOUT;
        private PrintStream log = System.err;

        /** How long a downstream server may take to start, or to answer one request, by default. */
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

        private Builder() {}

        /** Adds downstream servers, in the order their tools are listed. Names must be unique. */
        public Builder servers(List<DownstreamServer> servers) {
            this.servers.addAll(servers);
            return this;
        }

        /** The engine results are compressed with, and originals stored and retrieved through. */
        public Builder headroom(Headroom headroom) {
            this.headroom = Objects.requireNonNull(headroom, "headroom");
            return this;
        }

        /** The scope originals are stored and retrieved in; default none. */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /** How long a server may take to start, or to answer one request; default 120 s. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Where diagnostics and the servers' standard error go; default standard error. */
        public Builder log(PrintStream log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /**
         * Starts or connects to every server (concurrently), initialises each and lists what it offers.
         *
         * @throws IllegalArgumentException when no server is given, or two share a name
         * @throws GatewayStartException naming the server that could not be started or initialised;
         *     the servers already started are stopped again
         */
        public McpGateway connect() {
            Objects.requireNonNull(headroom, "headroom");
            if (servers.isEmpty()) {
                throw new IllegalArgumentException("the gateway needs at least one downstream server");
            }
            Set<String> names = new HashSet<>();
            for (DownstreamServer s : servers) {
                if (!names.add(s.name())) {
                    throw new IllegalArgumentException("two downstream servers are named '" + s.name() + "'");
                }
            }
            // one thread per server: starting one is mostly waiting for its process or its first answer
            ExecutorService starter = Executors.newFixedThreadPool(servers.size(), r -> {
                Thread t = new Thread(r, "headroom-gateway-connect");
                t.setDaemon(true);
                return t;
            });
            List<CompletableFuture<Downstream>> pending = new ArrayList<>();
            for (DownstreamServer s : servers) {
                pending.add(CompletableFuture.supplyAsync(() -> Downstream.connect(s, timeout, log), starter));
            }
            starter.shutdown();
            List<Downstream> connected = new ArrayList<>();
            GatewayStartException failure = null;
            for (int i = 0; i < servers.size(); i++) {
                try {
                    connected.add(pending.get(i).join());
                } catch (CompletionException | CancellationException e) {
                    DownstreamServer s = servers.get(i);
                    if (failure == null) {
                        failure = new GatewayStartException("server '" + s.name() + "' (" + s.describe()
                                + ") could not be started and initialised: " + describe(e), e);
                    }
                }
            }
            if (failure != null) {
                connected.forEach(Downstream::close);
                throw failure;
            }
            return new McpGateway(connected, headroom, scope, log);
        }
    }

    /** A downstream server could not be started, reached or initialised; the message names it. */
    public static final class GatewayStartException extends RuntimeException {
        GatewayStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

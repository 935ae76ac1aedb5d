package dev.headroom.spring.ai;

import dev.headroom.CompressionHints;
import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.ToolResultCompressor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisor;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisorChain;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.core.Ordered;
import reactor.core.publisher.Flux;

/**
 * A {@code ChatClient} advisor that compresses tool results ({@link ToolResponseMessage}) before
 * they reach the model, and offers the {@code headroom_retrieve} tool once a compressed result in
 * the conversation carries an elision marker.
 *
 * <p>It must run inside Spring AI's tool loop: {@link ToolCallingAdvisor} (order
 * {@link ToolCallingAdvisor#DEFAULT_ORDER}, {@code HIGHEST_PRECEDENCE + 300}) re-enters the chain
 * below itself for every tool round, so an advisor ordered after it sees every round, for
 * {@code call()} and {@code stream()} alike. {@link #DEFAULT_ORDER} also puts it inside the memory
 * advisors ({@code HIGHEST_PRECEDENCE + 200}), so memory keeps the uncompressed originals.
 *
 * <p>Cache safety: each tool result is compressed once and the same text is sent every time the
 * history is resent (memoised by content hash in {@link ToolResultCompressor}); system prompts,
 * user messages and tool definitions are never altered. Once offered, the retrieve tool stays in
 * the tool list of every later request, past the retrieve limit and on later user turns, so the
 * tools array never changes again; past the limit, retrieve calls are answered with a short
 * message telling the model to answer with what it has. The received request is never edited: a
 * new one is built with {@code mutate()}. Fails open: any error sends the request unchanged.
 * Thread-safe.
 */
public final class HeadroomAdvisor implements CallAdvisor, StreamAdvisor {

    /**
     * {@code LOWEST_PRECEDENCE - 1000}: well after {@link ToolCallingAdvisor#DEFAULT_ORDER}
     * ({@code HIGHEST_PRECEDENCE + 300}), so every tool round passes through; after
     * {@code StructuredOutputValidationAdvisor} ({@code LOWEST_PRECEDENCE - 2000}); before the model
     * call itself ({@code LOWEST_PRECEDENCE}).
     */
    public static final int DEFAULT_ORDER = Ordered.LOWEST_PRECEDENCE - 1000;

    /** Tool-context key naming the scope originals are stored in and read from, per request. */
    public static final String SCOPE_KEY = "headroom.scope";

    /**
     * How many retrieve rounds (model responses calling {@code headroom_retrieve}) are answered per
     * user turn; later rounds get {@link #LIMIT_MESSAGE} instead of the original.
     */
    public static final int DEFAULT_MAX_RETRIEVE_ROUNDS = 3;

    /** What a retrieve call past the limit is answered with. */
    static final String LIMIT_MESSAGE = "headroom_retrieve limit reached for this question; "
            + "answer with the information already retrieved.";

    private static final Log LOG = LogFactory.getLog(HeadroomAdvisor.class);

    private final ToolResultCompressor compressor;
    private final int order;
    private final String scope;
    private final int maxRetrieveRounds;
    private final ToolCallback retrieveTool;
    private final boolean retrieveToolRegistered;

    private HeadroomAdvisor(Builder b) {
        this.compressor = b.compressor;
        this.order = b.order;
        this.scope = b.scope;
        this.maxRetrieveRounds = b.maxRetrieveRounds;
        this.retrieveTool = b.retrieveTool != null ? b.retrieveTool : RetrieveToolCallback.of(b.compressor.headroom(), b.scope);
        this.retrieveToolRegistered = b.retrieveToolRegistered;
    }

    /** A builder over {@code headroom} with a compressor (and memo) of its own. */
    public static Builder builder(Headroom headroom) {
        return new Builder(ToolResultCompressor.of(Objects.requireNonNull(headroom, "headroom")));
    }

    /** A builder sharing {@code compressor} (and its memo) with other components. */
    public static Builder builder(ToolResultCompressor compressor) {
        return new Builder(Objects.requireNonNull(compressor, "compressor"));
    }

    @Override
    public String getName() {
        return "HeadroomAdvisor";
    }

    @Override
    public int getOrder() {
        return order;
    }

    /** The scope used when the tool context names none; null for none. */
    public String scope() {
        return scope;
    }

    /** Retrieve rounds answered per user turn; later ones get a limit message. */
    public int maxRetrieveRounds() {
        return maxRetrieveRounds;
    }

    /** The retrieve callback this advisor offers; register it where the tool loop resolves tools. */
    public ToolCallback retrieveToolCallback() {
        return retrieveTool;
    }

    @Override
    public ChatClientResponse adviseCall(ChatClientRequest request, CallAdvisorChain chain) {
        return chain.nextCall(rewrite(request));
    }

    @Override
    public Flux<ChatClientResponse> adviseStream(ChatClientRequest request, StreamAdvisorChain chain) {
        return Flux.defer(() -> chain.nextStream(rewrite(request)));
    }

    /** The request to send on: compressed tool results and the right tool list, or {@code request} itself on failure. */
    ChatClientRequest rewrite(ChatClientRequest request) {
        try {
            return rewriteGuarded(request);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("headroom: advisor failed; sending the request unchanged: " + e);
            return request;
        }
    }

    private ChatClientRequest rewriteGuarded(ChatClientRequest request) {
        Prompt prompt = request.prompt();
        ChatOptions options = prompt.getOptions();
        Map<String, Object> toolContext =
                options instanceof ToolCallingChatOptions t ? t.getToolContext() : null;
        String effectiveScope = scopeOf(toolContext, scope);
        List<Message> in = prompt.getInstructions();
        CompressionHints hints = new CompressionHints(null, lastUserText(in), null, effectiveScope);

        List<Message> out = new ArrayList<>(in.size());
        boolean changed = false;
        boolean markerSeen = false;
        int retrieveRounds = 0;
        for (Message m : in) {
            Message sent = m;
            if (m instanceof UserMessage) {
                retrieveRounds = 0;
            } else if (m instanceof ToolResponseMessage trm) {
                boolean retrieveRound = false;
                for (ToolResponseMessage.ToolResponse r : trm.getResponses()) {
                    retrieveRound |= RetrieveTool.NAME.equals(r.name());
                }
                if (retrieveRound) {
                    retrieveRounds++;
                }
                sent = compress(trm, hints, retrieveRounds > maxRetrieveRounds);
                changed |= sent != m;
            } else if (m instanceof AssistantMessage am) {
                for (AssistantMessage.ToolCall call : am.getToolCalls()) {
                    markerSeen |= RetrieveTool.NAME.equals(call.name());
                }
            }
            markerSeen = markerSeen || containsMarker(sent);
            out.add(sent);
        }

        ChatOptions sentOptions = options;
        if (options instanceof ToolCallingChatOptions t) {
            // never withdrawn once offered (not even past the limit): the tools array must not change again
            List<ToolCallback> tools = toolsToOffer(t.getToolCallbacks(), markerSeen);
            if (tools != null) {
                sentOptions = t.mutate().toolCallbacks(tools).build();
                changed = true;
            }
        }
        if (!changed) {
            return request;
        }
        return request.mutate().prompt(new Prompt(out, sentOptions)).build();
    }

    private Message compress(ToolResponseMessage trm, CompressionHints hints, boolean overRetrieveLimit) {
        List<ToolResponseMessage.ToolResponse> responses = trm.getResponses();
        List<ToolResponseMessage.ToolResponse> sent = new ArrayList<>(responses.size());
        boolean changed = false;
        for (ToolResponseMessage.ToolResponse r : responses) {
            String data = r.responseData();
            String text;
            if (RetrieveTool.NAME.equals(r.name())) {
                text = overRetrieveLimit ? LIMIT_MESSAGE : data;
            } else {
                text = ToolResultText.compress(compressor, r.name(), data, hints.withToolName(r.name()));
            }
            changed |= text != data;
            sent.add(text == data ? r : new ToolResponseMessage.ToolResponse(r.id(), r.name(), text));
        }
        if (!changed) {
            return trm;
        }
        return ToolResponseMessage.builder().responses(sent).metadata(trm.getMetadata()).build();
    }

    /**
     * The tool list to send, or null to keep {@code current}. The retrieve tool is offered from the
     * first request whose history holds a marker (or a retrieve call) on, and only when the tool loop
     * can execute it: it was registered upstream (present in {@code current}) or declared resolvable
     * by the builder. Both conditions only ever turn true as the history grows, so the list stays
     * the same from then on.
     */
    private List<ToolCallback> toolsToOffer(List<ToolCallback> current, boolean wanted) {
        List<ToolCallback> base = current == null ? List.of() : current;
        ToolCallback upstream = null;
        List<ToolCallback> others = new ArrayList<>(base.size() + 1);
        for (ToolCallback c : base) {
            if (RetrieveTool.NAME.equals(c.getToolDefinition().name())) {
                upstream = upstream == null ? c : upstream;
            } else {
                others.add(c);
            }
        }
        boolean offer = wanted && (upstream != null || retrieveToolRegistered);
        if (offer) {
            others.add(upstream != null ? upstream : retrieveTool);
        }
        if (others.size() == base.size()) {
            boolean same = true;
            for (int i = 0; i < base.size() && same; i++) {
                same = base.get(i) == others.get(i);
            }
            if (same) {
                return null;
            }
        }
        return others;
    }

    private static boolean containsMarker(Message m) {
        if (m instanceof ToolResponseMessage trm) {
            for (ToolResponseMessage.ToolResponse r : trm.getResponses()) {
                if (Marker.containsMarker(r.responseData())) {
                    return true;
                }
            }
            return false;
        }
        return Marker.containsMarker(m.getText());
    }

    private static String lastUserText(List<Message> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage u) {
                return u.getText();
            }
        }
        return null;
    }

    /** The scope named under {@link #SCOPE_KEY} in {@code context}, else {@code fallback}. */
    static String scopeOf(Map<String, Object> context, String fallback) {
        Object v = context == null ? null : context.get(SCOPE_KEY);
        if (v != null && !v.toString().isBlank()) {
            return v.toString();
        }
        return fallback;
    }

    /** Configures a {@link HeadroomAdvisor}. Not thread-safe. */
    public static final class Builder {
        private final ToolResultCompressor compressor;
        private int order = DEFAULT_ORDER;
        private String scope;
        private int maxRetrieveRounds = DEFAULT_MAX_RETRIEVE_ROUNDS;
        private ToolCallback retrieveTool;
        private boolean retrieveToolRegistered;

        private Builder(ToolResultCompressor compressor) {
            this.compressor = compressor;
        }

        /**
         * The advisor order; must be greater than {@link ToolCallingAdvisor#DEFAULT_ORDER} (or the
         * tool loop's configured order) to see tool results. Default {@link #DEFAULT_ORDER}.
         */
        public Builder order(int order) {
            this.order = order;
            return this;
        }

        /** The scope originals are stored in when the tool context names none; default none. */
        public Builder scope(String scope) {
            this.scope = RetrieveToolCallback.blankToNull(scope);
            return this;
        }

        /**
         * Retrieve rounds answered per user turn; later retrieve calls are answered with a message
         * telling the model to answer with what it has (the tool itself stays offered, for cache
         * safety). Default {@value #DEFAULT_MAX_RETRIEVE_ROUNDS}.
         */
        public Builder maxRetrieveRounds(int maxRetrieveRounds) {
            if (maxRetrieveRounds < 0) {
                throw new IllegalArgumentException("maxRetrieveRounds must be >= 0, was " + maxRetrieveRounds);
            }
            this.maxRetrieveRounds = maxRetrieveRounds;
            return this;
        }

        /** The retrieve callback to offer; default a {@link RetrieveToolCallback} over the same engine and scope. */
        public Builder retrieveToolCallback(ToolCallback retrieveTool) {
            this.retrieveTool = Objects.requireNonNull(retrieveTool, "retrieveTool");
            return this;
        }

        /**
         * Declares that the {@code ToolCallingManager} running the tool loop resolves
         * {@code headroom_retrieve} by itself (under Spring Boot: the retrieve callback is a bean).
         * When false (the default), the tool is offered only if the request already carries it,
         * for example via {@code ChatClient.Builder.defaultTools(advisor.retrieveToolCallback())};
         * otherwise the model could call a tool nobody can execute.
         */
        public Builder retrieveToolRegistered(boolean registered) {
            this.retrieveToolRegistered = registered;
            return this;
        }

        public HeadroomAdvisor build() {
            return new HeadroomAdvisor(this);
        }
    }
}

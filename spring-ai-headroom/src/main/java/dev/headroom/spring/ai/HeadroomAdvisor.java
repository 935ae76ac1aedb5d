package dev.headroom.spring.ai;

import dev.headroom.Headroom;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.ConversationStats;
import dev.headroom.conversation.ConversationTurn;
import dev.headroom.conversation.Reply;
import dev.headroom.conversation.RetrieveToolOffer;
import dev.headroom.conversation.ToolResultCompressor;
import dev.headroom.conversation.cost.CachePricing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.ai.chat.client.ChatClientMessageAggregator;
import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisor;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisorChain;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.core.Ordered;
import reactor.core.publisher.Flux;

/**
 * A {@code ChatClient} advisor that compresses tool results ({@code ToolResponseMessage}) before
 * they reach the model and answers the model's {@code headroom_retrieve} calls itself. Every
 * decision is the engine's {@link ConversationPolicy} (see there); this class maps Spring AI's
 * messages onto it and calls the rest of the advisor chain.
 *
 * <p>It must run inside Spring AI's tool loop: {@link ToolCallingAdvisor} (order
 * {@link ToolCallingAdvisor#DEFAULT_ORDER}, {@code HIGHEST_PRECEDENCE + 300}) re-enters the chain
 * below itself for every tool round, so an advisor ordered after it sees every round, for
 * {@code call()} and {@code stream()} alike. {@link #DEFAULT_ORDER} also puts it inside the memory
 * advisors ({@code HIGHEST_PRECEDENCE + 200}), so memory keeps the uncompressed originals.
 *
 * <p>What it does per round: tool results compressed once and resent as exactly the same text;
 * {@code headroom_retrieve} offered per the policy's {@link RetrieveToolOffer} (once a marker was sent,
 * by default); a response calling only {@code headroom_retrieve} answered here and
 * the model called again (the tool loop never sees it); a mixed response handed on with only the
 * application's calls; what the model saw in place of a returned message replayed when it comes back,
 * so each request extends the one before it. System prompts, user messages and tool definitions are
 * never altered, and the received request is never edited: a new one is built. Fails open: any error
 * sends the request unchanged. Thread-safe.
 *
 * <p>Streaming: once a marker is in what is sent, a round's chunks are held back until it is clear
 * whether it calls {@code headroom_retrieve}; before that they pass through as they come.
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

    /** Retrieve rounds answered with content per model turn, by default. */
    public static final int DEFAULT_MAX_RETRIEVE_ROUNDS = ConversationPolicy.DEFAULT_MAX_RETRIEVE_ROUNDS;

    /** What a retrieve call past the limit is answered with. */
    static final String LIMIT_MESSAGE = ConversationPolicy.LIMIT_MESSAGE;

    private static final Log LOG = LogFactory.getLog(HeadroomAdvisor.class);

    private final ConversationPolicy policy;
    private final int order;
    private final ToolCallback retrieveTool;

    private HeadroomAdvisor(Builder b) {
        this.policy = b.policy != null ? b.policy : b.settings.build();
        this.order = b.order;
        this.retrieveTool = b.retrieveTool != null ? b.retrieveTool : RetrieveToolCallback.of(policy.headroom(), policy.scope());
    }

    /** A builder over {@code headroom} with a compressor (and memo) of its own. */
    public static Builder builder(Headroom headroom) {
        return new Builder(ConversationPolicy.builder(ToolResultCompressor.of(Objects.requireNonNull(headroom, "headroom"))), null);
    }

    /** A builder sharing {@code compressor} (and its memo) with other components. */
    public static Builder builder(ToolResultCompressor compressor) {
        return new Builder(ConversationPolicy.builder(Objects.requireNonNull(compressor, "compressor")), null);
    }

    /** A builder using {@code policy} for every decision (its scope, limits and memory). */
    public static Builder builder(ConversationPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        // the policy settings below are then checked but not used: the policy has its own
        return new Builder(ConversationPolicy.builder(policy.compressor()), policy);
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
        return policy.scope();
    }

    /** Retrieve rounds answered with content per model turn. */
    public int maxRetrieveRounds() {
        return policy.maxRetrieveRounds();
    }

    /** The retrieve callback this advisor offers to the model. */
    public ToolCallback retrieveToolCallback() {
        return retrieveTool;
    }

    /** The conversation policy making every decision. */
    public ConversationPolicy policy() {
        return policy;
    }

    /** Totals since this advisor was built. */
    public ConversationStats stats() {
        return policy.stats();
    }

    @Override
    public ChatClientResponse adviseCall(ChatClientRequest request, CallAdvisorChain chain) {
        Call call = begin(request);
        if (call == null) {
            return chain.nextCall(request);
        }
        CallAdvisorChain next = chain;
        while (true) {
            ChatClientResponse response;
            try {
                response = next.nextCall(call.request());
            } catch (RuntimeException e) {
                call.turn.onFailure();
                throw e;
            }
            ConversationTurn.Step step = call.turn.onResponse(SpringAiMapping.toNeutral(assistant(response)));
            if (step.isDone()) {
                return call.toCaller(response, step.reply());
            }
            next = chain.copy(this);
        }
    }

    @Override
    public Flux<ChatClientResponse> adviseStream(ChatClientRequest request, StreamAdvisorChain chain) {
        return Flux.defer(() -> {
            Call call = begin(request);
            return call == null ? chain.nextStream(request) : round(call, chain, chain);
        });
    }

    /**
     * One streamed round: held back (collected) once a marker is sent, otherwise passed through as it
     * comes with retrieve calls left out; then either done or followed by the next round.
     */
    private Flux<ChatClientResponse> round(Call call, StreamAdvisorChain chain, StreamAdvisorChain next) {
        AtomicReference<ChatClientResponse> aggregated = new AtomicReference<>();
        Flux<ChatClientResponse> chunks = new ChatClientMessageAggregator()
                .aggregateChatClientResponse(next.nextStream(call.request()), aggregated::set);
        Flux<ChatClientResponse> after = Flux.defer(() -> {
            ChatClientResponse whole = aggregated.get();
            ConversationTurn.Step step = call.turn.onResponse(SpringAiMapping.toNeutral(assistant(whole)));
            return step.isDone() ? Flux.<ChatClientResponse>empty() : round(call, chain, chain.copy(this));
        });
        if (call.turn.request().markerSent()) {
            return chunks.collectList().flatMapMany(held -> {
                ChatClientResponse whole = aggregated.get();
                ConversationTurn.Step step = call.turn.onResponse(SpringAiMapping.toNeutral(assistant(whole)));
                if (!step.isDone()) {
                    return round(call, chain, chain.copy(this));
                }
                if (!step.reply().changed()) {
                    return Flux.fromIterable(held);
                }
                return Flux.fromIterable(held).map(Call::withoutRetrieveCalls).filter(Call::notEmpty);
            }).doOnError(e -> call.turn.onFailure());
        }
        return chunks.map(Call::withoutRetrieveCalls).filter(Call::notEmpty).concatWith(after)
                .doOnError(e -> call.turn.onFailure());
    }

    /** Starts a call, or returns null when the request cannot be mapped (it is then sent as it is). */
    private Call begin(ChatClientRequest request) {
        try {
            Prompt prompt = request.prompt();
            Map<String, Object> toolContext = prompt.getOptions() instanceof ToolCallingChatOptions t ? t.getToolContext() : null;
            return new Call(request, policy.begin(SpringAiMapping.toNeutral(prompt, scopeOf(toolContext, null))));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("headroom: advisor failed; sending the request unchanged: " + e);
            return null;
        }
    }

    private static AssistantMessage assistant(ChatClientResponse response) {
        ChatResponse r = response == null ? null : response.chatResponse();
        return r == null || r.getResult() == null ? null : r.getResult().getOutput();
    }

    /** The scope named under {@link #SCOPE_KEY} in {@code context}, else {@code fallback}. */
    static String scopeOf(Map<String, Object> context, String fallback) {
        Object v = context == null ? null : context.get(SCOPE_KEY);
        if (v != null && !v.toString().isBlank()) {
            return v.toString();
        }
        return fallback;
    }

    /** One advisor call across its retrieve rounds. */
    private final class Call {
        final ChatClientRequest request;
        final ConversationTurn turn;

        Call(ChatClientRequest request, ConversationTurn turn) {
            this.request = request;
            this.turn = turn;
        }

        ChatClientRequest request() {
            Prompt prompt = SpringAiMapping.toPrompt(request.prompt(), turn.request(), retrieveTool);
            return prompt == request.prompt() ? request : request.mutate().prompt(prompt).build();
        }

        ChatClientResponse toCaller(ChatClientResponse response, Reply reply) {
            if (!reply.changed()) {
                return response;
            }
            ChatClientResponse stripped = withoutRetrieveCalls(response);
            turn.handedOut(assistant(stripped));
            return stripped;
        }

        /** {@code response} without {@code headroom_retrieve} calls (the same object when it has none). */
        static ChatClientResponse withoutRetrieveCalls(ChatClientResponse response) {
            ChatResponse chat = response.chatResponse();
            if (chat == null) {
                return response;
            }
            List<Generation> generations = new ArrayList<>(chat.getResults().size());
            boolean changed = false;
            for (Generation g : chat.getResults()) {
                AssistantMessage a = g.getOutput();
                List<AssistantMessage.ToolCall> kept = new ArrayList<>(a.getToolCalls().size());
                for (AssistantMessage.ToolCall c : a.getToolCalls()) {
                    if (!RetrieveToolCallback.DEFINITION.name().equals(c.name())) {
                        kept.add(c);
                    }
                }
                if (kept.size() == a.getToolCalls().size()) {
                    generations.add(g);
                    continue;
                }
                changed = true;
                generations.add(new Generation(AssistantMessage.builder().content(a.getText()).properties(a.getMetadata())
                        .toolCalls(kept).media(a.getMedia()).build(), g.getMetadata()));
            }
            if (!changed) {
                return response;
            }
            return response.mutate().chatResponse(ChatResponse.builder().from(chat).generations(generations).build()).build();
        }

        static boolean notEmpty(ChatClientResponse response) {
            ChatResponse chat = response.chatResponse();
            if (chat == null || chat.getResults().isEmpty()) {
                return true;
            }
            for (Generation g : chat.getResults()) {
                AssistantMessage a = g.getOutput();
                if (a.hasToolCalls() || (a.getText() != null && !a.getText().isEmpty()) || !a.getMedia().isEmpty()
                        || g.getMetadata().getFinishReason() != null) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Configures a {@link HeadroomAdvisor}. Not thread-safe. */
    public static final class Builder {
        /** The conversation settings, validated as they are set; one copy of the policy's own rules. */
        private final ConversationPolicy.Builder settings;
        private final ConversationPolicy policy;
        private int order = DEFAULT_ORDER;
        private ToolCallback retrieveTool;

        private Builder(ConversationPolicy.Builder settings, ConversationPolicy policy) {
            this.settings = settings;
            this.policy = policy;
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
            settings.scope(scope);
            return this;
        }

        /**
         * Retrieve rounds answered with content per model turn; past them the model is told to answer
         * with what it has and gets one last round. Default {@value #DEFAULT_MAX_RETRIEVE_ROUNDS}.
         */
        public Builder maxRetrieveRounds(int maxRetrieveRounds) {
            settings.maxRetrieveRounds(maxRetrieveRounds);
            return this;
        }

        /** When {@code headroom_retrieve} is offered; default {@link ConversationPolicy#DEFAULT_RETRIEVE_TOOL_OFFER}. */
        public Builder retrieveToolOffer(RetrieveToolOffer offer) {
            settings.retrieveToolOffer(offer);
            return this;
        }

        /** How many answered retrieve exchanges are remembered for replay; default {@value ConversationPolicy#DEFAULT_REPLAY_CAPACITY}. */
        public Builder replayCapacity(int replayCapacity) {
            settings.replayCapacity(replayCapacity);
            return this;
        }

        /**
         * A context budget in input tokens (0, the default, for none); see
         * {@link ConversationPolicy.Builder#contextBudget}. Ignored by {@link HeadroomAdvisor#builder(ConversationPolicy)}.
         */
        public Builder contextBudget(int tokens) {
            settings.contextBudget(tokens);
            return this;
        }

        /** How many of the most recent tool results a cut keeps whole; default 3. See {@link ConversationPolicy.Builder#keepRecentToolResults}. */
        public Builder keepRecentToolResults(int keep) {
            settings.keepRecentToolResults(keep);
            return this;
        }

        /** The cache pricing cuts are priced with; default {@link ConversationPolicy#DEFAULT_CACHE_PRICING}. */
        public Builder cachePricing(CachePricing pricing) {
            settings.cachePricing(pricing);
            return this;
        }

        /** The retrieve callback to offer; default a {@link RetrieveToolCallback} over the same engine and scope. */
        public Builder retrieveToolCallback(ToolCallback retrieveTool) {
            this.retrieveTool = Objects.requireNonNull(retrieveTool, "retrieveTool");
            return this;
        }

        public HeadroomAdvisor build() {
            return new HeadroomAdvisor(this);
        }
    }
}

package dev.headroom.langchain4j;

import dev.headroom.Headroom;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.ConversationStats;
import dev.headroom.conversation.ConversationTurn;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link ChatModel} that compresses tool results before they reach the wrapped model and answers
 * the model's {@code headroom_retrieve} calls itself. AiServices, tools and chat memory stay as
 * they are; only the model changes:
 *
 * <pre>{@code
 * ChatModel model = HeadroomChatModel.wrap(OpenAiChatModel.builder()...build());
 * Assistant assistant = AiServices.builder(Assistant.class).chatModel(model).tools(new OrderTools()).build();
 * }</pre>
 *
 * <p>Every decision is the engine's {@link ConversationPolicy} (see there); this class maps
 * LangChain4j's messages onto it and calls the wrapped model:
 * <ul>
 *   <li>Each {@code ToolExecutionResultMessage} above the engine's threshold is compressed once, with
 *       the last user message as the question, and sent as exactly the same text on every later
 *       request. System, user and AI messages and the caller's tool specifications are never changed.</li>
 *   <li>{@code headroom_retrieve} is appended to the tools (the request's merged with the model's
 *       defaults) once a marker was sent, or from the first request that offers tools
 *       ({@link DecoratorBuilder#retrieveToolOffer}); its specification is one constant instance.</li>
 *   <li>A response calling only {@code headroom_retrieve} is answered from the store and the model is
 *       called again (at most {@link DecoratorBuilder#maxRetrieveRounds} rounds with content, then once
 *       more after a message telling it to answer with what it has). A mixed response is handed to the
 *       caller with only the application's tool calls. The caller never sees a retrieve call.</li>
 *   <li>What the model saw in place of a returned message is replayed when the caller sends that
 *       message back, so every request extends the one before it, byte for byte, and every tool call
 *       in it has its result. Originals are stored and read in one scope per decorator
 *       ({@link DecoratorBuilder#scope}).</li>
 *   <li>With a context budget ({@link DecoratorBuilder#contextBudget}), older tool results go out as
 *       retrievable stubs once a request would exceed it, in rare cuts priced against the cache.</li>
 * </ul>
 * Internal failures never fail the call: the original content goes through and the failure is
 * counted and logged. Errors of the wrapped model propagate unchanged. Every call is reported to the
 * listeners, counted in {@link #stats()}, and logged at DEBUG on the SLF4J logger
 * {@code dev.headroom.langchain4j}.
 *
 * <p>The wrapped model's listeners fire once per real model call (retrieve rounds included) and see
 * the compressed request. {@link #doChat(ChatRequest)} bypasses Headroom. Thread-safe when the
 * wrapped model is.
 */
public final class HeadroomChatModel implements ChatModel {

    private final ChatModel delegate;
    private final ConversationPolicy policy;

    private HeadroomChatModel(ChatModel delegate, ConversationPolicy policy) {
        this.delegate = delegate;
        this.policy = policy;
    }

    /** Wraps {@code delegate} with a default {@link Headroom} (in-memory store, o200k_base). */
    public static HeadroomChatModel wrap(ChatModel delegate) {
        return builder().delegate(delegate).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        Objects.requireNonNull(request, "request");
        Calls call = Calls.begin(policy, request, delegate.defaultRequestParameters());
        if (call == null) {
            return delegate.chat(request, options);
        }
        ConversationTurn turn = call.turn;
        while (true) {
            ChatResponse response;
            try {
                response = delegate.chat(call.next(), options);
            } catch (RuntimeException e) {
                turn.onFailure();
                throw e;
            }
            ConversationTurn.Step step = turn.onResponse(LangChain4jMapping.toNeutral(response.aiMessage()));
            if (step.isDone()) {
                return call.toCaller(response, step.reply());
            }
        }
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return delegate.doChat(request);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return delegate.listeners();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    /** Totals since this decorator was built. */
    public ConversationStats stats() {
        return policy.stats();
    }

    /** The engine this decorator compresses and retrieves with. */
    public Headroom headroom() {
        return policy.headroom();
    }

    /** The conversation policy making every decision. */
    public ConversationPolicy policy() {
        return policy;
    }

    public ChatModel delegate() {
        return delegate;
    }

    /** Configures a {@link HeadroomChatModel}. Not thread-safe. */
    public static final class Builder extends DecoratorBuilder<ChatModel, HeadroomChatModel, Builder> {

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        @Override
        HeadroomChatModel create(ChatModel delegate, ConversationPolicy policy) {
            return new HeadroomChatModel(delegate, policy);
        }
    }
}

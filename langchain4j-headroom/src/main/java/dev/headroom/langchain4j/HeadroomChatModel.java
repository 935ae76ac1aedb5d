package dev.headroom.langchain4j;

import dev.headroom.Headroom;
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
 * <h2>What changes in a request</h2>
 * <ul>
 *   <li>Each {@code ToolExecutionResultMessage} is compressed by the engine when it is above its
 *       token threshold, with the text of the last user message as the query. The compressed text
 *       is memoised by content, so a result resent on later turns is byte-identical. System, user and
 *       AI messages and the caller's tool specifications are never changed; the retrieve tool's own
 *       results are never compressed.</li>
 *   <li>Once any message of the request carries a Headroom marker, {@code headroom_retrieve} is
 *       appended to the tools (the request's tools merged with the model's default tools). Its
 *       specification is one constant instance, so it is byte-identical on every request.</li>
 * </ul>
 *
 * <h2>Retrieve calls</h2>
 * When the model calls only {@code headroom_retrieve}, the decorator answers from the store and
 * calls the model again, at most {@link Builder#maxRetrieveRounds(int)} extra times (default 3).
 * The caller never sees a retrieve call:
 * <ul>
 *   <li><b>Mixed response</b> (retrieve calls and application tool calls in one message): the
 *       retrieve calls are answered here, and the caller receives the same message with only the
 *       application tool calls. The caller executes those and sends their results as usual.</li>
 *   <li><b>Round limit reached</b> with retrieve calls still pending: they are answered and removed
 *       the same way; the caller receives the message without them (text only, possibly empty).</li>
 *   <li><b>History stays consistent</b>: the decorator remembers what the model actually saw (its
 *       messages with the retrieve calls, and their results) for the message it returned. When that
 *       message comes back in the caller's history, after exactly the messages that were sent before
 *       it then, it is replaced by exactly those messages. So every request sent to the model starts
 *       with the previous one, byte for byte, and every tool call in it has its result, as providers
 *       require. Another conversation that merely ends with an equal message never gets the exchange.
 *       If that memory was evicted (bounded, see {@link Builder#replayCapacity(int)}), the caller's
 *       own history is sent, which is still valid.</li>
 * </ul>
 * Calls named {@code headroom_retrieve} are always answered here, also when the model calls it
 * before it was offered. Originals are stored and looked up in one scope per decorator
 * ({@link Builder#scope(String)}); use one decorator per tenant to isolate tenants.
 *
 * <h2>Failures and observability</h2>
 * Internal failures never fail the call: the original content goes through and the failure is
 * counted and logged. Errors of the wrapped model propagate unchanged. Every call is reported to the
 * {@link HeadroomChatListener}s, counted in {@link #stats()}, and logged at DEBUG on the SLF4J
 * logger {@code dev.headroom.langchain4j}.
 *
 * <p>The wrapped model's listeners fire once per real model call (retrieve rounds included) and see
 * the compressed request. {@link #doChat(ChatRequest)} bypasses Headroom. Thread-safe when the
 * wrapped model is.
 */
public final class HeadroomChatModel implements ChatModel {

    private final ChatModel delegate;
    private final ChatInterceptor interceptor;

    private HeadroomChatModel(ChatModel delegate, Settings settings) {
        this.delegate = delegate;
        this.interceptor = new ChatInterceptor(settings);
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
        Turn turn = interceptor.begin(request, delegate.defaultRequestParameters());
        ChatRequest next = turn.firstRequest();
        while (true) {
            ChatResponse response;
            try {
                response = delegate.chat(next, options);
            } catch (RuntimeException e) {
                interceptor.failed(turn);
                throw e;
            }
            Turn.Step step = interceptor.step(turn, response);
            if (step.isDone()) {
                return step.response();
            }
            next = step.next();
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
    public HeadroomChatStats stats() {
        return interceptor.stats();
    }

    /** The engine this decorator compresses and retrieves with. */
    public Headroom headroom() {
        return interceptor.headroom();
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
        HeadroomChatModel create(ChatModel delegate, Settings settings) {
            return new HeadroomChatModel(delegate, settings);
        }
    }
}

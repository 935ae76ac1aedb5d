package dev.headroom.langchain4j;

import dev.headroom.Headroom;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.ConversationStats;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The streaming twin of {@link HeadroomChatModel}: same compression, same retrieve tool, same policy
 * for mixed responses, round limit and replayed history (see there).
 *
 * <pre>{@code
 * StreamingChatModel model = HeadroomStreamingChatModel.wrap(OpenAiStreamingChatModel.builder()...build());
 * }</pre>
 *
 * <h2>What the caller's handler receives</h2>
 * Partial or complete tool-call events for {@code headroom_retrieve} are never delivered. Once a
 * marker is in what is sent (the model may then call the retrieve tool), each round's events are held
 * back until the round ends: a round that ends in retrieve calls only is discarded, any other is
 * delivered in order right before {@code onCompleteResponse}, so those turns lose token-by-token
 * streaming, not content. Before any marker was sent, events pass through live (a model calling the
 * tool then has nothing to retrieve; its text so far was already delivered). Application tool calls
 * are delivered with their original indexes. Errors reach {@code onError}. Thread-safe when the
 * wrapped model is.
 */
public final class HeadroomStreamingChatModel implements StreamingChatModel {

    private final StreamingChatModel delegate;
    private final ConversationPolicy policy;

    private HeadroomStreamingChatModel(StreamingChatModel delegate, ConversationPolicy policy) {
        this.delegate = delegate;
        this.policy = policy;
    }

    /** Wraps {@code delegate} with a default {@link Headroom} (in-memory store, o200k_base). */
    public static HeadroomStreamingChatModel wrap(StreamingChatModel delegate) {
        return builder().delegate(delegate).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void chat(ChatRequest request, ChatRequestOptions options, StreamingChatResponseHandler handler) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(handler, "handler");
        Calls call = Calls.begin(policy, request, delegate.defaultRequestParameters());
        if (call == null) {
            delegate.chat(request, options, handler);
            return;
        }
        new StreamingRound(delegate, call, options, handler).start();
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        delegate.doChat(request, handler);
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

    public StreamingChatModel delegate() {
        return delegate;
    }

    /** Configures a {@link HeadroomStreamingChatModel}. Not thread-safe. */
    public static final class Builder extends DecoratorBuilder<StreamingChatModel, HeadroomStreamingChatModel, Builder> {

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        @Override
        HeadroomStreamingChatModel create(StreamingChatModel delegate, ConversationPolicy policy) {
            return new HeadroomStreamingChatModel(delegate, policy);
        }
    }
}

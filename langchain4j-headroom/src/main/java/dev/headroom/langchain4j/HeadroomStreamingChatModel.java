package dev.headroom.langchain4j;

import dev.headroom.Headroom;
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
 * Only the final round is streamed to the caller; partial events of rounds that end in
 * {@code headroom_retrieve} calls are never delivered, and partial or complete tool-call events for
 * {@code headroom_retrieve} are never delivered in any round. To guarantee that, once the retrieve
 * tool is offered in a conversation (a marker was sent), each round's events are held back until the
 * round ends and then delivered in order, right before {@code onCompleteResponse}: those turns lose
 * token-by-token streaming, not content. Before any marker was sent, events pass through live.
 * Application tool calls are delivered with their original indexes. Errors reach {@code onError}.
 * Thread-safe when the wrapped model is.
 */
public final class HeadroomStreamingChatModel implements StreamingChatModel {

    private final StreamingChatModel delegate;
    private final ChatInterceptor interceptor;

    private HeadroomStreamingChatModel(StreamingChatModel delegate, Settings settings) {
        this.delegate = delegate;
        this.interceptor = new ChatInterceptor(settings);
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
        Objects.requireNonNull(handler, "handler");
        Turn turn = interceptor.begin(request, delegate.defaultRequestParameters());
        new StreamingRound(delegate, interceptor, turn, options, handler).start(turn.firstRequest());
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
    public HeadroomChatStats stats() {
        return interceptor.stats();
    }

    /** The engine this decorator compresses and retrieves with. */
    public Headroom headroom() {
        return interceptor.headroom();
    }

    public StreamingChatModel delegate() {
        return delegate;
    }

    /** Configures a {@link HeadroomStreamingChatModel}. Not thread-safe. */
    public static final class Builder {
        private StreamingChatModel delegate;
        private final Settings.Draft draft = new Settings.Draft();

        private Builder() {}

        /** The model to wrap; required. */
        public Builder delegate(StreamingChatModel delegate) {
            this.delegate = Objects.requireNonNull(delegate, "delegate");
            return this;
        }

        /** The engine to use; default {@link Headroom#create()}. Share one to share its store and statistics. */
        public Builder headroom(Headroom headroom) {
            draft.headroom = Objects.requireNonNull(headroom, "headroom");
            return this;
        }

        /** How many extra model calls one call may make to answer retrieve calls; default 3. */
        public Builder maxRetrieveRounds(int maxRetrieveRounds) {
            draft.maxRetrieveRounds = maxRetrieveRounds;
            return this;
        }

        /** The store scope (tenant) originals are kept and retrieved in; default none. */
        public Builder scope(String scope) {
            draft.scope = scope;
            return this;
        }

        /** Adds a listener called after every call. */
        public Builder listener(HeadroomChatListener listener) {
            draft.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** How many answered retrieve exchanges (with the content they returned) are remembered for replay; default 1,000. */
        public Builder replayCapacity(int replayCapacity) {
            draft.replayCapacity = replayCapacity;
            return this;
        }

        /**
         * @throws NullPointerException     if no delegate was set
         * @throws IllegalArgumentException if a numeric option is out of range
         */
        public HeadroomStreamingChatModel build() {
            Objects.requireNonNull(delegate, "delegate must be set");
            return new HeadroomStreamingChatModel(delegate, draft.build());
        }
    }
}

package dev.headroom.langchain4j;

import dev.headroom.Headroom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The options both decorator builders share ({@link HeadroomChatModel.Builder} and
 * {@link HeadroomStreamingChatModel.Builder}). Not thread-safe.
 *
 * @param <D> the wrapped model type
 * @param <M> the decorator type built
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class DecoratorBuilder<D, M, B extends DecoratorBuilder<D, M, B>> {

    private D delegate;
    private Headroom headroom;
    private int maxRetrieveRounds = Settings.DEFAULT_MAX_RETRIEVE_ROUNDS;
    private String scope;
    private final List<HeadroomChatListener> listeners = new ArrayList<>();
    private int replayCapacity = Settings.DEFAULT_REPLAY_CAPACITY;

    DecoratorBuilder() {}

    abstract B self();

    abstract M create(D delegate, Settings settings);

    /** The model to wrap; required. */
    public B delegate(D delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        return self();
    }

    /** The engine to use; default {@link Headroom#create()}. Share one to share its store and statistics. */
    public B headroom(Headroom headroom) {
        this.headroom = Objects.requireNonNull(headroom, "headroom");
        return self();
    }

    /** How many extra model calls one call may make to answer retrieve calls; default 3. */
    public B maxRetrieveRounds(int maxRetrieveRounds) {
        this.maxRetrieveRounds = maxRetrieveRounds;
        return self();
    }

    /** The store scope (tenant) originals are kept and retrieved in; default none. */
    public B scope(String scope) {
        this.scope = scope;
        return self();
    }

    /** Adds a listener called after every call. */
    public B listener(HeadroomChatListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return self();
    }

    /** How many answered retrieve exchanges (with the content they returned) are remembered for replay; default 1,000. */
    public B replayCapacity(int replayCapacity) {
        this.replayCapacity = replayCapacity;
        return self();
    }

    /**
     * Builds the decorator.
     *
     * @throws NullPointerException     if no delegate was set
     * @throws IllegalArgumentException if a numeric option is out of range
     */
    public M build() {
        Objects.requireNonNull(delegate, "delegate must be set");
        Settings settings = new Settings(headroom == null ? Headroom.create() : headroom, maxRetrieveRounds, scope,
                listeners, replayCapacity);
        return create(delegate, settings);
    }
}

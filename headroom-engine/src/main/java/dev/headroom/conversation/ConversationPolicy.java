package dev.headroom.conversation;

import dev.headroom.Headroom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The conversation policy every front end maps onto: for one request, which tool results are
 * compressed or resent exactly as before, how {@code headroom_retrieve} is offered, how a response
 * calling it is answered and the model called again, what the caller gets back, and what is replayed
 * on later requests so each one extends the one sent before it, byte for byte.
 *
 * <pre>{@code
 * ConversationPolicy policy = ConversationPolicy.builder(headroom).build();
 * Reply reply = policy.call(Conversation.of(messages, tools), plan -> myModel(plan));
 * }</pre>
 *
 * <h2>What it decides</h2>
 * <ul>
 *   <li><b>Tool results</b> above the engine's threshold are compressed with the last user message as
 *       the question, once: the same result is sent as exactly the same text on every later request,
 *       whatever the question (see {@link ToolResultCompressor}). Results of {@code headroom_retrieve},
 *       results that already carry a marker, and results that are not plain text go out unchanged.
 *       System, user and assistant messages and tool definitions are never changed.</li>
 *   <li><b>The retrieve tool</b> is added after the caller's tools per {@link RetrieveToolOffer}; its
 *       definition is one constant, so its bytes never change.</li>
 *   <li><b>Retrieve calls</b> are answered by the policy, never by the caller (see {@link ConversationTurn}).</li>
 *   <li><b>Replay</b>: what the model saw in place of a message the policy returned is sent again in
 *       its place when the caller sends that message back after the same history. Bounded
 *       ({@link Builder#replayCapacity}); an evicted exchange only costs the cache, as the caller's
 *       own history is valid. Missing exchanges and histories rebuilt without the returned message
 *       are counted ({@link ConversationStats}).</li>
 * </ul>
 * Every decision is reported per message ({@link RequestPlan#edits()}), so a front end can apply it
 * to its own objects or splice it into the bytes it received.
 *
 * <p>Fails open: an internal failure sends the caller's request unchanged and is counted. Thread-safe.
 */
public final class ConversationPolicy {

    /** Retrieve rounds answered with content per call; default of {@link Builder#maxRetrieveRounds}. */
    public static final int DEFAULT_MAX_RETRIEVE_ROUNDS = 3;
    /** Exchanges remembered for replay; default of {@link Builder#replayCapacity}. */
    public static final int DEFAULT_REPLAY_CAPACITY = 1_000;
    /** When the retrieve tool is offered by default; chosen by the replay benchmark (see BENCHMARKS.md). */
    public static final RetrieveToolOffer DEFAULT_RETRIEVE_TOOL_OFFER = RetrieveToolOffer.AFTER_FIRST_MARKER;

    /** What a {@code headroom_retrieve} call past the round limit is answered with. */
    public static final String LIMIT_MESSAGE = "headroom_retrieve limit reached for this question; "
            + "answer with the information already retrieved.";

    private static final System.Logger LOG = System.getLogger(ConversationPolicy.class.getName());

    private final ToolResultCompressor compressor;
    private final ExchangeReplay replay;
    private final RequestRewriter rewriter;
    private final int maxRetrieveRounds;
    private final String scope;
    private final RetrieveToolOffer retrieveToolOffer;
    private final int replayCapacity;
    private final List<ConversationListener> listeners;
    private final StatsCounter stats = new StatsCounter();

    private ConversationPolicy(Builder b) {
        this.compressor = b.compressor;
        this.maxRetrieveRounds = b.maxRetrieveRounds;
        this.scope = b.scope;
        this.retrieveToolOffer = b.retrieveToolOffer;
        this.replayCapacity = b.replayCapacity;
        this.listeners = List.copyOf(b.listeners);
        this.replay = new ExchangeReplay(b.replayCapacity);
        this.rewriter = new RequestRewriter(compressor, replay, b.retrieveToolOffer);
    }

    /** A builder over {@code headroom}, with a tool-result memo of its own. */
    public static Builder builder(Headroom headroom) {
        return new Builder(ToolResultCompressor.of(Objects.requireNonNull(headroom, "headroom")));
    }

    /** A builder sharing {@code compressor} (and its memo) with other components. */
    public static Builder builder(ToolResultCompressor compressor) {
        return new Builder(Objects.requireNonNull(compressor, "compressor"));
    }

    /** Starts a call: prepares the caller's request. Never throws on account of Headroom: on failure the request goes out unchanged. */
    public ConversationTurn begin(Conversation request) {
        Objects.requireNonNull(request, "request");
        String effectiveScope = request.scope() != null ? request.scope() : scope;
        Prepared prepared;
        try {
            prepared = rewriter.prepare(request, effectiveScope);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.WARNING, "headroom: preparing the request failed; sending it unchanged: {0}", e.toString());
            prepared = Prepared.untouched(request, effectiveScope);
        }
        return new ConversationTurn(this, prepared);
    }

    /**
     * Runs one call to completion: sends each round through {@code model} until the response is one
     * for the caller. Errors of {@code model} propagate (after the call is reported).
     */
    public Reply call(Conversation request, ModelCall model) {
        Objects.requireNonNull(model, "model");
        ConversationTurn turn = begin(request);
        while (true) {
            Message.Assistant response;
            try {
                response = model.call(turn.request());
            } catch (RuntimeException | Error e) {
                turn.onFailure();
                throw e;
            }
            ConversationTurn.Step step = turn.onResponse(response);
            if (step.isDone()) {
                return step.reply();
            }
        }
    }

    /** Totals since this policy was built. */
    public ConversationStats stats() {
        return stats.snapshot();
    }

    /** The engine this policy compresses and retrieves with. */
    public Headroom headroom() {
        return compressor.headroom();
    }

    /** The tool-result memo. */
    public ToolResultCompressor compressor() {
        return compressor;
    }

    /** Retrieve rounds answered with content per call. */
    public int maxRetrieveRounds() {
        return maxRetrieveRounds;
    }

    /** The scope used when a request names none; null for none. */
    public String scope() {
        return scope;
    }

    /** When the retrieve tool is offered. */
    public RetrieveToolOffer retrieveToolOffer() {
        return retrieveToolOffer;
    }

    /** How many exchanges are remembered for replay. */
    public int replayCapacity() {
        return replayCapacity;
    }

    ExchangeReplay replay() {
        return replay;
    }

    void record(TurnReport report) {
        stats.record(report);
        if (listeners.isEmpty()) {
            return;
        }
        ConversationStats totals = stats.snapshot();
        for (ConversationListener l : listeners) {
            try {
                l.onTurn(report, totals);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "headroom: conversation listener failed: {0}", e.toString());
            }
        }
    }

    /** Configures a {@link ConversationPolicy}; each setter checks its argument. Not thread-safe. */
    public static final class Builder {
        private final ToolResultCompressor compressor;
        private int maxRetrieveRounds = DEFAULT_MAX_RETRIEVE_ROUNDS;
        private String scope;
        private RetrieveToolOffer retrieveToolOffer = DEFAULT_RETRIEVE_TOOL_OFFER;
        private int replayCapacity = DEFAULT_REPLAY_CAPACITY;
        private final List<ConversationListener> listeners = new ArrayList<>();

        private Builder(ToolResultCompressor compressor) {
            this.compressor = compressor;
        }

        /**
         * Retrieve rounds answered with content per call; past them, retrieve calls are answered with
         * {@link #LIMIT_MESSAGE}. Default {@value #DEFAULT_MAX_RETRIEVE_ROUNDS}.
         */
        public Builder maxRetrieveRounds(int maxRetrieveRounds) {
            if (maxRetrieveRounds < 0) {
                throw new IllegalArgumentException("maxRetrieveRounds must be >= 0, was " + maxRetrieveRounds);
            }
            this.maxRetrieveRounds = maxRetrieveRounds;
            return this;
        }

        /** The scope originals are stored and read in when a request names none; default none. */
        public Builder scope(String scope) {
            this.scope = scope == null || scope.isBlank() ? null : scope;
            return this;
        }

        /** When {@code headroom_retrieve} is offered; default {@link #DEFAULT_RETRIEVE_TOOL_OFFER}. */
        public Builder retrieveToolOffer(RetrieveToolOffer offer) {
            this.retrieveToolOffer = Objects.requireNonNull(offer, "offer");
            return this;
        }

        /** How many answered retrieve exchanges are remembered for replay; default {@value #DEFAULT_REPLAY_CAPACITY}. */
        public Builder replayCapacity(int replayCapacity) {
            if (replayCapacity < 1) {
                throw new IllegalArgumentException("replayCapacity must be positive, was " + replayCapacity);
            }
            this.replayCapacity = replayCapacity;
            return this;
        }

        /** Adds a listener called after every call; its exceptions are logged and ignored. */
        public Builder listener(ConversationListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        public ConversationPolicy build() {
            return new ConversationPolicy(this);
        }
    }
}

package dev.headroom.conversation;

import dev.headroom.Headroom;
import dev.headroom.conversation.cost.CachePricing;
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
 *       definition is one constant, so its bytes never change. Offered after the first marker, it
 *       changes the tools once, which costs that request its cached prefix: so a result that would
 *       carry the first marker goes out compressed only if that pays, else whole.</li>
 *   <li><b>Retrieve calls</b> are answered by the policy, never by the caller (see {@link ConversationTurn}).</li>
 *   <li><b>Replay</b>: what the model saw in place of a message the policy returned is sent again in
 *       its place when the caller sends that message back after the same history. Bounded
 *       ({@link Builder#replayCapacity}); an evicted exchange only costs the cache, as the caller's
 *       own history is valid. Missing exchanges and histories rebuilt without the returned message
 *       are counted ({@link ConversationStats}).</li>
 *   <li><b>The context budget</b> (off unless {@link Builder#contextBudget} is set): when a request
 *       would exceed it, older tool results go out as short stubs (tool, size, first line or shape,
 *       error lines, and a marker whose handle retrieves the original), in one cut down to half the
 *       budget, and only when the cut is expected to save more over the turns to come than the cached
 *       prefix it loses costs to send again ({@link dev.headroom.conversation.cost.CutCost}, priced
 *       with {@link Builder#cachePricing}). A stub is the same text on every later request, so after a
 *       cut the conversation extends byte for byte again. Cuts are derived from the request itself, so
 *       every instance serving the conversation makes the same ones, and nothing has to be remembered.</li>
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
    /** The context budget by default: 0, none (see {@link Builder#contextBudget}). */
    public static final int DEFAULT_CONTEXT_BUDGET = 0;
    /** Tool results a cut keeps whole by default, the most recent ones (as Anthropic's context editing keeps 3). */
    public static final int DEFAULT_KEEP_RECENT_TOOL_RESULTS = 3;
    /**
     * What cuts and first markers are priced with by default: Anthropic's {@code cache_control} on the
     * last message, the stricter of the two (a cut there writes the whole prompt again, at 1.25x), so a
     * cut that pays under it also pays under automatic prefix caching.
     */
    public static final CachePricing DEFAULT_CACHE_PRICING = CachePricing.ANTHROPIC_LAST_MESSAGE;

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
    private final int contextBudget;
    private final int keepRecentToolResults;
    private final CachePricing cachePricing;
    private final ContextBudget budget;
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
        this.rewriter = new RequestRewriter(compressor, replay, b.retrieveToolOffer, b.cachePricing);
        this.contextBudget = b.contextBudget;
        this.keepRecentToolResults = b.keepRecentToolResults;
        this.cachePricing = b.cachePricing;
        this.budget = b.contextBudget > 0
                ? new ContextBudget(b.contextBudget, b.keepRecentToolResults, b.cachePricing, b.retrieveToolOffer, compressor.headroom())
                : null;

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
            return new ConversationTurn(this, Prepared.untouched(request, effectiveScope));
        }
        if (budget != null) {
            try {
                prepared = budget.apply(request, prepared, rewriter);
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(System.Logger.Level.WARNING, "headroom: the context budget failed; sending the request without cuts: {0}",
                        e.toString());
                prepared = prepared.withFailure();
            }
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

    /** The context budget in tokens; 0 when there is none. */
    public int contextBudget() {
        return contextBudget;
    }

    /** How many of the most recent tool results a cut keeps whole. */
    public int keepRecentToolResults() {
        return keepRecentToolResults;
    }

    /** The cache pricing cuts are priced with. */
    public CachePricing cachePricing() {
        return cachePricing;
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
        private int contextBudget = DEFAULT_CONTEXT_BUDGET;
        private int keepRecentToolResults = DEFAULT_KEEP_RECENT_TOOL_RESULTS;
        private CachePricing cachePricing = DEFAULT_CACHE_PRICING;
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

        /**
         * The context budget, in input tokens of a request (tools, system prompt and messages, as the
         * engine's tokenizer counts them); 0, the default, for none. When a request would exceed it, older
         * tool results are replaced by stubs whose originals stay retrievable, in one cut down to half the
         * budget, if the cut is expected to pay (see {@link #cachePricing}). The budget is where cutting is
         * considered, not a hard limit: a cut that would cost more than it saves (early in a conversation)
         * is not made, and results that are kept whole stay (see {@link #keepRecentToolResults}).
         */
        public Builder contextBudget(int tokens) {
            if (tokens < 0) {
                throw new IllegalArgumentException("contextBudget must be >= 0 (0 for none), was " + tokens);
            }
            this.contextBudget = tokens;
            return this;
        }

        /**
         * How many tool results a cut keeps whole; default {@value #DEFAULT_KEEP_RECENT_TOOL_RESULTS}. A cut
         * never stubs: the {@code keep} most recent results (the model is working with them); the
         * {@code keep} most recent that report or contain an error or a failure (error levels, exceptions,
         * failing tests, compiler errors: what the model is likely fixing; older ones keep their error
         * lines in their stubs); the {@code keep} most recent that the model retrieved (a
         * {@code headroom_retrieve} answer, or a result whose handle it asked for: it has shown it needs
         * them); results that are not plain text (Headroom never replaces those); and results whose stub
         * would not save at least half of their tokens. System, user and assistant messages and tool calls
         * are never changed.
         */
        public Builder keepRecentToolResults(int keep) {
            if (keep < 1) {
                throw new IllegalArgumentException("keepRecentToolResults must be >= 1, was " + keep);
            }
            this.keepRecentToolResults = keep;
            return this;
        }

        /**
         * The provider's cache pricing, which the context budget's cuts and the first markers (with
         * {@link RetrieveToolOffer#AFTER_FIRST_MARKER}) are priced with; default
         * {@link #DEFAULT_CACHE_PRICING}. Use {@link CachePricing#OPENAI_AUTOMATIC} for OpenAI (cuts then pay
         * sooner: a prefix stays cached up to the first change), or your own.
         */
        public Builder cachePricing(CachePricing pricing) {
            this.cachePricing = Objects.requireNonNull(pricing, "pricing");
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

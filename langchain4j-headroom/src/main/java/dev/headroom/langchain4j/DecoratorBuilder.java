package dev.headroom.langchain4j;

import dev.headroom.Headroom;
import dev.headroom.conversation.ConversationListener;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.RetrieveToolOffer;
import dev.headroom.conversation.cost.CachePricing;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The options both decorator builders share ({@link HeadroomChatModel.Builder} and
 * {@link HeadroomStreamingChatModel.Builder}); they configure the engine's
 * {@link ConversationPolicy}, which makes every decision. Not thread-safe.
 *
 * @param <D> the wrapped model type
 * @param <M> the decorator type built
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class DecoratorBuilder<D, M, B extends DecoratorBuilder<D, M, B>> {

    private static final Logger LOG = LoggerFactory.getLogger("dev.headroom.langchain4j");

    private D delegate;
    private Headroom headroom;
    private int maxRetrieveRounds = ConversationPolicy.DEFAULT_MAX_RETRIEVE_ROUNDS;
    private String scope;
    private final List<ConversationListener> listeners = new ArrayList<>();
    private int replayCapacity = ConversationPolicy.DEFAULT_REPLAY_CAPACITY;
    private RetrieveToolOffer retrieveToolOffer = ConversationPolicy.DEFAULT_RETRIEVE_TOOL_OFFER;
    private int contextBudget = ConversationPolicy.DEFAULT_CONTEXT_BUDGET;
    private int keepRecentToolResults = ConversationPolicy.DEFAULT_KEEP_RECENT_TOOL_RESULTS;
    private CachePricing cachePricing = ConversationPolicy.DEFAULT_CACHE_PRICING;

    DecoratorBuilder() {}

    abstract B self();

    abstract M create(D delegate, ConversationPolicy policy);

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

    /**
     * Retrieve rounds answered with the original per call; past them the model is told to answer with
     * what it has and gets one last round. Default {@value ConversationPolicy#DEFAULT_MAX_RETRIEVE_ROUNDS}.
     */
    public B maxRetrieveRounds(int maxRetrieveRounds) {
        this.maxRetrieveRounds = maxRetrieveRounds;
        return self();
    }

    /** The store scope (tenant) originals are kept and retrieved in; default none. */
    public B scope(String scope) {
        this.scope = scope;
        return self();
    }

    /** Adds a listener called after every call; its exceptions are logged and ignored. */
    public B listener(ConversationListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return self();
    }

    /** How many answered retrieve exchanges (with the content they returned) are remembered for replay; default 1,000. */
    public B replayCapacity(int replayCapacity) {
        this.replayCapacity = replayCapacity;
        return self();
    }

    /**
     * When {@code headroom_retrieve} is offered: once a marker was sent (the default; the tools array
     * then changes once, on that request) or from the first request of every conversation that offers
     * tools (the tools array never changes, at the cost of the tool's tokens on every request). The
     * replay benchmark in BENCHMARKS.md compares the two.
     */
    public B retrieveToolOffer(RetrieveToolOffer offer) {
        this.retrieveToolOffer = Objects.requireNonNull(offer, "offer");
        return self();
    }

    /**
     * A context budget in input tokens (0, the default, for none): when a request would exceed it,
     * older tool results go out as short stubs whose originals the model can retrieve, in one cut to
     * half the budget, if the cut is expected to save more over the rest of the conversation than the
     * cached prefix it loses costs (see {@link ConversationPolicy.Builder#contextBudget}).
     */
    public B contextBudget(int tokens) {
        this.contextBudget = tokens;
        return self();
    }

    /**
     * How many of the most recent tool results a cut keeps whole (and as many of the most recent ones
     * with errors, and of those the model retrieved); default 3. See
     * {@link ConversationPolicy.Builder#keepRecentToolResults}.
     */
    public B keepRecentToolResults(int keep) {
        this.keepRecentToolResults = keep;
        return self();
    }

    /**
     * The provider's cache pricing the context budget prices its cuts with; default
     * {@link ConversationPolicy#DEFAULT_CACHE_PRICING} (Anthropic's, the stricter). Pass
     * {@link CachePricing#OPENAI_AUTOMATIC} for OpenAI models.
     */
    public B cachePricing(CachePricing pricing) {
        this.cachePricing = Objects.requireNonNull(pricing, "pricing");
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
        ConversationPolicy.Builder b = ConversationPolicy.builder(headroom == null ? Headroom.create() : headroom)
                .maxRetrieveRounds(maxRetrieveRounds)
                .scope(scope)
                .replayCapacity(replayCapacity)
                .retrieveToolOffer(retrieveToolOffer)
                .contextBudget(contextBudget)
                .keepRecentToolResults(keepRecentToolResults)
                .cachePricing(cachePricing)
                .listener(DecoratorBuilder::logDebug);
        listeners.forEach(b::listener);
        return create(delegate, b.build());
    }

    private static void logDebug(dev.headroom.conversation.TurnReport r, dev.headroom.conversation.ConversationStats t) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("headroom: call: {} tool results ({} compressed, {} stubs{}), {} -> {} tokens, {} retrieved tokens; {} model"
                            + " calls, {} retrieve calls, {} replayed; totals: {} calls, {} -> {} tokens ({} saved), {} retrieved tokens,"
                            + " {} cuts",
                    r.toolResults(), r.compressedToolResults(), r.stubbedToolResults(), r.cut() ? ", cut now" : "",
                    r.tokensBefore(), r.tokensAfter(), r.retrievedTokens(), r.modelCalls(), r.retrieveCalls(), r.replays(),
                    t.calls(), t.tokensBefore(), t.tokensAfter(), t.tokensSaved(), t.retrievedTokens(), t.cuts());
        }
    }
}

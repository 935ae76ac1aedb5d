package dev.headroom.spring.ai.autoconfigure;

import dev.headroom.Headroom;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.ToolResultCompressor;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Publishes a {@link Headroom} instance's counters to Micrometer. The counters read the engine's
 * own {@code stats()}, so they also cover a user-defined {@code Headroom} bean and never double
 * count.
 *
 * <p>What a tool result counts for: the advisor (and {@code HeadroomToolCallback}) go through a
 * {@link ToolResultCompressor}, which sends each distinct tool result (by content, per scope) to
 * the engine once, large or small, and answers every resend from its memo. So {@value #CALLS},
 * {@value #COMPRESSIONS}, {@value #TOKENS_BEFORE} and {@value #TOKENS_AFTER} count each distinct
 * tool result once, when it is first compressed or passed through; {@value #TOOL_RESULTS_RESENT}
 * counts the resends (the same result sent again with the history, typically every tool round and
 * user turn). Direct calls to {@link Headroom#compress} by the application count once per call.
 */
public final class HeadroomMetrics implements MeterBinder {

    public static final String TOKENS_BEFORE = "headroom.tokens.before";
    public static final String TOKENS_AFTER = "headroom.tokens.after";
    public static final String CALLS = "headroom.calls";
    public static final String COMPRESSIONS = "headroom.compressions";
    public static final String FAILURES = "headroom.failures";
    public static final String TIMEOUTS = "headroom.timeouts";
    public static final String RETRIEVALS = "headroom.retrievals";
    public static final String RETRIEVAL_MISSES = "headroom.retrieval.misses";
    public static final String TOOL_RESULTS_RESENT = "headroom.tool-results.resent";
    public static final String REPLAYS = "headroom.conversation.replays";
    public static final String REPLAYS_MISSING = "headroom.conversation.replays.missing";
    public static final String HISTORIES_REBUILT = "headroom.conversation.histories.rebuilt";

    private final Headroom headroom;
    private final ToolResultCompressor compressor;
    private final ConversationPolicy policy;

    /** Counters of {@code headroom} only (no {@value #TOOL_RESULTS_RESENT}). */
    public HeadroomMetrics(Headroom headroom) {
        this(headroom, null, null);
    }

    /** Counters of {@code headroom}, plus {@value #TOOL_RESULTS_RESENT} from {@code compressor} when not null. */
    public HeadroomMetrics(Headroom headroom, ToolResultCompressor compressor) {
        this(headroom, compressor, null);
    }

    /**
     * Counters of {@code headroom}, {@value #TOOL_RESULTS_RESENT} from {@code compressor}, and the
     * conversation counters ({@value #REPLAYS}, {@value #REPLAYS_MISSING}, {@value #HISTORIES_REBUILT})
     * from {@code policy}; each of the last two may be null.
     */
    public HeadroomMetrics(Headroom headroom, ToolResultCompressor compressor, ConversationPolicy policy) {
        this.headroom = Objects.requireNonNull(headroom, "headroom");
        this.compressor = compressor;
        this.policy = policy;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        String tokenizer = headroom.tokenCounter().tokenizer().id();
        counter(registry, TOKENS_BEFORE, "Tokens of distinct tool results before compression (each counted once)",
                "tokens", tokenizer, h -> h.stats().tokensBefore());
        counter(registry, TOKENS_AFTER, "Tokens of distinct tool results as sent (each counted once)", "tokens",
                tokenizer, h -> h.stats().tokensAfter());
        counter(registry, CALLS, "Distinct tool results compressed or passed through (each counted once)", null,
                tokenizer, h -> h.stats().calls());
        counter(registry, COMPRESSIONS, "Distinct tool results sent compressed", null, tokenizer,
                h -> h.stats().compressions());
        counter(registry, FAILURES, "Compressions that failed and sent the original", null, tokenizer,
                h -> h.stats().failures());
        counter(registry, TIMEOUTS, "Compressions that ran out of their time budget (or found no free slot in it) and sent the original",
                null, tokenizer, h -> h.stats().timeouts());
        counter(registry, RETRIEVALS, "headroom_retrieve calls answered", null, tokenizer, h -> h.stats().retrievals());
        counter(registry, RETRIEVAL_MISSES, "headroom_retrieve calls that found nothing", null, tokenizer,
                h -> h.stats().retrievalMisses());
        if (compressor != null) {
            FunctionCounter.builder(TOOL_RESULTS_RESENT, compressor, ToolResultCompressor::resends)
                    .description("Tool results sent again unchanged with the history (not counted in headroom.calls)")
                    .tag("tokenizer", tokenizer)
                    .register(registry);
        }
        if (policy != null) {
            conversation(registry, REPLAYS, "Earlier retrieve exchanges sent again in place of the answer they produced",
                    tokenizer, p -> p.stats().replays());
            conversation(registry, REPLAYS_MISSING, "Retrieve exchanges evicted before the request that needed them"
                    + " (the caller's own history was sent)", tokenizer, p -> p.stats().replaysMissing());
            conversation(registry, HISTORIES_REBUILT, "Requests that continued a retrieve exchange's history without"
                    + " the message it returned", tokenizer, p -> p.stats().historiesRebuilt());
        }
    }

    private void conversation(MeterRegistry registry, String name, String description, String tokenizer,
            ToDoubleFunction<ConversationPolicy> f) {
        FunctionCounter.builder(name, policy, f).description(description).tag("tokenizer", tokenizer).register(registry);
    }

    private void counter(MeterRegistry registry, String name, String description, String unit, String tokenizer,
            ToDoubleFunction<Headroom> f) {
        FunctionCounter.builder(name, headroom, f)
                .description(description)
                .baseUnit(unit)
                .tag("tokenizer", tokenizer)
                .register(registry);
    }
}

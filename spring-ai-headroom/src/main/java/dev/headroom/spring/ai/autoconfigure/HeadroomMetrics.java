package dev.headroom.spring.ai.autoconfigure;

import dev.headroom.Headroom;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Publishes a {@link Headroom} instance's counters to Micrometer. The counters read the engine's
 * own {@code stats()}, so they also cover a user-defined {@code Headroom} bean and never double
 * count.
 */
public final class HeadroomMetrics implements MeterBinder {

    public static final String TOKENS_BEFORE = "headroom.tokens.before";
    public static final String TOKENS_AFTER = "headroom.tokens.after";
    public static final String CALLS = "headroom.calls";
    public static final String COMPRESSIONS = "headroom.compressions";
    public static final String FAILURES = "headroom.failures";
    public static final String RETRIEVALS = "headroom.retrievals";
    public static final String RETRIEVAL_MISSES = "headroom.retrieval.misses";

    private final Headroom headroom;

    public HeadroomMetrics(Headroom headroom) {
        this.headroom = Objects.requireNonNull(headroom, "headroom");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        String tokenizer = headroom.tokenCounter().tokenizer().id();
        counter(registry, TOKENS_BEFORE, "Tokens of tool results before compression", "tokens", tokenizer,
                h -> h.stats().tokensBefore());
        counter(registry, TOKENS_AFTER, "Tokens of tool results as sent", "tokens", tokenizer,
                h -> h.stats().tokensAfter());
        counter(registry, CALLS, "Tool results seen by the compressor", null, tokenizer, h -> h.stats().calls());
        counter(registry, COMPRESSIONS, "Tool results sent compressed", null, tokenizer, h -> h.stats().compressions());
        counter(registry, FAILURES, "Compressions that failed and sent the original", null, tokenizer,
                h -> h.stats().failures());
        counter(registry, RETRIEVALS, "headroom_retrieve calls answered", null, tokenizer, h -> h.stats().retrievals());
        counter(registry, RETRIEVAL_MISSES, "headroom_retrieve calls that found nothing", null, tokenizer,
                h -> h.stats().retrievalMisses());
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

package dev.headroom.proxy;

import dev.headroom.Headroom;
import dev.headroom.conversation.ConversationListener;
import dev.headroom.conversation.ConversationStats;
import dev.headroom.conversation.TurnReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The proxy's Micrometer meters, scraped in Prometheus text format at {@code /metrics}: requests by
 * API and outcome, tool-result tokens before and after, retrieve calls, fail-open failures, upstream
 * latency and the latency the proxy adds. Thread-safe.
 */
final class ProxyMetrics implements ConversationListener {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter toolResults = Counter.builder("headroom.proxy.tool.results").description("tool results seen").register(registry);
    private final Counter compressed = Counter.builder("headroom.proxy.tool.results.compressed").description("tool results sent compressed").register(registry);
    private final Counter tokensBefore = Counter.builder("headroom.proxy.tokens.before").description("tool-result tokens as the client sent them").register(registry);
    private final Counter tokensAfter = Counter.builder("headroom.proxy.tokens.after").description("tool-result tokens as sent upstream").register(registry);
    private final Counter retrievals = Counter.builder("headroom.proxy.retrievals").description("headroom_retrieve calls answered by the proxy").register(registry);
    private final Counter replays = Counter.builder("headroom.proxy.replays").description("hidden retrieve exchanges sent again in their place").register(registry);

    /**
     * The engine's counters of tool results left unchanged for a reason other than size: their
     * compression would have passed the time budget, or failed (and the result went through).
     */
    ProxyMetrics(Headroom headroom) {
        FunctionCounter.builder("headroom.proxy.tool.results.timed.out", headroom, h -> h.stats().timeouts())
                .description("tool results sent unchanged because compressing them would have passed the time budget")
                .register(registry);
        FunctionCounter.builder("headroom.proxy.tool.results.failed.open", headroom, h -> h.stats().failures())
                .description("tool results sent unchanged because compressing them failed")
                .register(registry);
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    private final Map<String, Counter> requests = new ConcurrentHashMap<>();

    void request(String api, String outcome) {
        requests.computeIfAbsent(api + '\u0000' + outcome, k -> Counter.builder("headroom.proxy.requests")
                .description("client requests to conversation endpoints, by outcome").tag("api", api).tag("outcome", outcome)
                .register(registry)).increment();
    }

    /** An internal failure that sent something through unchanged, by stage ({@code parse}, {@code render}, {@code response}, ...). */
    void failure(String stage) {
        registry.counter("headroom.proxy.failures", "stage", stage).increment();
    }

    private final Map<String, Timer> upstream = new ConcurrentHashMap<>();
    private final Map<String, Timer> added = new ConcurrentHashMap<>();

    void upstream(String api, long nanos) {
        upstream.computeIfAbsent(api, a -> Timer.builder("headroom.proxy.upstream")
                .description("time from sending a round upstream to its complete response")
                .tag("api", a).publishPercentileHistogram().register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    void added(String api, long nanos) {
        added.computeIfAbsent(api, a -> Timer.builder("headroom.proxy.added").description("time spent in the proxy outside upstream calls")
                .tag("api", a).publishPercentileHistogram().register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void onTurn(TurnReport report, ConversationStats totals) {
        toolResults.increment(report.toolResults());
        compressed.increment(report.compressedToolResults());
        tokensBefore.increment(report.tokensBefore());
        tokensAfter.increment(report.tokensAfter());
        retrievals.increment(report.retrieveCalls());
        replays.increment(report.replays());
        if (report.failedOpen()) {
            failure("compress");
        }
    }

    String scrape() {
        return registry.scrape();
    }
}

package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.InMemoryStore;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 11, items 1 and 10: every call has a time budget, and compressions running at once are bounded. */
class TimeBudgetTest {

    private static final String LOG = log(400);

    private static String log(int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append("2026-12-02 10:00:").append(String.format("%02d", i % 60)).append(" INFO request ").append(i).append(" served\n");
        }
        return sb.toString();
    }

    /** A compressor that works until its deadline stops it, as a slow one would. */
    private static final Compressor NEVER_DONE = (input, ctx) -> {
        while (true) {
            ctx.checkDeadline();
            Thread.onSpinWait();
        }
    };

    @Test
    void should_pass_the_input_through_as_timed_out_when_the_budget_is_spent() {
        InMemoryStore store = InMemoryStore.create();
        Headroom h = Headroom.builder().store(store).timeBudget(Duration.ofMillis(20)).compressor(ContentKind.LOG, NEVER_DONE).build();

        CompressionResult r = h.compress(LOG, CompressionHints.NONE.withKind(ContentKind.LOG));

        assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(r.text()).isEqualTo(LOG);
        assertThat(r.handles()).isEmpty();
        assertThat(r.strategy()).isEqualTo("timed-out:log");
        assertThat(h.stats().timeouts()).isEqualTo(1);
        assertThat(h.stats().failures()).isZero();
        assertThat(h.stats().passThroughs()).isEqualTo(1);
        assertThat(store.weightedSize()).as("nothing stored for a call that timed out").isZero();
    }

    @Test
    void should_stop_the_red_team_code_input_at_the_budget() {
        // "func main() {{" 4,000 times: 60 KB that took 20 s before error counting became linear
        String go = "package main\n" + "func main() {{\n".repeat(4000);
        Headroom h = Headroom.builder().timeBudget(Duration.ofMillis(30)).build();

        CompressionResult r = h.compress(go, CompressionHints.NONE.withKind(ContentKind.CODE));

        assertThat(r.outcome()).isIn(Outcome.TIMED_OUT, Outcome.NOT_SMALLER);
        assertThat(r.text()).isEqualTo(go);
    }

    @Test
    void should_apply_the_default_budget_and_allow_none() {
        assertThat(Headroom.builder().build().config().timeBudget()).isEqualTo(HeadroomConfig.DEFAULT_TIME_BUDGET);
        Headroom unbounded = Headroom.builder().timeBudget(Duration.ZERO).compressor(ContentKind.LOG, (input, ctx) -> {
            assertThat(ctx.deadline().isBounded()).isFalse();
            return Compressed.unchanged(input, "checked");
        }).build();

        assertThat(unbounded.compress(LOG, CompressionHints.NONE.withKind(ContentKind.LOG)).strategy()).isEqualTo("none:checked");
    }

    @Test
    void should_pass_through_when_no_compression_slot_frees_within_the_budget() throws Exception {
        // given: one slot, held by a compression that waits for the test (it ignores its own deadline)
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Compressor blocking = (input, ctx) -> {
            if (input.startsWith("hold")) {
                holding.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Compressed.unchanged(input, "done");
        };
        // a budget long enough for the first call to reach its compressor on a loaded machine
        Headroom h = Headroom.builder().timeBudget(Duration.ofSeconds(1)).maxConcurrentCompressions(1)
                .compressor(ContentKind.LOG, blocking).build();
        CompletableFuture<CompressionResult> first =
                CompletableFuture.supplyAsync(() -> h.compress("hold\n" + LOG, CompressionHints.NONE.withKind(ContentKind.LOG)));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        CompressionResult waited;
        long ms;
        try {
            // when: a second call finds the only slot taken
            long start = System.nanoTime();
            waited = h.compress(LOG, CompressionHints.NONE.withKind(ContentKind.LOG));
            ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        } finally {
            release.countDown();
        }

        // then: it waited for a slot within its budget, then passed the input through
        assertThat(waited.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(waited.strategy()).isEqualTo("timed-out:waiting-for-a-slot");
        assertThat(waited.text()).isEqualTo(LOG);
        assertThat(ms).as("waited for the slot before giving up").isGreaterThanOrEqualTo(900);
        first.get(10, TimeUnit.SECONDS);
        // and the slot is free again once the first call is done
        assertThat(h.compress("short\n" + LOG, CompressionHints.NONE.withKind(ContentKind.LOG)).strategy()).isNotEqualTo("timed-out:waiting-for-a-slot");
    }

    @Test
    void should_default_to_one_compression_slot_per_processor() {
        assertThat(Headroom.builder().build().config().maxConcurrentCompressions())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(Headroom.builder().maxConcurrentCompressions(0).build().config().maxConcurrentCompressions()).isZero();
    }
}

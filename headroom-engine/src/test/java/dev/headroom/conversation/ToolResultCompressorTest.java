package dev.headroom.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.ccr.RetrieveTool;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ToolResultCompressorTest {

    private static String orders() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"id\":\"ORD-%d\",\"status\":\"%s\",\"total\":%d.%02d,\"currency\":\"EUR\"}",
                    10_000 + i, i == 187 ? "FAILED" : "SHIPPED", 20 + i % 50, i % 100));
        }
        return sb.append("]").toString();
    }

    @Test
    void should_resend_a_seen_tool_result_as_the_same_text_whatever_the_question() {
        ToolResultCompressor c = ToolResultCompressor.of(Headroom.builder().timeBudget(Duration.ZERO).build());
        String out = orders();

        CompressionResult first = c.compress("listOrders", out, CompressionHints.query("which order failed?"));
        CompressionResult again = c.compress("listOrders", out, CompressionHints.query("what is the total of ORD-10042?"));

        assertThat(first.compressed()).isTrue();
        assertThat(again.text()).isEqualTo(first.text());
    }

    @Test
    void should_never_compress_retrieve_results() {
        ToolResultCompressor c = ToolResultCompressor.of(Headroom.builder().timeBudget(Duration.ZERO).build());

        CompressionResult r = c.compress(RetrieveTool.NAME, orders(), CompressionHints.NONE);

        assertThat(r.text()).isEqualTo(orders());
        assertThat(r.handles()).isEmpty();
    }

    @Test
    void should_pass_small_results_through() {
        ToolResultCompressor c = ToolResultCompressor.of(Headroom.builder().timeBudget(Duration.ZERO).build());

        CompressionResult r = c.compress("ping", "{\"ok\":true}", CompressionHints.NONE);

        assertThat(r.outcome()).isEqualTo(Outcome.BELOW_THRESHOLD);
        assertThat(r.text()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void should_send_each_distinct_result_to_the_engine_once_and_count_resends() {
        // given
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).build();
        ToolResultCompressor c = ToolResultCompressor.of(h);
        String small = "{\"ok\":true}";

        // when: a conversation sends a small and a large result, then resends both twice
        for (int i = 0; i < 3; i++) {
            c.compress("ping", small, CompressionHints.NONE);
            c.compress("listOrders", orders(), CompressionHints.NONE);
        }

        // then
        assertThat(h.stats().calls()).isEqualTo(2);
        assertThat(h.stats().compressions()).isEqualTo(1);
        assertThat(h.stats().passThroughs()).isEqualTo(1);
        assertThat(c.resends()).isEqualTo(4);
    }

    @Test
    void should_remember_a_result_below_the_token_threshold_but_above_it_in_bytes_once() {
        // given: 630 bytes of long words, well under 200 tokens
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).build();
        ToolResultCompressor c = ToolResultCompressor.of(h);
        String text = "internationalization ".repeat(30);

        // when
        CompressionResult first = c.compress("status", text, CompressionHints.NONE);
        CompressionResult again = c.compress("status", new String(text.toCharArray()), CompressionHints.NONE);

        // then
        assertThat(first.outcome()).isEqualTo(Outcome.BELOW_THRESHOLD);
        assertThat(again).isSameAs(first);
        assertThat(h.stats().calls()).isEqualTo(1);
        assertThat(c.resends()).isEqualTo(1);
    }

    @Test
    void should_count_a_small_result_again_in_another_scope() {
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).build();
        ToolResultCompressor c = ToolResultCompressor.of(h);

        CompressionResult a = c.compress("ping", "pong", CompressionHints.NONE.withScope("tenant-a"));
        CompressionResult b = c.compress("ping", "pong", CompressionHints.NONE.withScope("tenant-b"));

        assertThat(a.text()).isEqualTo("pong");
        assertThat(b.text()).isEqualTo("pong");
        assertThat(h.stats().calls()).isEqualTo(2);
        assertThat(c.resends()).isZero();
    }

    @Test
    void should_keep_scopes_apart_in_the_memo_and_the_store() {
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).build();
        ToolResultCompressor c = ToolResultCompressor.of(h);

        CompressionResult a = c.compress("listOrders", orders(), CompressionHints.NONE.withScope("tenant-a"));
        String handle = a.handles().get(0);

        assertThat(h.retrieve(handle, null, "tenant-a").found()).isTrue();
        assertThat(h.retrieve(handle, null, "tenant-b").found()).isFalse();
    }
}

package dev.headroom.conversation.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptCacheTest {

    /** A request of blocks named by letters, each of {@code tokens} tokens. */
    static List<PromptBlock> blocks(String names, int tokens) {
        List<PromptBlock> out = new ArrayList<>();
        for (char c : names.toCharArray()) {
            out.add(new PromptBlock(String.valueOf(c), tokens));
        }
        return out;
    }

    static List<PromptBlock> concat(List<PromptBlock> a, List<PromptBlock> b) {
        List<PromptBlock> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void should_bill_openai_the_longest_shared_prefix_in_128_token_steps_once_it_reaches_1024() {
        PromptCache cache = new PromptCache(CachePricing.OPENAI_AUTOMATIC);

        RequestCost first = cache.charge(blocks("abcd", 300));     // 1,200 tokens, nothing cached yet
        RequestCost second = cache.charge(blocks("abcde", 300));   // shares 1,200 -> 1,152 cached
        RequestCost small = new PromptCache(CachePricing.OPENAI_AUTOMATIC).quote(blocks("ab", 300));

        assertThat(first.readTokens()).isZero();
        assertThat(first.weighted()).isEqualTo(1_200);
        assertThat(second.readTokens()).isEqualTo(1_152);
        assertThat(second.fullTokens()).isEqualTo(1_500 - 1_152);
        assertThat(second.weighted()).isEqualTo(1_152 * 0.1 + 348, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(small.readTokens()).isZero();
    }

    @Test
    void should_lose_the_whole_openai_prefix_after_the_first_changed_block() {
        PromptCache cache = new PromptCache(CachePricing.OPENAI_AUTOMATIC);
        cache.charge(blocks("tsabcd", 300));

        RequestCost toolsChanged = cache.charge(blocks("tRsabcde", 300));

        assertThat(toolsChanged.readTokens()).isZero(); // only 300 tokens shared: below the minimum
    }

    @Test
    void should_not_cache_anthropic_prompts_below_the_minimum_and_write_the_rest_at_the_write_price() {
        PromptCache cache = new PromptCache(CachePricing.ANTHROPIC_LAST_MESSAGE);

        RequestCost tiny = cache.charge(blocks("ab", 300));
        RequestCost first = cache.charge(blocks("abcd", 300));
        RequestCost second = cache.charge(blocks("abcdef", 300));

        assertThat(tiny.writtenTokens()).isZero();
        assertThat(tiny.weighted()).isEqualTo(600);
        assertThat(first.readTokens()).isZero(); // the 600-token request was never written
        assertThat(first.writtenTokens()).isEqualTo(1_200);
        assertThat(first.weighted()).isEqualTo(1_200 * 1.25);
        assertThat(second.readTokens()).isEqualTo(1_200);
        assertThat(second.writtenTokens()).isEqualTo(600);
        assertThat(second.weighted()).isEqualTo(1_200 * 0.1 + 600 * 1.25, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void should_find_an_anthropic_entry_only_within_the_lookback() {
        PromptCache cache = new PromptCache(CachePricing.ANTHROPIC_LAST_MESSAGE);
        cache.charge(blocks("abcdefghij", 200));

        RequestCost near = cache.quote(concat(blocks("abcdefghij", 200), blocks("k".repeat(20), 10)));
        RequestCost far = cache.quote(concat(blocks("abcdefghij", 200), blocks("k".repeat(21), 10)));

        assertThat(near.readTokens()).isEqualTo(2_000);
        assertThat(far.readTokens()).isZero();
    }

    @Test
    void should_bill_a_retry_of_the_same_request_from_the_cache() {
        PromptCache cache = new PromptCache(CachePricing.ANTHROPIC_LAST_MESSAGE);
        cache.charge(blocks("abcdef", 300));

        RequestCost retry = cache.charge(blocks("abcdef", 300));

        assertThat(retry.readTokens()).isEqualTo(1_800);
        assertThat(retry.writtenTokens()).isZero();
    }

    @Test
    void should_reject_impossible_pricing() {
        assertThatThrownBy(() -> new CachePricing("x", 1, -0.1, 1, 0, 1, CachePricing.Mode.AUTOMATIC_PREFIX, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CachePricing("x", 1, 0.1, 1, 0, 0, CachePricing.Mode.AUTOMATIC_PREFIX, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stepTokens");
        assertThat(CachePricing.OPENAI_AUTOMATIC.dollars(1_000_000)).isEqualTo(2.50);
    }
}

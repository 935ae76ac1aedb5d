package dev.headroom.conversation.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The context budget's cost model, checked against the prompt-cache simulation it summarises. */
class CutCostTest {

    /** Blocks named by letters; upper case letters are stubs of the lower case ones. */
    static List<PromptBlock> blocks(String names, int tokens, int stubTokens) {
        List<PromptBlock> out = new ArrayList<>();
        for (char c : names.toCharArray()) {
            out.add(new PromptBlock(String.valueOf(c), Character.isUpperCase(c) ? stubTokens : tokens));
        }
        return out;
    }

    @Test
    void should_price_the_cut_request_as_the_cache_bills_it_under_automatic_prefix_caching() {
        // given: a conversation of 8 blocks of 1,024 tokens, cached; the next request appends one more
        PromptCache cache = new PromptCache(CachePricing.OPENAI_AUTOMATIC);
        cache.charge(blocks("abcdefgh", 1_024, 128));
        double plain = cache.quote(blocks("abcdefghi", 1_024, 128)).weighted();

        // when: the cut replaces blocks c, d and e by stubs of 128 tokens; a and b stay cached
        double cut = cache.quote(blocks("abCDEfghi", 1_024, 128)).weighted();
        CutCost model = CutCost.of(CachePricing.OPENAI_AUTOMATIC, 8 * 1_024, 2 * 1_024, 3 * (1_024 - 128), 10);

        // then: the model's one-time cost is what the cache bills the cut request in excess
        assertThat(model.oneTime()).isCloseTo(cut - plain, offset(1e-6));
    }

    @Test
    void should_price_the_cut_request_as_the_cache_bills_it_under_a_last_message_breakpoint() {
        // given: the same conversation, whose earlier requests ended after b and after h
        PromptCache cache = new PromptCache(CachePricing.ANTHROPIC_LAST_MESSAGE);
        cache.charge(blocks("ab", 1_024, 128));
        cache.charge(blocks("abcdefgh", 1_024, 128));
        double plain = cache.quote(blocks("abcdefghi", 1_024, 128)).weighted();

        // when: the cut request can read only the entry that ended after b
        double cut = cache.quote(blocks("abCDEfghi", 1_024, 128)).weighted();
        CutCost model = CutCost.of(CachePricing.ANTHROPIC_LAST_MESSAGE, 8 * 1_024, 2 * 1_024, 3 * (1_024 - 128), 10);
        // without that entry, nothing can be read: the whole prompt is written again
        PromptCache alone = new PromptCache(CachePricing.ANTHROPIC_LAST_MESSAGE);
        alone.charge(blocks("abcdefgh", 1_024, 128));
        double rewritten = alone.quote(blocks("abCDEfghi", 1_024, 128)).weighted() - alone.quote(blocks("abcdefghi", 1_024, 128)).weighted();

        // then
        assertThat(model.oneTime()).isCloseTo(cut - plain, offset(1e-6));
        assertThat(CutCost.of(CachePricing.ANTHROPIC_LAST_MESSAGE, 8 * 1_024, 0, 3 * (1_024 - 128), 10).oneTime())
                .isCloseTo(rewritten, offset(1e-6));
    }

    @Test
    void should_save_on_every_later_request_what_the_removed_tokens_cost_to_read() {
        for (CachePricing pricing : List.of(CachePricing.OPENAI_AUTOMATIC, CachePricing.ANTHROPIC_LAST_MESSAGE)) {
            PromptCache plain = new PromptCache(pricing);
            plain.charge(blocks("abcdefghi", 1_024, 128));
            PromptCache cut = new PromptCache(pricing);
            cut.charge(blocks("abCDEfghi", 1_024, 128));

            double later = plain.quote(blocks("abcdefghij", 1_024, 128)).weighted()
                    - cut.quote(blocks("abCDEfghij", 1_024, 128)).weighted();

            assertThat(CutCost.of(pricing, 8 * 1_024, 2 * 1_024, 3 * (1_024 - 128), 10).savedPerTurn())
                    .as(pricing.name()).isCloseTo(later, offset(1e-6));
        }
    }

    @Test
    void should_not_cut_early_in_a_conversation_and_cut_the_same_history_once_it_has_lasted() {
        // given: a 40,000-token cached history, a cut that changes the last 30,000 tokens and removes 20,000
        CutCost early = CutCost.of(CachePricing.ANTHROPIC_LAST_MESSAGE, 40_000, 10_000, 20_000, 4);
        CutCost later = CutCost.of(CachePricing.ANTHROPIC_LAST_MESSAGE, 40_000, 10_000, 20_000, 20);

        // then: one-time (1.25 - 0.1) * 30,000 - 1.25 * 20,000 = 9,500; 0.1 * 20,000 = 2,000 saved per turn, for
        // 2 turns counted on after 4, 10 after 20
        assertThat(early.oneTime()).isCloseTo(9_500, offset(1e-6));
        assertThat(early.savedPerTurn()).isCloseTo(2_000, offset(1e-6));
        assertThat(early.expectedSaving()).isCloseTo(4_000, offset(1e-6));
        assertThat(early.pays()).isFalse();
        assertThat(later.pays()).isTrue();
    }

    @Test
    void should_need_more_turns_under_anthropic_cache_writes_than_under_automatic_caching() {
        // 4 turns counted on after 8: 0.1 * 20,000 * 4 = 8,000 against 9,500 (Anthropic) or 0.9 * 30,000 - 20,000 = 7,000 (OpenAI)
        assertThat(CutCost.of(CachePricing.OPENAI_AUTOMATIC, 40_000, 10_000, 20_000, 8).pays()).isTrue();
        assertThat(CutCost.of(CachePricing.ANTHROPIC_LAST_MESSAGE, 40_000, 10_000, 20_000, 8).pays()).isFalse();
    }

    @Test
    void should_charge_a_cut_that_changes_the_tools_for_the_whole_prefix() {
        // the retrieve tool appearing changes the prompt right after the caller's tools (500 tokens)
        CutCost atTheTail = CutCost.of(CachePricing.ANTHROPIC_LAST_MESSAGE, 40_000, 30_000, 8_000, 12);
        CutCost toolsChange = CutCost.of(CachePricing.ANTHROPIC_LAST_MESSAGE, 40_000, 500, 8_000, 12);

        assertThat(atTheTail.pays()).isTrue();
        assertThat(toolsChange.oneTime()).isGreaterThan(atTheTail.oneTime());
        assertThat(toolsChange.pays()).isFalse();
    }

    @Test
    void should_pay_at_once_when_nothing_is_cached_yet() {
        CutCost first = CutCost.of(CachePricing.ANTHROPIC_LAST_MESSAGE, 0, 0, 5_000, 1);

        assertThat(first.oneTime()).isNegative();
        assertThat(first.pays()).isTrue();
    }

    @Test
    void should_count_on_a_conversation_lasting_half_as_long_again() {
        assertThat(CutCost.expectedRemainingTurns(0)).isZero();
        assertThat(CutCost.expectedRemainingTurns(37)).isEqualTo(18.5);
        assertThat(CutCost.of(CachePricing.OPENAI_AUTOMATIC, 1_000, 0, 10, 37).expectedTurns()).isEqualTo(18.5);
    }

    @Test
    void should_reject_negative_counts() {
        assertThatThrownBy(() -> CutCost.of(CachePricing.OPENAI_AUTOMATIC, -1, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CutCost.of(CachePricing.OPENAI_AUTOMATIC, 1, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CutCost.of(null, 1, 0, 0, 1)).isInstanceOf(NullPointerException.class);
    }
}

package dev.headroom.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestUnitsTest {

    private static final Duration FOREVER = Duration.ofDays(1);

    private static RelevanceScorer fixed(float... scores) {
        return new RelevanceScorer() {
            @Override
            public float[] score(String query, List<String> units, Duration timeLeft) {
                return Arrays.copyOf(scores, units.size());
            }

            @Override
            public String name() {
                return "fixed";
            }
        };
    }

    @Test
    void should_pick_the_closest_units_above_the_floor_in_input_order() {
        int[] picked = ClosestUnits.pick(fixed(0.1f, 0.7f, 0.6f, 0.65f, 0.2f), "q", List.of("a", "b", "c", "d", "e"), 2, FOREVER);
        assertThat(picked).containsExactly(1, 3);
    }

    @Test
    void should_pick_nothing_when_no_unit_is_close_enough() {
        assertThat(ClosestUnits.pick(fixed(0.1f, 0.19f, 0.15f), "q", List.of("a", "b", "c"), 3, FOREVER)).isEmpty();
    }

    @Test
    void should_pick_a_low_scoring_unit_that_stands_out_from_the_rest_of_its_output() {
        // terse machine text: nothing reaches the absolute floor, one line stands well above the median
        int[] picked = ClosestUnits.pick(fixed(0.03f, 0.02f, 0.11f, 0.04f, 0.03f, 0.05f), "q",
                List.of("a", "b", "c", "d", "e", "f"), 3, FOREVER);
        assertThat(picked).containsExactly(2);
    }

    @Test
    void should_not_judge_standing_out_among_too_few_units() {
        assertThat(ClosestUnits.pick(fixed(0.02f, 0.15f, 0.03f), "q", List.of("a", "b", "c"), 3, FOREVER)).isEmpty();
    }

    @Test
    void should_leave_out_units_far_below_the_best_one() {
        int[] picked = ClosestUnits.pick(fixed(0.9f, 0.3f, 0.85f), "q", List.of("a", "b", "c"), 3, FOREVER);
        assertThat(picked).containsExactly(0, 2);
    }

    @Test
    void should_pick_nothing_when_any_unit_went_unscored_so_output_never_depends_on_timing() {
        assertThat(ClosestUnits.pick(fixed(0.9f, Float.NaN), "q", List.of("a", "b"), 2, FOREVER)).isEmpty();
        assertThat(ClosestUnits.scores(fixed(0.9f, Float.NaN), "q", List.of("a", "b"), FOREVER)).isNull();
    }

    @Test
    void should_pick_nothing_without_a_question_or_a_scorer() {
        assertThat(ClosestUnits.pick(fixed(0.9f), "  ", List.of("a"), 1, FOREVER)).isEmpty();
        assertThat(ClosestUnits.pick(null, "q", List.of("a"), 1, FOREVER)).isEmpty();
    }

    @Test
    void should_fall_back_to_no_picks_when_the_scorer_throws_or_answers_wrongly() {
        RelevanceScorer throwing = new RelevanceScorer() {
            @Override
            public float[] score(String query, List<String> units, Duration timeLeft) {
                throw new IllegalStateException("model gone");
            }

            @Override
            public String name() {
                return "throwing";
            }
        };
        assertThat(ClosestUnits.pick(throwing, "q", List.of("a"), 1, FOREVER)).isEmpty();
        assertThat(ClosestUnits.pick(fixed(), "q", List.of("a", "b"), 1, FOREVER)).isEmpty();
    }

    @Test
    void should_score_each_distinct_text_once_and_pick_its_first_occurrence() {
        ConceptScorer scorer = new ConceptScorer("zebra");
        int[] picked = ClosestUnits.pick(scorer, "striped animal", List.of("horse", "zebra", "horse", "zebra"), 2, FOREVER);
        assertThat(picked).containsExactly(1);
        assertThat(scorer.unitsScored.get()).isEqualTo(2);
    }

    @Test
    void should_score_at_most_the_unit_limit() {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < ClosestUnits.MAX_UNITS + 50; i++) {
            units.add("unit " + i);
        }
        units.add("zebra");
        ConceptScorer scorer = new ConceptScorer("zebra");
        assertThat(ClosestUnits.pick(scorer, "striped animal", units, 1, FOREVER)).isEmpty();
        assertThat(scorer.unitsScored.get()).isEqualTo(ClosestUnits.MAX_UNITS);
    }

    @Test
    void should_report_unknown_scorer_ids_with_what_is_available() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RelevanceScorers.forId("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no relevance scorer 'nope'")
                .hasMessageContaining("lexical");
        assertThat(RelevanceScorers.forId("lexical")).isEmpty();
        assertThat(RelevanceScorers.forId(null)).isEmpty();
    }

    @Test
    void should_offer_candidates_round_robin_over_groups_with_distinct_texts_only() {
        List<List<String>> groups = List.of(List.of("a1", "a2", "a3", "a1"), List.of("b1"), List.of("c1", "skip", "c2"));
        int[] rounds = {0};
        ClosestUnits.Candidates<String> c = ClosestUnits.roundRobin(groups, s -> s.equals("skip") ? null : s.substring(0, 2),
                () -> rounds[0]++);
        assertThat(c.items()).containsExactly("a1", "b1", "c1", "a2", "a3", "c2");
        assertThat(c.units()).containsExactly("a1", "b1", "c1", "a2", "a3", "c2");
        assertThat(rounds[0]).isEqualTo(4);
    }

    @Test
    void should_stop_offering_at_the_unit_limit_and_visit_each_item_at_most_once() {
        List<String> big = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            big.add("same");
        }
        List<List<String>> groups = new ArrayList<>();
        groups.add(big);
        for (int g = 0; g < 1_000; g++) {
            groups.add(List.of("g" + g));
        }
        int[] visited = {0};
        ClosestUnits.Candidates<String> c = ClosestUnits.roundRobin(groups, s -> {
            visited[0]++;
            return s;
        }, () -> { });
        assertThat(c.units()).hasSize(ClosestUnits.MAX_UNITS);
        assertThat(visited[0]).isLessThanOrEqualTo(1_001);
    }
}

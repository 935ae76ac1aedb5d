package dev.headroom.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LongSessionsTest {

    @Test
    void should_make_sessions_of_more_than_fifty_tool_steps_with_several_user_turns_and_one_retrieve() {
        List<Trace> sessions = LongSessions.all(42);

        assertThat(sessions).hasSize(3);
        for (Trace t : sessions) {
            long toolSteps = t.turns().stream().flatMap(turn -> turn.steps().stream()).filter(s -> !s.observations().isEmpty()).count();
            assertThat(toolSteps).as(t.name()).isGreaterThan(50);
            assertThat(t.turns()).as(t.name()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(t.turns().stream().flatMap(turn -> turn.steps().stream()).filter(s -> s.retrieveQuery() != null)).as(t.name())
                    .hasSize(1);
            assertThat(t.source()).isEqualTo(LongSessions.SOURCE);
        }
    }

    @Test
    void should_draw_mostly_small_outputs_and_a_few_large_ones() {
        List<Integer> sizes = LongSessions.all(42).stream().flatMap(t -> t.turns().stream()).flatMap(turn -> turn.steps().stream())
                .flatMap(s -> s.observations().stream()).map(String::length).sorted().toList();

        assertThat(sizes.get(sizes.size() / 2)).as("median characters").isBetween(1_000, 5_000);
        assertThat(sizes.get(sizes.size() - 1)).isGreaterThan(8_000);
        assertThat(sizes.get(0)).isLessThan(1_000);
    }

    @Test
    void should_give_the_same_sessions_for_the_same_seed_and_others_for_another() {
        assertThat(LongSessions.all(42)).isEqualTo(LongSessions.all(42));
        assertThat(LongSessions.all(7).get(0)).isNotEqualTo(LongSessions.all(42).get(0));
    }
}

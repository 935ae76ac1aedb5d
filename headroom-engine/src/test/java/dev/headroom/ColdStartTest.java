package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ColdStartTest {

    @Test
    void should_give_the_first_compressions_ten_times_the_budget_with_at_most_a_second_added() {
        ColdStart cold = new ColdStart();

        assertThat(cold.budget(Duration.ofMillis(20))).isEqualTo(Duration.ofMillis(200));
        assertThat(cold.budget(Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(1000));
        assertThat(cold.budget(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void should_give_the_configured_budget_once_the_first_compressions_have_run() {
        ColdStart cold = new ColdStart();
        for (int i = 0; i < ColdStart.COMPRESSIONS - 1; i++) {
            cold.ran();
        }
        assertThat(cold.budget(Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(1000));

        cold.ran();

        assertThat(cold.budget(Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void should_count_only_calls_that_reach_a_compressor_in_the_jvm_wide_count() {
        Headroom h = Headroom.builder().build();
        for (int i = 0; i < ColdStart.COMPRESSIONS; i++) {
            h.compress("too small to compress " + i); // below the threshold: the compressors never ran
        }
        String log = "2026-01-01 10:00:00 INFO worker handled request\n".repeat(200);
        for (int i = 0; i < ColdStart.COMPRESSIONS; i++) {
            h.compress(log + i);
        }

        assertThat(ColdStart.JVM.budget(Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(100));
    }
}

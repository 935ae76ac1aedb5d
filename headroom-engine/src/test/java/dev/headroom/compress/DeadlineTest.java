package dev.headroom.compress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void should_throw_once_the_budget_is_spent() throws InterruptedException {
        Deadline d = Deadline.after(Duration.ofMillis(10));
        d.check();
        assertThat(d.expired()).isFalse();

        Thread.sleep(30);

        assertThat(d.expired()).isTrue();
        assertThat(d.remainingNanos()).isZero();
        assertThatThrownBy(d::check).isInstanceOf(TimeBudgetExceededException.class).hasMessageContaining("10 ms")
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }

    @Test
    void should_never_expire_without_a_budget() {
        Deadline none = Deadline.none();
        none.check();
        assertThat(none.isBounded()).isFalse();
        assertThat(none.expired()).isFalse();
        assertThat(none.remainingNanos()).isEqualTo(Long.MAX_VALUE);
        assertThat(Deadline.after(Duration.ofDays(365 * 1000)).isBounded()).isFalse();
    }

    @Test
    void should_refuse_a_non_positive_budget() {
        assertThatThrownBy(() -> Deadline.after(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deadline.after(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}

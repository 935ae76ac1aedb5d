package dev.headroom.bench.workload.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.bench.workload.Rng;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinePatternTest {

    private static final long T0 = 1_710_407_520_123_456L; // 2024-03-14T09:12:00.123456Z in microseconds

    private static Draw draw(long seed) {
        return new Draw(new Rng(seed), Map.of("host", List.of(LinePattern.compile("web-${int:1-3}"))), T0, 3_600_000_000L);
    }

    @Test
    void should_format_the_record_time_in_every_style() {
        Draw d = draw(1);

        assertThat(d.fill(LinePattern.compile("${ts:MMM ppd HH:mm:ss}|${ts:yyyy-MM-dd'T'HH:mm:ss.SSSSSS}Z|${ts:epoch}|${ts:epoch.ms}|${ts:uptime}")))
                .isEqualTo("Mar 14 09:12:00|2024-03-14T09:12:00.123456Z|1710407520|1710407520.123|3600.000000");
    }

    @Test
    void should_fill_nested_choices_and_repeat_captured_values() {
        for (long seed = 0; seed < 20; seed++) {
            String line = draw(seed).fill(LinePattern.compile("${h=pick:${v:host}|db-${int:07-09}} ${=h} ${pick:{\"a\": 1}|x}"));

            String[] parts = line.split(" ", 3);
            assertThat(parts[0]).matches("web-[123]|db-0[789]");
            assertThat(parts[1]).isEqualTo(parts[0]);
            assertThat(parts[2]).isIn("{\"a\": 1}", "x");
        }
    }

    @Test
    void should_keep_sticky_values_and_count_sequences_per_sample() {
        Draw d = draw(3);
        LinePattern p = LinePattern.compile("${sticky:pid:1000-9999} ${seq:n:41}");

        String first = d.fill(p);
        String second = d.fill(p);

        assertThat(first.split(" ")[0]).isEqualTo(second.split(" ")[0]);
        assertThat(first.split(" ")[1]).isEqualTo("41");
        assertThat(second.split(" ")[1]).isEqualTo("42");
    }

    @Test
    void should_align_values_in_columns() {
        assertThat(draw(1).fill(LinePattern.compile("[${>5int:7-7}][${<4pick:ab}]"))).isEqualTo("[    7][ab  ]");
    }

    @Test
    void should_reject_an_unknown_placeholder_or_an_unclosed_one() {
        assertThatThrownBy(() -> LinePattern.compile("x ${nope:1} y")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> LinePattern.compile("x ${int:1-2")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unclosed");
    }

    @Test
    void should_give_every_log_format_distinct_event_ids_and_patterns_that_compile() {
        for (LogFormat f : FormatSamples.logFormats()) {
            assertThat(f.events()).as(f.name()).extracting(EventType::id).doesNotHaveDuplicates();
            assertThat(f.events()).as(f.name()).anyMatch(e -> e.level() == Level.ERROR);
        }
    }
}

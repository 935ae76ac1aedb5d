package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordMatcherTest {

    private final WordMatcher errors = new WordMatcher(RowSelector.ERROR_WORDS);

    @Test
    void should_find_a_word_anywhere_in_the_text() {
        assertThat(errors.in("\"payment failed\"")).isTrue();
        assertThat(errors.in("request timed out")).isTrue();
        assertThat(errors.in("all good")).isFalse();
        assertThat(errors.in("Payment FAILED")).isFalse();
    }

    @Test
    void should_fold_ascii_case_like_lowercasing_the_text() {
        assertThat(errors.inLowercaseOf("Payment FAILED")).isTrue();
        assertThat(errors.inLowercaseOf("Timed Out")).isTrue();
        assertThat(errors.inLowercaseOf("OK")).isFalse();
    }

    @Test
    void should_agree_with_lowercase_then_contains_on_non_ascii_text() {
        // the Kelvin sign lowercases to an ASCII k
        List<String> samples = List.of("TRACEBAC\u212A", "\u0130NFO fail", "caf\u00e9 ok", "\u00c9RROR", "tra\u00e7eback", "ERR\u00d6R");
        for (String s : samples) {
            String lower = s.toLowerCase(Locale.ROOT);
            boolean expected = RowSelector.ERROR_WORDS.stream().anyMatch(lower::contains);
            assertThat(errors.inLowercaseOf(s)).as(s).isEqualTo(expected);
        }
        assertThat(errors.inLowercaseOf("TRACEBAC\u212A")).isTrue();
    }

    @Test
    void should_agree_with_lowercase_then_contains_on_generated_text() {
        String[] parts = {"error", "ERROR", "Fail", "timed", " ", "out", "TIMED OUT", "tra", "ceback", "e", "r", "x", "Warn", "w",
            "\u212A", "\u0130", "\u00c9", "\u03a3", "\"", "{", "\u00e7", "1", "Exception", "crit", "ical", "unreach", "able"};
        WordMatcher warnings = new WordMatcher(RowSelector.WARNING_WORDS);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String s = sb.toString();
            String lower = s.toLowerCase(Locale.ROOT);
            assertThat(errors.inLowercaseOf(s)).as(s).isEqualTo(RowSelector.ERROR_WORDS.stream().anyMatch(lower::contains));
            assertThat(errors.in(s)).as(s).isEqualTo(RowSelector.ERROR_WORDS.stream().anyMatch(s::contains));
            assertThat(warnings.inLowercaseOf(s)).as(s).isEqualTo(lower.contains("warn"));
            assertThat(warnings.in(s)).as(s).isEqualTo(s.contains("warn"));
        }
    }
}

package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
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
}

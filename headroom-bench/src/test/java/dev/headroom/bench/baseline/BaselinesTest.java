package dev.headroom.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    @Test
    void should_truncate_to_a_prefix_within_the_token_budget() {
        String text = "The quick brown fox jumps over the lazy dog. ".repeat(50) + "Ünïcödé ✓ tail";

        String cut = NaiveTruncation.truncate(text, 20);

        assertThat(text).startsWith(cut);
        assertThat(JtokkitTokenCounter.of(Tokenizer.O200K_BASE).count(cut)).isLessThanOrEqualTo(20).isGreaterThan(15);
        assertThat(NaiveTruncation.truncate(text, 1_000_000)).isEqualTo(text);
    }

    @Test
    void should_minify_json_and_encode_it_as_toon() {
        String json = "[\n  {\"id\": 1, \"name\": \"a\"},\n  {\"id\": 2, \"name\": \"b\"}\n]";

        assertThat(JsonBaselines.minified(json)).hasValue("[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}]");
        assertThat(JsonBaselines.toon(json)).hasValue("[2]{id,name}:\n  1,a\n  2,b");
        assertThat(JsonBaselines.minified("not json")).isEmpty();
    }
}

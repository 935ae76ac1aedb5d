package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile input through the whole engine: nothing escapes, and the result is the input or valid compressed JSON. */
class JsonRobustnessTest {

    private final Headroom headroom = Headroom.builder().timeBudget(Duration.ZERO).build();

    private CompressionResult compress(String input) {
        CompressionResult[] out = new CompressionResult[1];
        assertThatCode(() -> out[0] = headroom.compress(input)).doesNotThrowAnyException();
        CompressionResult r = out[0];
        assertThat(r.outcome()).isNotEqualTo(Outcome.FAILED_OPEN);
        if (!r.compressed()) {
            assertThat(r.text()).isEqualTo(input);
        }
        return r;
    }

    @Test
    void should_compress_when_the_signal_rows_fill_the_sample_budget_exactly() {
        // given: 20 rows (a budget of ceil(2 sqrt 20) = 9 kept rows), 7 error rows plus the first and the last: 9
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 20; i++) {
            boolean error = i % 2 == 1 && i < 15;
            sb.append("  {\"id\": ").append(100 + i).append(", \"status\": \"").append(error ? "error" : "ok")
                    .append("\", \"region\": \"eu-west\"}").append(i < 19 ? ",\n" : "\n");
        }
        String input = sb.append("]").toString();

        // when: the sample pass has no budget left (it divided by it: / by zero, failed open)
        CompressionResult r = compress(input);

        // then
        assertThat(r.compressed()).isTrue();
        assertThat(r.strategy()).contains("signal=7").contains("samples=0");
        assertThat(r.text()).contains("\"error\"");
    }

    @Test
    void should_pass_malformed_json_through() {
        String input = Samples.healthChecks().replace("\"status\": \"ok\",", "\"status\": \"ok\",,");
        assertThat(compress(input).text()).isEqualTo(input);
    }

    @Test
    void should_pass_truncated_json_through() {
        String full = Samples.searchResponse();
        String input = full.substring(0, full.length() * 2 / 3);
        assertThat(compress(input).text()).isEqualTo(input);
    }

    @Test
    void should_minify_10000_deep_nesting_without_overflowing_the_stack() throws Exception {
        String input = "{\"a\": ".repeat(10_000) + "[1, 2.50, \"x\"]" + " }".repeat(10_000);

        CompressionResult r = compress(input);

        assertThat(r.compressed()).isTrue();
        assertThat(r.text()).startsWith("{\"a\":{\"a\":").contains("[1,2.50,\"x\"]");
        assertThat(r.text()).isEqualTo("{\"a\":".repeat(10_000) + "[1,2.50,\"x\"]" + "}".repeat(10_000));
    }

    @Test
    void should_pass_deep_compact_arrays_through() {
        String input = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(compress(input).text()).isEqualTo(input);
    }

    @Test
    void should_pass_empty_and_blank_input_through() {
        assertThat(compress("").text()).isEmpty();
        assertThat(compress("  \n ").text()).isEqualTo("  \n ");
    }

    @Test
    void should_pass_binary_bytes_through() {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        bytes[0] = '[';
        String input = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(compress(input).text()).isEqualTo(input);
    }

    @Test
    void should_survive_a_50_megabyte_array() {
        String row = "{\"id\":%d,\"level\":\"info\",\"msg\":\"request %d served\",\"ms\":%d}";
        StringBuilder sb = new StringBuilder(52 * 1024 * 1024).append('[');
        for (int i = 0; sb.length() < 50 * 1024 * 1024; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, row, i, i, i % 97));
        }
        String input = sb.append(']').toString();

        // the engine's default size cap passes it through untouched ...
        CompressionResult r = compress(input);
        assertThat(r.text()).isSameAs(input);

        // ... and the compressor itself handles a large part of it when asked directly
        String part = input.substring(0, input.indexOf(",{\"id\":100000,")) + "]";
        Compressed c = new JsonCompressor().compress(part, CompressionContext.builder(part).build());
        assertThat(c.elisions()).singleElement().satisfies(e -> assertThat(e.count()).isGreaterThan(99_000));
        assertThat(c.text().length()).isLessThan(part.length() / 100);
    }
}

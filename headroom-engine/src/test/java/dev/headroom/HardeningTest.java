package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ccr.Marker;
import dev.headroom.detect.ContentKind;
import dev.headroom.internal.Utf16;
import dev.headroom.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 11, items 3, 5 and 9: memory-safe input limits, well-formed output, bounded messages. */
class HardeningTest {

    private static Headroom engine() {
        return Headroom.builder().timeBudget(Duration.ZERO).build();
    }

    private static boolean encodesToValidUtf8(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
    }

    @Test
    void should_escape_unpaired_surrogates_that_json_escapes_decode_to() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            json.append("{\"id\":").append(i).append(",\"name\":\"x\\ud83d\",\"status\":\"").append(i == 7 ? "error" : "ok").append("\"},");
        }
        json.setLength(json.length() - 1);
        String input = json.append(']').toString();

        CompressionResult r = engine().compress(input);

        assertThat(r.outcome()).isEqualTo(Outcome.COMPRESSED);
        assertThat(Utf16.isWellFormed(r.text())).isTrue();
        assertThat(encodesToValidUtf8(r.text())).isTrue();
        assertThat(r.text()).contains("x\\ud83d");
    }

    @Test
    void should_not_turn_html_references_to_surrogates_into_unpaired_surrogates() {
        String page = "<html><body>" + "<p>Row &#xD800; and &#55296; and &#x1F600; here, with some words to keep.</p>\n".repeat(200) + "</body></html>";

        CompressionResult r = engine().compress(page, CompressionHints.NONE.withKind(ContentKind.HTML));

        assertThat(r.outcome()).isEqualTo(Outcome.COMPRESSED);
        assertThat(Utf16.isWellFormed(r.text())).isTrue();
        assertThat(r.text()).contains("\uFFFD").contains("\uD83D\uDE00");
    }

    @Test
    void should_replace_unpaired_surrogates_of_the_input_in_kept_lines_and_declare_it() {
        // given: a log whose first (kept) line carries a raw unpaired surrogate
        StringBuilder log = new StringBuilder("2026-12-02 10:00:00 ERROR payload x\uD83D cut\n");
        for (int i = 0; i < 400; i++) {
            log.append("2026-12-02 10:00:").append(String.format("%02d", i % 60)).append(" INFO request ").append(i).append(" served\n");
        }
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).store(InMemoryStore.create()).build();

        CompressionResult r = h.compress(log.toString(), CompressionHints.NONE.withKind(ContentKind.LOG));

        // then: the output is well-formed, and its first line declares the replacement with the original's handle
        assertThat(r.outcome()).isEqualTo(Outcome.COMPRESSED);
        assertThat(Utf16.isWellFormed(r.text())).isTrue();
        assertThat(r.text()).contains("ERROR payload x\uFFFD cut");
        Marker declared = Marker.findAll(r.text().substring(0, r.text().indexOf('\n'))).get(0);
        assertThat(declared.unit()).isEqualTo("unpaired surrogates");
        assertThat(declared.count()).isEqualTo(1);
        assertThat(h.retrieve(declared.handle()).content()).isEqualTo(log.toString());
    }

    @Test
    void should_quote_only_the_first_characters_of_an_invalid_handle() {
        String huge = "x".repeat(1 << 20);

        RetrievalResult r = engine().retrieve(huge);

        assertThat(r.status()).isEqualTo(RetrievalResult.Status.INVALID);
        assertThat(r.toolResponse().length()).isLessThan(200);
        assertThat(r.toolResponse()).contains("xxxxxxxx").contains("(1048576 characters)");
        assertThat(r.handle().length()).isLessThan(80);
        assertThat(engine().retrieve("0123456789abcdef", "q".repeat(1 << 20)).toolResponse().length()).isLessThan(400);
    }

    @Test
    void should_derive_the_input_limit_from_the_heap() {
        long mib = 1024L * 1024;
        // half of a 512 MiB heap over 2 compressions at 64 bytes per character
        assertThat(HeadroomConfig.heapDerivedMaxInputChars(512 * mib, 2)).isEqualTo((int) (256 * mib / 2 / 64));
        assertThat(HeadroomConfig.heapDerivedMaxInputChars(64L * 1024 * mib, 2)).isEqualTo(HeadroomConfig.DEFAULT_MAX_INPUT_CHARS);
        assertThat(HeadroomConfig.heapDerivedMaxInputChars(8 * mib, 64)).isEqualTo(HeadroomConfig.MIN_DEFAULT_MAX_INPUT_CHARS);
        assertThat(Headroom.builder().maxConcurrentCompressions(2).build().config().maxInputChars())
                .isEqualTo(HeadroomConfig.heapDerivedMaxInputChars(Runtime.getRuntime().maxMemory(), 2));
    }

    /**
     * The red team's case at half the size: a 12 MB JSON array under {@code -Xmx256m} (below the
     * old fixed 32 Mi limit) threw OutOfMemoryError out of compress; with the limit following the
     * heap it passes through unread. Runs in a child JVM so the small heap is real.
     */
    @Test
    void should_not_run_out_of_memory_on_a_large_input_with_a_small_heap() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), LargeInputMain.class.getName(), "12"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(out).doesNotContain("OutOfMemoryError");
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("outcome=TOO_LARGE");
    }

    /** Compresses an N-megabyte JSON array with the default configuration and prints the outcome. */
    public static final class LargeInputMain {
        public static void main(String[] args) {
            int megabytes = Integer.parseInt(args[0]);
            StringBuilder sb = new StringBuilder(megabytes << 20).append('[');
            for (int i = 0; sb.length() < megabytes << 20; i++) {
                sb.append("{\"id\":").append(i).append(",\"name\":\"item ").append(i).append("\",\"ok\":true},");
            }
            sb.setLength(sb.length() - 1);
            String json = sb.append(']').toString();
            CompressionResult r = Headroom.builder().timeBudget(Duration.ZERO).build().compress(json);
            System.out.println("outcome=" + r.outcome());
        }
    }
}

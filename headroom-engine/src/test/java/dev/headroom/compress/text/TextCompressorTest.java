package dev.headroom.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Elision;
import dev.headroom.store.InMemoryStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCompressorTest {

    static final List<String> PLAIN = List.of(
            "The team spent most of the week talking through how the release should feel to people who use it every day.",
            "Nobody wanted a big bang, so the plan grew slowly and changed shape more than once along the way.",
            "Some of the early ideas turned out to be more trouble than they were worth once we tried them for real.",
            "Others survived mostly because they were simple enough to explain over a cup of coffee.",
            "In the end the work came down to a handful of careful changes rather than one grand redesign.",
            "It is worth saying that the discussion stayed friendly even when opinions differed quite a lot.",
            "Looking back, the slow pace gave everyone time to notice problems before they reached anybody else.");

    static final List<String> FACTS = List.of(
            "The nightly job now finishes in 14 minutes instead of 41.",
            "Support for the old sync endpoint ends when Maria ships the next client.",
            "Set `retry.maxAttempts` in config/app.yaml to change how often uploads are retried.",
            "An upload that fails twice is reported as an error and kept for inspection.",
            "Details are at https://example.org/notes/sync for anyone who wants them.");

    /** A realistic memo well above the threshold: plain paragraphs with a fact now and then. */
    static String memo(int paragraphs) {
        StringBuilder sb = new StringBuilder("Release notes for the storage service.\n\n");
        for (int p = 0; p < paragraphs; p++) {
            for (int s = 0; s < PLAIN.size(); s++) {
                sb.append(PLAIN.get((p + s) % PLAIN.size())).append(s % 3 == 2 ? "\n" : " ");
            }
            if (p % 2 == 1) {
                sb.append(FACTS.get(p / 2 % FACTS.size())).append(' ');
            }
            sb.append(PLAIN.get(p % PLAIN.size())).append("\n\n");
        }
        sb.append("That is all for this release; thanks to everyone who helped.\n");
        return sb.toString();
    }

    private static Compressed compress(String text, String query, InMemoryStore store) {
        CompressionContext ctx = CompressionContext.builder(text).query(query).store(store).build();
        return new TextCompressor().compress(text, ctx);
    }

    @Test
    void should_pass_through_below_the_token_threshold() {
        // given
        String text = memo(3);

        // when
        Compressed out = compress(text, "", InMemoryStore.create());

        // then
        assertThat(out.text()).isEqualTo(text);
        assertThat(out.strategy()).isEqualTo("none:text-below-threshold");
    }

    @Test
    void should_keep_every_fact_sentence_verbatim_and_elide_plain_runs() {
        // given
        String text = memo(40);

        // when
        Compressed out = compress(text, "", InMemoryStore.create());

        // then
        assertThat(out.strategy()).isEqualTo("text:extractive");
        for (String fact : FACTS) {
            assertThat(out.text()).contains(fact);
        }
        assertThat(out.elisions()).isNotEmpty();
        assertThat(out.text().length()).isLessThan(text.length() * 3 / 4);
    }

    @Test
    void should_keep_first_and_last_sentences() {
        // given
        String text = memo(40);

        // when
        Compressed out = compress(text, "", InMemoryStore.create());

        // then
        assertThat(out.text()).startsWith("Release notes for the storage service.\n\n" + PLAIN.get(0) + " " + PLAIN.get(1));
        assertThat(out.text()).endsWith(PLAIN.get(39 % PLAIN.size())
                + "\n\nThat is all for this release; thanks to everyone who helped.\n");
    }

    @Test
    void should_store_each_elided_run_exactly_with_its_sentence_count() {
        // given
        InMemoryStore store = InMemoryStore.create();
        String text = memo(40);

        // when
        Compressed out = compress(text, "", store);

        // then
        for (Elision e : out.elisions()) {
            String run = store.get(e.handle()).content();
            assertThat(text).contains(run);
            assertThat(Segmenter.split(run)).hasSize(e.count());
            assertThat(e.unit()).isEqualTo("sentences");
            assertThat(out.text()).contains(e.render());
        }
    }

    @Test
    void should_rebuild_the_input_from_output_and_retrieved_runs() {
        // given
        InMemoryStore store = InMemoryStore.create();
        String text = memo(40);

        // when
        Compressed out = compress(text, "", store);
        String rebuilt = out.text();
        for (Elision e : out.elisions()) {
            rebuilt = rebuilt.replace(e.render(), store.get(e.handle()).content());
        }

        // then
        assertThat(rebuilt).isEqualTo(text);
    }

    @Test
    void should_keep_sentences_with_question_terms() {
        // given
        String text = memo(40);
        String asked = PLAIN.get(3);

        // when
        Compressed plain = compress(text, "", InMemoryStore.create());
        Compressed withQuery = compress(text, "what about the coffee?", InMemoryStore.create());

        // then
        assertThat(occurrences(plain.text(), asked)).isLessThan(occurrences(text, asked));
        assertThat(occurrences(withQuery.text(), asked)).isEqualTo(occurrences(text, asked));
    }

    private static int occurrences(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void should_keep_fenced_code_blocks_whole() {
        // given
        String code = "```\nthe quick brown fox jumps over the lazy dog\nand then it rests for a while in the shade\n```\n";
        String text = memo(20) + "\n" + code + "\n" + memo(20);

        // when
        Compressed out = compress(text, "", InMemoryStore.create());

        // then
        assertThat(out.text()).contains(code);
    }
}

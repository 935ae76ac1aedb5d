package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.InMemoryStore;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.SqliteStore;
import dev.headroom.store.StoreLookup;
import dev.headroom.store.StoreUnavailableException;
import dev.headroom.testing.Inputs;
import java.time.Duration;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadroomTest {

    private static final String BIG = bigText();

    /** What the detector routes {@link #BIG} as: lines that repeat one template. */
    private static final ContentKind BIG_KIND = ContentKind.LINES;

    private static String bigText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("line ").append(i).append(" of a tool output with a few ordinary words\n");
        }
        return sb.toString();
    }

    /** Keeps the first line and declares the rest elided, against the whole original. */
    private static final Compressor FIRST_LINE_ONLY = (input, ctx) -> {
        String[] lines = input.split("\n");
        String text = lines[0] + "\n" + ctx.elide(lines.length - 1, "lines").render();
        return new Compressed(text, "first-line", List.of(ctx.elide(lines.length - 1, "lines")));
    };

    private static Headroom withCompressor(Compressor c, OriginalStore store) {
        return Headroom.builder().timeBudget(Duration.ZERO).store(store).compressor(BIG_KIND, c).build();
    }

    @Test
    void should_pass_small_inputs_through_unchanged() {
        Headroom h = withCompressor(FIRST_LINE_ONLY, InMemoryStore.create());

        CompressionResult r = h.compress("short tool output");

        assertThat(r.outcome()).isEqualTo(Outcome.BELOW_THRESHOLD);
        assertThat(r.text()).isEqualTo("short tool output");
        assertThat(r.handles()).isEmpty();
    }

    @Test
    void should_store_the_original_before_declaring_it_elided() {
        InMemoryStore store = InMemoryStore.create();
        Headroom h = withCompressor(FIRST_LINE_ONLY, store);

        CompressionResult r = h.compress(BIG);

        assertThat(r.outcome()).isEqualTo(Outcome.COMPRESSED);
        assertThat(r.tokensAfter()).isLessThan(r.tokensBefore());
        assertThat(r.handles()).hasSize(1);
        assertThat(r.text()).contains("[headroom: 199 lines elided, original kept; retrieve handle=" + r.handles().get(0) + "]");
        assertThat(h.retrieve(r.handles().get(0)).content()).isEqualTo(BIG);
    }

    @Test
    void should_give_identical_content_the_identical_handle() {
        Headroom a = withCompressor(FIRST_LINE_ONLY, InMemoryStore.create());
        Headroom b = withCompressor(FIRST_LINE_ONLY, InMemoryStore.create());

        assertThat(a.compress(BIG).handles()).isEqualTo(b.compress(BIG).handles());
        assertThat(a.compress(BIG).text()).isEqualTo(b.compress(BIG).text());
    }

    @Test
    void should_fail_open_when_the_compressor_throws() {
        List<Throwable> seen = new ArrayList<>();
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO)
                .compressor(BIG_KIND, (in, ctx) -> {
                    throw new IllegalStateException("boom");
                })
                .listener(new HeadroomListener() {
                    @Override
                    public void onFailure(Throwable error, CompressionHints hints) {
                        seen.add(error);
                    }
                })
                .build();

        CompressionResult r = h.compress(BIG);

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED_OPEN);
        assertThat(r.text()).isEqualTo(BIG);
        assertThat(h.stats().failures()).isEqualTo(1);
        assertThat(seen).singleElement().extracting(Throwable::getMessage).isEqualTo("boom");
    }

    @Test
    void should_fail_open_on_stack_overflow() {
        Headroom h = withCompressor((in, ctx) -> {
            throw new StackOverflowError();
        }, InMemoryStore.create());

        assertThat(h.compress(BIG).outcome()).isEqualTo(Outcome.FAILED_OPEN);
    }

    @Test
    void should_pass_through_when_the_store_is_down_so_no_handle_lacks_an_original() {
        OriginalStore down = new OriginalStore() {
            @Override
            public void put(String key, String content) {
                throw new StoreUnavailableException("down", "connection refused", null);
            }

            @Override
            public StoreLookup get(String key) {
                throw new StoreUnavailableException("down", "connection refused", null);
            }

            @Override
            public String name() {
                return "down";
            }
        };
        Headroom h = withCompressor(FIRST_LINE_ONLY, down);

        CompressionResult r = h.compress(BIG);

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED_OPEN);
        assertThat(r.text()).isEqualTo(BIG);
        assertThat(r.handles()).isEmpty();
        assertThat(h.retrieve("0123456789abcdef").status()).isEqualTo(RetrievalResult.Status.UNAVAILABLE);
    }

    @Test
    void should_pass_an_input_through_without_a_handle_when_its_original_exceeds_the_store_cap(@TempDir Path dir) {
        // given: a ~750 KB JSON array the default engine compresses with handles
        String input = Inputs.json(new Random(2), 3000);
        assertThat(Headroom.builder().timeBudget(Duration.ZERO).build().compress(input).handles()).isNotEmpty();
        List<OriginalStore> small = List.of(InMemoryStore.builder().maxChars(100_000).build(),
                SqliteStore.builder(dir.resolve("small.db")).maxChars(100_000).build());

        for (OriginalStore store : small) {
            try (store) {
                Headroom h = Headroom.builder().timeBudget(Duration.ZERO).store(store).build();

                // when
                CompressionResult r = h.compress(input);

                // then
                assertThat(r.outcome()).as(store.name()).isEqualTo(Outcome.FAILED_OPEN);
                assertThat(r.text()).isEqualTo(input);
                assertThat(r.handles()).isEmpty();
                assertThat(h.stats().failures()).isEqualTo(1);
            }
        }
    }

    @Test
    void should_reject_a_declared_elision_that_is_not_rendered() {
        Headroom h = withCompressor((in, ctx) -> new Compressed("tiny", "liar", List.of(ctx.elide(5, "rows"))),
                InMemoryStore.create());

        CompressionResult r = h.compress(BIG);

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED_OPEN);
        assertThat(r.text()).isEqualTo(BIG);
    }

    @Test
    void should_never_inflate() {
        Headroom h = withCompressor((in, ctx) -> Compressed.lossless(in + in, "doubling"), InMemoryStore.create());

        CompressionResult r = h.compress(BIG);

        assertThat(r.outcome()).isEqualTo(Outcome.NOT_SMALLER);
        assertThat(r.text()).isEqualTo(BIG);
        assertThat(r.tokensAfter()).isEqualTo(r.tokensBefore());
    }

    @Test
    void should_pass_through_inputs_above_the_size_limit_unread() {
        AtomicInteger calls = new AtomicInteger();
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).maxInputChars(1000)
                .compressor(BIG_KIND, (in, ctx) -> {
                    calls.incrementAndGet();
                    return Compressed.lossless("x", "x");
                })
                .build();

        CompressionResult r = h.compress(BIG);

        assertThat(r.outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(r.text()).isEqualTo(BIG);
        assertThat(calls).hasValue(0);
    }

    @Test
    void should_report_retrieval_misses_clearly() {
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).build();

        RetrievalResult invalid = h.retrieve("not-a-handle");
        RetrievalResult unknown = h.retrieve("0123456789abcdef");

        assertThat(invalid.status()).isEqualTo(RetrievalResult.Status.INVALID);
        assertThat(invalid.toolResponse()).contains("not a Headroom handle");
        assertThat(unknown.status()).isEqualTo(RetrievalResult.Status.NOT_FOUND);
        assertThat(unknown.toolResponse()).contains("0123456789abcdef").contains("Re-run the tool");
        assertThat(h.stats().retrievalMisses()).isEqualTo(2);
    }

    @Test
    void should_return_only_matching_lines_for_a_query() {
        Headroom h = withCompressor(FIRST_LINE_ONLY, InMemoryStore.create());
        String handle = h.compress(BIG).handles().get(0);

        RetrievalResult r = h.retrieve(handle, "line 137");
        RetrievalResult none = h.retrieve(handle, "zebra");

        assertThat(r.status()).isEqualTo(RetrievalResult.Status.FILTERED);
        assertThat(r.content()).contains("line 137 of a tool output").doesNotContain("line 12 of");
        assertThat(none.status()).isEqualTo(RetrievalResult.Status.NO_MATCH);
        assertThat(none.toolResponse()).contains("zebra").contains("only the handle");
    }

    @Test
    void should_keep_scopes_apart() {
        InMemoryStore store = InMemoryStore.create();
        Headroom h = withCompressor(FIRST_LINE_ONLY, store);
        String handle = h.compress(BIG, CompressionHints.NONE.withScope("tenant-a")).handles().get(0);

        assertThat(h.retrieve(handle, null, "tenant-a").found()).isTrue();
        assertThat(h.retrieve(handle, null, "tenant-b").status()).isEqualTo(RetrievalResult.Status.NOT_FOUND);
        assertThat(h.retrieve(handle).status()).isEqualTo(RetrievalResult.Status.NOT_FOUND);
    }

    @Test
    void should_ignore_listener_exceptions() {
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO)
                .listener(new HeadroomListener() {
                    @Override
                    public void onCompression(CompressionResult result, CompressionHints hints) {
                        throw new IllegalStateException("listener bug");
                    }
                })
                .build();

        assertThat(h.compress("hello").text()).isEqualTo("hello");
        assertThat(h.stats().calls()).isEqualTo(1);
    }

    @Test
    void should_count_tokens_before_and_after_in_stats() {
        Headroom h = withCompressor(FIRST_LINE_ONLY, InMemoryStore.create());

        CompressionResult r = h.compress(BIG);
        h.compress("small");

        HeadroomStats s = h.stats();
        assertThat(s.calls()).isEqualTo(2);
        assertThat(s.compressions()).isEqualTo(1);
        assertThat(s.passThroughs()).isEqualTo(1);
        assertThat(s.tokensSaved()).isEqualTo(r.tokensSaved());
    }
}

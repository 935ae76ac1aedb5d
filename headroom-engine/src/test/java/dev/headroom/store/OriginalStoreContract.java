package dev.headroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.Handles;
import dev.headroom.detect.ContentKind;
import dev.headroom.testing.Inputs;
import dev.headroom.testing.TestEngines;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link OriginalStore} keeps: round trip, same key same content, missing keys,
 * expiry, a size bound, no entry accepted and then dropped at once (one larger than the bound is
 * refused with {@link StoreUnavailableException}, so the engine passes the input through instead of
 * emitting a handle that points at nothing), the originals of one compression stored and evicted as a
 * unit (all or none of them, never part), and scope isolation through the engine. A store's test
 * class extends this and says how to build its stores and how to let time pass.
 */
public abstract class OriginalStoreContract {

    private final List<OriginalStore> opened = new ArrayList<>();

    /** A store with room for everything a test writes and a time to live far beyond the test. */
    protected abstract OriginalStore createStore() throws Exception;

    /** A store whose entries expire quickly; {@link #letTtlPass()} makes them expire. */
    protected abstract OriginalStore createExpiringStore() throws Exception;

    /** Lets the time to live of {@link #createExpiringStore()} pass (fake clock, or sleep). */
    protected abstract void letTtlPass() throws Exception;

    /** A store bounded to {@code maxChars} characters. */
    protected abstract OriginalStore createBoundedStore(long maxChars) throws Exception;

    /** Characters {@code store} currently counts against its bound. */
    protected abstract long heldChars(OriginalStore store);

    /** What a lookup of an expired entry reports: EXPIRED when the store remembers it, else MISSING. */
    protected StoreLookup.Status expiredStatus() {
        return StoreLookup.Status.MISSING;
    }

    /** Called with every store a test opened, before it is closed (for example to delete its keys). */
    protected void cleanUp(OriginalStore store) throws Exception {}

    /** Registers {@code store} for clean-up and returns it. */
    protected final <S extends OriginalStore> S track(S store) {
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() throws Exception {
        for (OriginalStore s : opened) {
            try {
                cleanUp(s);
            } finally {
                s.close();
            }
        }
        opened.clear();
    }

    @Test
    void should_return_what_was_put() throws Exception {
        // given
        OriginalStore store = track(createStore());
        String content = "line one\nline two: ünïcødé, emoji \uD83D\uDE00, NUL \u0000 and tab\t\r\nend";
        String key = Handles.of(content);

        // when
        store.put(key, content);

        // then
        StoreLookup got = store.get(key);
        assertThat(got.status()).isEqualTo(StoreLookup.Status.FOUND);
        assertThat(got.content()).isEqualTo(content);
    }

    @Test
    void should_return_identical_content_or_refuse_it_but_never_alter_it() throws Exception {
        OriginalStore store = track(createStore());
        String content = "lone surrogates \uD800 and \uDC00 do not survive UTF-8";
        String key = "00000000000000af";

        boolean stored;
        try {
            store.put(key, content);
            stored = true;
        } catch (StoreUnavailableException refused) {
            stored = false;
        }

        StoreLookup got = store.get(key);
        if (stored) {
            assertThat(got.content()).isEqualTo(content);
        } else {
            assertThat(got.status()).isEqualTo(StoreLookup.Status.MISSING);
        }
    }

    @Test
    void should_keep_one_entry_when_the_same_key_is_put_twice() throws Exception {
        OriginalStore store = track(createStore());
        String content = Inputs.log(new Random(1));
        String key = Handles.of(content);

        store.put(key, content);
        store.put(key, content);

        assertThat(store.get(key).content()).isEqualTo(content);
        assertThat(heldChars(store)).isLessThanOrEqualTo(2L * (key.length() + content.length()) - 1);
    }

    @Test
    void should_report_missing_for_an_unknown_key() throws Exception {
        OriginalStore store = track(createStore());

        StoreLookup got = store.get("0123456789abcdef");

        assertThat(got.status()).isEqualTo(StoreLookup.Status.MISSING);
        assertThat(got.isFound()).isFalse();
    }

    @Test
    void should_not_find_an_entry_after_its_ttl() throws Exception {
        // given
        OriginalStore store = track(createExpiringStore());
        store.put("00000000000000aa", "short-lived");
        assertThat(store.get("00000000000000aa").isFound()).isTrue();

        // when
        letTtlPass();

        // then
        assertThat(store.get("00000000000000aa").status()).isEqualTo(expiredStatus());
    }

    @Test
    void should_stay_within_its_bound_when_more_is_put_than_fits() throws Exception {
        // given
        long bound = 20_000;
        OriginalStore store = track(createBoundedStore(bound));
        Random random = new Random(7);
        List<String> keys = new ArrayList<>();

        // when
        for (int i = 0; i < 100; i++) {
            String content = i + ":" + "x".repeat(900 + random.nextInt(200));
            String key = Handles.of(content);
            keys.add(key);
            store.put(key, content);
            assertThat(heldChars(store)).as("held after put %d", i).isLessThanOrEqualTo(bound);
        }

        // then
        long found = keys.stream().filter(k -> store.get(k).isFound()).count();
        assertThat(found).as("entries still held").isPositive().isLessThan(keys.size());
        assertThat(store.get(keys.get(0)).isFound()).as("the first entry was evicted").isFalse();
        assertThat(store.get(keys.get(keys.size() - 1)).isFound()).as("the last entry is kept").isTrue();
    }

    @Test
    void should_refuse_an_entry_larger_than_its_bound_instead_of_dropping_it() throws Exception {
        // given
        long bound = 10_000;
        OriginalStore store = track(createBoundedStore(bound));
        String content = "an original too big for the store\n".repeat(600);
        String key = Handles.of(content);

        // when / then
        assertThatThrownBy(() -> store.put(key, content))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("not stored");
        assertThat(store.get(key).status()).isEqualTo(StoreLookup.Status.MISSING);
        assertThat(heldChars(store)).isLessThanOrEqualTo(bound);
    }

    @Test
    void should_hold_every_entry_it_accepted_right_after_the_put_even_when_full() throws Exception {
        // given: a store already filled to its bound
        long bound = 20_000;
        OriginalStore store = track(createBoundedStore(bound));
        Random random = new Random(13);
        for (int i = 0; i < 40; i++) {
            String filler = "filler " + i + ":" + "f".repeat(900 + random.nextInt(200));
            store.put(Handles.of(filler), filler);
        }

        // when / then: each new entry, small or close to the largest one accepted, is there at once
        for (int i = 0; i < 30; i++) {
            String content = "new " + i + ":" + "n".repeat(i % 5 == 4 ? 4_500 : 200 + random.nextInt(1_500));
            String key = Handles.of(content);
            store.put(key, content);
            assertThat(store.get(key).content()).as("entry %d right after its put", i).isEqualTo(content);
            assertThat(heldChars(store)).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void should_pass_the_input_through_without_a_handle_when_its_original_does_not_fit() throws Exception {
        // given
        long bound = 10_000;
        OriginalStore store = track(createBoundedStore(bound));
        Headroom headroom = TestEngines.eliding(store);
        String log = Inputs.log(new Random(17), 400);
        assertThat((long) log.length()).isGreaterThan(2 * bound);

        // when
        CompressionResult r = headroom.compress(log, CompressionHints.NONE.withKind(ContentKind.LOG));

        // then
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED_OPEN);
        assertThat(r.text()).isEqualTo(log);
        assertThat(r.handles()).isEmpty();
        assertThat(headroom.stats().failures()).isEqualTo(1);
        assertThat(headroom.retrieve(Handles.of(log)).status()).isEqualTo(RetrievalResult.Status.NOT_FOUND);
    }

    @Test
    void should_retrieve_only_from_the_scope_it_was_compressed_in() throws Exception {
        // given
        Headroom headroom = TestEngines.eliding(track(createStore()));
        String log = Inputs.log(new Random(3));
        CompressionResult r = headroom.compress(log, CompressionHints.NONE.withKind(ContentKind.LOG).withScope("tenant-a"));
        assertThat(r.handles()).isNotEmpty();
        String handle = Handles.of(log);
        assertThat(r.handles()).contains(handle);

        // when / then
        RetrievalResult same = headroom.retrieve(handle, null, "tenant-a");
        assertThat(same.status()).isEqualTo(RetrievalResult.Status.FOUND);
        assertThat(same.content()).isEqualTo(log);
        assertThat(headroom.retrieve(handle, null, "tenant-b").status()).isEqualTo(RetrievalResult.Status.NOT_FOUND);
        assertThat(headroom.retrieve(handle).status()).isEqualTo(RetrievalResult.Status.NOT_FOUND);
        assertThat(headroom.retrieve(handle, null, "").status()).isEqualTo(RetrievalResult.Status.NOT_FOUND);
    }

    @Test
    void should_not_serve_an_unscoped_original_to_a_scoped_retrieve() throws Exception {
        Headroom headroom = TestEngines.eliding(track(createStore()));
        String log = Inputs.log(new Random(4));
        CompressionResult r = headroom.compress(log, CompressionHints.NONE.withKind(ContentKind.LOG));
        String handle = Handles.of(log);
        assertThat(r.handles()).contains(handle);

        assertThat(headroom.retrieve(handle).content()).isEqualTo(log);
        assertThat(headroom.retrieve(handle, null, "tenant-a").status()).isEqualTo(RetrievalResult.Status.NOT_FOUND);
    }

    @Test
    void should_retrieve_every_handle_byte_identical_through_the_engine() throws Exception {
        Headroom headroom = TestEngines.eliding(track(createStore()));
        Random random = new Random(11);
        for (int i = 0; i < 20; i++) {
            String input = Inputs.compressible(random);
            CompressionResult r = headroom.compress(input, CompressionHints.NONE.withScope("conv-" + (i % 3)));
            assertThat(r.handles()).as("input %d produced handles", i).isNotEmpty();
            for (String handle : r.handles()) {
                RetrievalResult got = headroom.retrieve(handle, null, "conv-" + (i % 3));
                assertThat(got.found()).isTrue();
                assertThat(Handles.of(got.content())).as("content of %s hashes to its handle", handle).isEqualTo(handle);
            }
        }
    }

    // ---- all-or-nothing units (issue 11, item 2) ----

    private static Map<String, String> unit(String tag, int entries, int chars) {
        Map<String, String> unit = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            String piece = tag + "-" + i + ":";
            String content = piece.repeat(chars / piece.length() + 1).substring(0, chars);
            unit.put(Handles.of(content), content);
        }
        return unit;
    }

    private static int present(OriginalStore store, Map<String, String> unit) {
        int n = 0;
        for (Map.Entry<String, String> e : unit.entrySet()) {
            StoreLookup got = store.get(e.getKey());
            if (got.isFound()) {
                assertThat(got.content()).isEqualTo(e.getValue());
                n++;
            }
        }
        return n;
    }

    @Test
    void should_refuse_a_unit_larger_than_its_bound_and_store_none_of_it() throws Exception {
        OriginalStore store = track(createBoundedStore(10_000));
        Map<String, String> tooBig = unit("big", 4, 3_000);

        assertThatThrownBy(() -> store.putAll(tooBig)).isInstanceOf(StoreUnavailableException.class);

        assertThat(present(store, tooBig)).isZero();
    }

    @Test
    void should_hold_every_entry_of_a_unit_right_after_writing_it_even_when_full() throws Exception {
        OriginalStore store = track(createBoundedStore(10_000));
        for (int round = 0; round < 6; round++) {
            Map<String, String> unit = unit("r" + round, 3, 2_900);

            store.putAll(unit);

            assertThat(present(store, unit)).as("round %d", round).isEqualTo(3);
            assertThat(heldChars(store)).isLessThanOrEqualTo(10_000);
        }
    }

    @Test
    void should_evict_a_unit_whole_never_part_of_it() throws Exception {
        OriginalStore store = track(createBoundedStore(10_000));
        List<Map<String, String>> written = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            Map<String, String> unit = unit("u" + round, 1 + round % 3, 1_400 + 100 * (round % 4));
            store.putAll(unit);
            written.add(unit);

            for (int i = 0; i < written.size(); i++) {
                int n = present(store, written.get(i));
                assertThat(n).as("unit %d after round %d: all or none of its %d entries", i, round, written.get(i).size())
                        .isIn(0, written.get(i).size());
            }
        }
        assertThat(present(store, written.get(0))).as("the oldest unit was evicted").isZero();
    }

    @Test
    void should_keep_every_handle_of_one_compression_retrievable_or_pass_the_input_through() throws Exception {
        // the red team's shape: a grep output whose per-file originals together exceed the bound, each one fitting
        OriginalStore store = track(createBoundedStore(500_000));
        Headroom headroom = Headroom.builder().store(store).timeBudget(Duration.ZERO).build();
        StringBuilder grep = new StringBuilder();
        for (int f = 0; f < 8; f++) {
            for (int line = 1; line <= 1_200; line++) {
                grep.append("src/main/java/org/example/service/Module").append(f).append(".java:").append(line)
                        .append(":        result = retryPolicy.apply(request, attempt").append(line % 7).append(");\n");
            }
        }
        String input = grep.toString();
        assertThat(input.length()).isGreaterThan(500_000);

        CompressionResult r = headroom.compress(input, CompressionHints.query("retry policy").withKind(ContentKind.SEARCH));

        if (r.compressed()) {
            for (String handle : r.handles()) {
                assertThat(headroom.retrieve(handle).found()).as("handle %s", handle).isTrue();
            }
        } else {
            assertThat(r.text()).isEqualTo(input);
            assertThat(r.handles()).isEmpty();
        }
    }
}

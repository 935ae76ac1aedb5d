package dev.headroom.compress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.Marker;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rules every compressor must keep (DESIGN.md principles 1-3 and 7). A compressor's test class
 * extends this and supplies realistic samples; the contract runs them through the engine.
 */
public abstract class CompressorContract {

    /** The kind the compressor is registered for. */
    protected abstract ContentKind kind();

    /** A fresh compressor. */
    protected abstract Compressor compressor();

    /** Realistic inputs of this kind; at least one must compress. */
    protected abstract List<String> samples();

    /** The question passed as a hint, if any. */
    protected String query() {
        return "";
    }

    private Headroom engine(InMemoryStore store) {
        return Headroom.builder().timeBudget(Duration.ZERO).minTokens(0).store(store).compressor(kind(), compressor()).build();
    }

    private CompressionResult run(Headroom h, String input) {
        return h.compress(input, CompressionHints.query(query()).withKind(kind()));
    }

    @Test
    void should_be_deterministic_across_instances() {
        for (String s : samples()) {
            String a = run(engine(InMemoryStore.create()), s).text();
            String b = run(engine(InMemoryStore.create()), s).text();
            assertThat(a).as("second run of the same input").isEqualTo(b);
        }
    }

    @Test
    void should_never_inflate() {
        Headroom h = engine(InMemoryStore.create());
        for (String s : samples()) {
            CompressionResult r = run(h, s);
            assertThat(r.tokensAfter()).isLessThanOrEqualTo(r.tokensBefore());
            if (!r.compressed()) {
                assertThat(r.text()).isEqualTo(s);
            }
        }
    }

    @Test
    void should_compress_at_least_one_sample() {
        Headroom h = engine(InMemoryStore.create());
        assertThat(samples()).anySatisfy(s -> assertThat(run(h, s).compressed()).isTrue());
    }

    @Test
    void should_render_every_declared_elision_and_nothing_undeclared() {
        Headroom h = engine(InMemoryStore.create());
        for (String s : samples()) {
            CompressionResult r = run(h, s);
            if (!r.compressed()) {
                continue;
            }
            List<Marker> inOutput = new ArrayList<>(Marker.findAll(r.text()));
            for (Marker m : Marker.findAll(s)) {
                inOutput.remove(m);
            }
            List<Marker> declared = new ArrayList<>();
            for (Elision e : r.elisions()) {
                declared.add(e.marker());
            }
            assertThat(inOutput).as("markers in the output vs declared elisions").containsExactlyInAnyOrderElementsOf(declared);
        }
    }

    @Test
    void should_retrieve_every_handle_byte_identical() {
        InMemoryStore store = InMemoryStore.create();
        Headroom h = engine(store);
        for (String s : samples()) {
            CompressionResult r = run(h, s);
            for (String handle : r.handles()) {
                RetrievalResult got = h.retrieve(handle);
                assertThat(got.found()).as("handle %s is retrievable", handle).isTrue();
                assertThat(s).as("the retrieved text is the input or a verbatim part of it").contains(got.content());
            }
        }
    }

    @Test
    void should_fail_open_on_garbage() {
        Headroom h = engine(InMemoryStore.create());
        Random random = new Random(42);
        List<String> garbage = new ArrayList<>();
        garbage.add("");
        garbage.add("\u0000\u0001\u0002");
        byte[] bytes = new byte[4096];
        random.nextBytes(bytes);
        garbage.add(new String(bytes, StandardCharsets.ISO_8859_1));
        for (String s : samples()) {
            garbage.add(s.substring(0, s.length() / 2));
            garbage.add(s.substring(s.length() / 3));
            garbage.add(s.replace('\n', '\u0000'));
        }
        for (String g : garbage) {
            assertThatCode(() -> {
                        CompressionResult r = run(h, g);
                        assertThat(r.tokensAfter()).isLessThanOrEqualTo(r.tokensBefore());
                    })
                    .doesNotThrowAnyException();
        }
    }
}

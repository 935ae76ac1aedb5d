package dev.headroom;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.headroom.ccr.Handles;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.StoreLookup;
import dev.headroom.testing.Inputs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Coverage-guided fuzzing of {@link Headroom#compress} with Jazzer: arbitrary bytes, arbitrary text
 * forced through each compressor, and realistic JSON, logs, search hits, diffs and code damaged by
 * fuzzer-chosen mutations. Each input is checked for: nothing escapes compress or retrieve; nothing
 * fails open (an internal exception the engine would hide); never inflates; a pass-through is the
 * input; every handle retrieves an original that hashes to it (the whole-input handle returns exactly
 * the input), and nothing from another scope; a second engine gives the same text and elisions.
 *
 * <p>In the normal test run ({@code ./mvnw verify}) each target runs once per seed in
 * {@code src/test/resources/dev/headroom/JazzerFuzzTestInputs/<method>/} (regression mode: no
 * instrumentation, a few seconds). To fuzz one target for its {@code maxDuration}:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl headroom-engine test -Dtest='JazzerFuzzTest#compress_arbitrary_bytes'
 * </pre>
 *
 * A finding fails the test and is written next to the seeds as {@code crash-<sha1>}; keep it there (it
 * becomes a regression input) once the bug is fixed. libFuzzer also writes {@code slow-unit-<sha1>} there
 * for an input that took over 10 s (instrumented): look at it, and commit it only if it shows a real
 * slowdown. Stopping a fuzz run with a signal can leave a {@code crash-} file that is no finding: rerun the
 * suite without {@code JAZZER_FUZZ} to check it. The generated corpus goes to {@code .cifuzz-corpus/}
 * (ignored by git).
 */
class JazzerFuzzTest {

    private static final int MAX_MUTATIONS = 8;
    /** Longer inputs are cut: a few KB reach every branch, and token counting junk is slow (fewer runs per second). */
    private static final int MAX_BYTES = 4096;
    /** Mutations stop growing an input past this (repeats compound: 8 of them made 20 MB inputs, 3 s each). */
    private static final int MAX_MUTATED_CHARS = 64 * 1024;

    private final Engines engines = new Engines();

    @FuzzTest(maxDuration = "5m")
    void compress_arbitrary_bytes(byte[] data) {
        engines.reset();
        byte[] bytes = data.length > MAX_BYTES ? Arrays.copyOf(data, MAX_BYTES) : data;
        // the bytes read as UTF-8 (malformed sequences become U+FFFD) and, when some byte is not ASCII
        // (else it is the same text), as Latin-1 (every byte a char), in a scope
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        check(utf8, CompressionHints.NONE);
        if (!isAscii(bytes)) {
            check(new String(bytes, StandardCharsets.ISO_8859_1), CompressionHints.NONE.withScope("tenant-a"));
        }
        // junk as handle, query and scope finds nothing and throws nothing
        RetrievalResult r = engines.a.retrieve(utf8, utf8, utf8.isEmpty() ? null : utf8);
        if (r.found()) {
            throw new AssertionError("a junk handle found content: " + r);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void compress_arbitrary_text_as_each_kind(FuzzedDataProvider data) {
        engines.reset();
        ContentKind kind = data.pickValue(ContentKind.values());
        String query = data.consumeBoolean() ? data.consumeString(24) : null;
        String input = data.consumeString(MAX_BYTES);
        // routed as told, whatever the text looks like, so garbage reaches every compressor
        check(input, CompressionHints.query(query).withKind(kind));
        check(input, CompressionHints.query(query));
    }

    @FuzzTest(maxDuration = "5m")
    void compress_mutated_tool_output(FuzzedDataProvider data) {
        engines.reset();
        Random r = new Random(data.consumeLong());
        String s;
        switch (data.consumeInt(0, 6)) {
            case 0:
                s = Inputs.json(r, 1 + data.consumeInt(0, 60));
                break;
            case 1:
                s = Inputs.log(r, 1 + data.consumeInt(0, 80));
                break;
            case 2:
                s = Inputs.search(r);
                break;
            case 3:
                s = Inputs.diff(r);
                break;
            case 4:
                s = Inputs.code(r);
                break;
            case 5:
                s = Inputs.mixed(r);
                break;
            default:
                s = Inputs.json(r, 2 + data.consumeInt(0, 30)).replace("\n", "").replace("  ", "");
                break;
        }
        int mutations = data.consumeInt(0, MAX_MUTATIONS);
        for (int m = 0; m < mutations && !s.isEmpty() && s.length() <= MAX_MUTATED_CHARS; m++) {
            s = mutate(data, s);
        }
        String query = data.consumeBoolean() ? data.consumeString(24) : null;
        String scope = data.consumeBoolean() ? "tenant-" + data.consumeInt(0, 3) : null;
        check(s, CompressionHints.query(query).withScope(scope));
    }

    /** One structure-aware edit of {@code s} at fuzzer-chosen places, with fuzzer-chosen text. */
    private static String mutate(FuzzedDataProvider data, String s) {
        int a = data.consumeInt(0, s.length());
        int b = data.consumeInt(a, s.length());
        switch (data.consumeInt(0, 9)) {
            case 0:
                return s.substring(0, a) + data.consumeString(64) + s.substring(a);
            case 1:
                return s.substring(0, a) + s.substring(b);
            case 2:
                return s.substring(0, b) + s.substring(a); // duplicate [a, b)
            case 3:
                return s.substring(0, a) + pick(data) + s.substring(a);
            case 4:
                return s.substring(0, a) + "[headroom: " + data.consumeInt(0, 1000) + " " + data.consumeString(8)
                        + " elided, original kept; retrieve handle=" + hex16(data) + "]" + s.substring(a);
            case 5:
                return s.replace("\n", data.consumeBoolean() ? "\r\n" : "\r");
            case 6:
                return s.substring(0, a) + s.substring(a, b).toUpperCase(Locale.ROOT) + s.substring(b);
            case 7:
                int times = 1 + data.consumeInt(0, 20);
                return s.substring(0, a) + s.substring(a, b).repeat((long) (b - a) * times > MAX_MUTATED_CHARS ? 2 : times)
                        + s.substring(b);
            case 8:
                return s.substring(0, a);
            default:
                return s.substring(a);
        }
    }

    private static String pick(FuzzedDataProvider data) {
        String[] tokens = {"\"", "{", "}", "[", "]", ",", ":", "null", "\"error\"", "-1e309", "\\u0000", "\u0000", "\uFEFF",
            "\uD83D\uDE00", "\uD800", "\uDC00", "\t", "\n", "\r\n", "ERROR ", "WARN ", "Exception in thread \"main\" ",
            "\tat a.B.c(B.java:1)\n", "@@ -1,3 +1,4 @@\n", "diff --git a/x b/x\n", "--- a/x\n+++ b/x\n", "+", "-", " ",
            "src/A.java:12:", "::", "class ", "def ", "func ", "}\n", "/*", "*/", "//", "<html>", "</div>", "<!--"};
        return tokens[data.consumeInt(0, tokens.length - 1)];
    }

    private static String hex16(FuzzedDataProvider data) {
        return String.format(Locale.ROOT, "%016x", data.consumeLong());
    }

    /** Compresses {@code input} and throws an {@link AssertionError} naming the first invariant it breaks. */
    private void check(String input, CompressionHints hints) {
        CompressionResult res = engines.a.compress(input, hints);
        if (res.outcome() == Outcome.FAILED_OPEN) {
            throw new AssertionError("failed open (" + res.kind() + ", " + res.strategy() + ")", engines.lastFailure);
        }
        if (res.tokensAfter() > res.tokensBefore() || (res.compressed() && res.tokensAfter() == res.tokensBefore())) {
            throw new AssertionError("inflated " + res.tokensBefore() + " -> " + res.tokensAfter() + " (" + res.strategy() + ")");
        }
        if (!res.compressed() && !res.text().equals(input)) {
            throw new AssertionError("pass-through changed the text (" + res.outcome() + ", " + res.strategy() + ")");
        }
        String whole = Handles.of(input);
        for (String h : res.handles()) {
            RetrievalResult got = engines.a.retrieve(h, null, hints.scope());
            if (got.status() != RetrievalResult.Status.FOUND || !Handles.of(got.content()).equals(h)
                    || (h.equals(whole) && !got.content().equals(input))) {
                throw new AssertionError("handle " + h + " (" + res.strategy() + ") did not retrieve its original: " + got.status()
                        + " " + got.message());
            }
            if (engines.a.retrieve(h, null, "never-compressed-here").found()) {
                throw new AssertionError("handle " + h + " found from another scope");
            }
            if (hints.query() != null) {
                RetrievalResult filtered = engines.a.retrieve(h, hints.query(), hints.scope());
                if (filtered.status() != RetrievalResult.Status.FOUND && filtered.status() != RetrievalResult.Status.FILTERED
                        && filtered.status() != RetrievalResult.Status.NO_MATCH) {
                    throw new AssertionError("query retrieval of " + h + ": " + filtered.status() + " " + filtered.message());
                }
            }
        }
        CompressionResult other = engines.b.compress(input, hints);
        if (!other.text().equals(res.text()) || !other.elisions().equals(res.elisions()) || other.tokensAfter() != res.tokensAfter()) {
            throw new AssertionError("not deterministic (" + res.strategy() + " then " + other.strategy() + ")");
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Two engines with the real compressors over stores emptied before each input, so nothing is evicted. */
    private static final class Engines {
        final MapStore storeA = new MapStore();
        final MapStore storeB = new MapStore();
        volatile Throwable lastFailure;
        final Headroom a = Headroom.builder().timeBudget(Duration.ZERO).minTokens(0).store(storeA).listener(new HeadroomListener() {
            @Override
            public void onFailure(Throwable error, CompressionHints hints) {
                lastFailure = error;
            }
        }).build();
        final Headroom b = Headroom.builder().timeBudget(Duration.ZERO).minTokens(0).store(storeB).build();

        void reset() {
            storeA.entries.clear();
            storeB.entries.clear();
            lastFailure = null;
        }
    }

    private static final class MapStore implements OriginalStore {
        final Map<String, String> entries = new ConcurrentHashMap<>();

        @Override
        public void put(String key, String content) {
            entries.put(key, content);
        }

        @Override
        public StoreLookup get(String key) {
            String v = entries.get(key);
            return v == null ? StoreLookup.missing() : StoreLookup.found(v);
        }

        @Override
        public String name() {
            return "fuzz-map";
        }
    }
}

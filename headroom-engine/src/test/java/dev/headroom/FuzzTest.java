package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ccr.Handles;
import dev.headroom.store.InMemoryStore;
import dev.headroom.testing.Inputs;
import dev.headroom.testing.TestEngines;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing (a plain generator; {@link JazzerFuzzTest} is the coverage-guided one): realistic
 * JSON, logs, search hits, diffs and code, cut and mutated, plus binary junk, go through the built-in
 * compressors and through a line-eliding engine. Nothing may escape compress or retrieve, nothing may
 * grow, and the same input must give the same text. A failure names the iteration; rerun with the
 * same seed to reproduce it. It stays next to Jazzer: thousands of inputs in every build, with no
 * agent, and through an engine that elides from every input, so part handles are retrieved too.
 */
class FuzzTest {

    private static final long SEED = 20261124L;
    /** Iterations; {@code -Dheadroom.fuzz.iterations=50000} runs a longer fuzz. */
    private static final int ITERATIONS = Integer.getInteger("headroom.fuzz.iterations", 5_000);
    private static final int MAX_CHARS = 1_500;
    private static final String[] QUERY_WORDS = {"error", "timeout", "order 1234", "status", "", "  ", "é\u0000", "payment?"};

    @Test
    void should_never_throw_inflate_or_vary_on_fuzzed_input() {
        Random random = new Random(SEED);
        List<Headroom[]> pairs = List.of(
                new Headroom[] {builtIn(), builtIn()},
                new Headroom[] {TestEngines.eliding(InMemoryStore.create()), TestEngines.eliding(InMemoryStore.create())});
        List<String> problems = new ArrayList<>();
        int compressed = 0;
        for (int i = 0; i < ITERATIONS && problems.size() < 20; i++) {
            String input = nextInput(random);
            String query = QUERY_WORDS[random.nextInt(QUERY_WORDS.length)];
            CompressionHints hints = CompressionHints.query(query).withScope(random.nextInt(4) == 0 ? "tenant-x" : null);
            for (int p = 0; p < pairs.size(); p++) {
                if (p == 1 && i % 5 != 0) {
                    continue; // the eliding engine (handles on every input) runs on every fifth input
                }
                Headroom[] pair = pairs.get(p);
                try {
                    CompressionResult a = pair[0].compress(input, hints);
                    if (a.tokensAfter() > a.tokensBefore()) {
                        problems.add(i + ": inflated " + a.tokensBefore() + " -> " + a.tokensAfter() + " (" + a.strategy() + ")");
                    }
                    if (!a.compressed() && !a.text().equals(input)) {
                        problems.add(i + ": pass-through changed the text (" + a.outcome() + ")");
                    }
                    if (a.compressed()) {
                        compressed++;
                    }
                    if (i % 4 == 0) {
                        CompressionResult b = pair[1].compress(input, hints);
                        if (!b.text().equals(a.text())) {
                            problems.add(i + ": not deterministic (" + a.strategy() + ")");
                        }
                    }
                    for (String h : a.handles()) {
                        RetrievalResult got = pair[0].retrieve(h, random.nextBoolean() ? null : query, hints.scope());
                        if (got.status() == RetrievalResult.Status.FOUND && !Handles.of(got.content()).equals(h)) {
                            problems.add(i + ": handle " + h + " returned other content");
                        }
                        if (!got.found() && got.status() != RetrievalResult.Status.NO_MATCH) {
                            problems.add(i + ": handle " + h + " not retrievable: " + got.status());
                        }
                    }
                    RetrievalResult junk = pair[0].retrieve(junkHandle(random), query, hints.scope());
                    if (junk.found()) {
                        problems.add(i + ": a junk handle found content");
                    }
                } catch (Throwable t) {
                    problems.add(i + ": " + t);
                }
            }
        }
        assertThat(problems).as("fuzz problems (seed %d)", SEED).isEmpty();
        assertThat(compressed).as("fuzzed inputs that compressed").isPositive();
    }

    private static Headroom builtIn() {
        return Headroom.builder().timeBudget(Duration.ZERO).minTokens(20).store(InMemoryStore.create()).build();
    }

    private static String nextInput(Random r) {
        if (r.nextInt(10) == 0) {
            return cut(r, Inputs.binary(r));
        }
        String s = cut(r, Inputs.any(r));
        for (int m = r.nextInt(4); m > 0; m--) {
            s = Inputs.mutate(r, s);
        }
        return s;
    }

    /** Most inputs are cut short (cheap, and broken mid-structure); one in ten keeps up to 4x as much. */
    private static String cut(Random r, String s) {
        int max = r.nextInt(10) == 0 ? 4 * MAX_CHARS : MAX_CHARS;
        return s.length() <= max ? s : s.substring(0, max / 3 + r.nextInt(max * 2 / 3));
    }

    private static String junkHandle(Random r) {
        switch (r.nextInt(4)) {
            case 0:
                return String.format(java.util.Locale.ROOT, "%016x", r.nextLong());
            case 1:
                return "";
            case 2:
                return "retrieve handle=" + r.nextInt();
            default:
                return "\u0000zz" + r.nextInt(100);
        }
    }
}

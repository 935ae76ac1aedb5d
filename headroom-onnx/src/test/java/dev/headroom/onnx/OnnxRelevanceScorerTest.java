package dev.headroom.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.relevance.ClosestUnits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer on the bundled model: meaning, ranking, determinism, concurrency, time limits, failure. */
class OnnxRelevanceScorerTest {

    private static final Duration NO_LIMIT = Duration.ofMinutes(10);

    static final String FASTAPI_QUERY = "which repository is the Python web framework for building APIs?";

    static final List<String> REPOS = List.of(
            "{\"name\": \"linux\", \"description\": \"Linux kernel source tree\", \"language\": \"C\"}",
            "{\"name\": \"react\", \"description\": \"The library for web and native user interfaces.\", \"language\": \"JavaScript\"}",
            "{\"name\": \"kubernetes\", \"description\": \"Production-Grade Container Scheduling and Management\", \"language\": \"Go\"}",
            "{\"name\": \"fastapi\", \"description\": \"FastAPI framework, high performance, easy to learn, fast to code, ready for production\", \"language\": \"Python\"}",
            "{\"name\": \"tensorflow\", \"description\": \"An Open Source Machine Learning Framework for Everyone\", \"language\": \"C++\"}",
            "{\"name\": \"rust\", \"description\": \"Empowering everyone to build reliable and efficient software.\", \"language\": \"Rust\"}",
            "{\"name\": \"vscode\", \"description\": \"Visual Studio Code\", \"language\": \"TypeScript\"}",
            "{\"name\": \"redis\", \"description\": \"For developers, who are building real-time data-driven applications, Redis is the preferred, fastest, and most feature-rich cache, data structure server, and document and vector query engine.\", \"language\": \"C\"}",
            "{\"name\": \"ohmyzsh\", \"description\": \"A delightful community-driven framework for managing your zsh configuration.\", \"language\": \"Shell\"}",
            "{\"name\": \"spring-boot\", \"description\": \"Spring Boot helps you to create Spring-powered, production-grade applications and services with absolute minimum fuss.\", \"language\": \"Java\"}");

    private static OnnxRelevanceScorer shared;

    @BeforeAll
    static void load() {
        shared = OnnxRelevanceScorer.builder().budget(Duration.ofSeconds(30)).build();
        assertThat(shared.warmUp()).isTrue();
    }

    @Test
    void should_find_kitten_closer_to_cat_than_revenue() {
        float[] s = shared.score("cat", List.of("kitten", "quarterly revenue"), NO_LIMIT);
        assertThat(s[0]).isGreaterThan(s[1] + 0.3f);
        assertThat(s[0]).isBetween(-1.0001f, 1.0001f);
    }

    @Test
    void should_rank_fastapi_first_for_the_python_web_framework_question() {
        float[] s = shared.score(FASTAPI_QUERY, REPOS, NO_LIMIT);
        System.out.println("scores for the FastAPI question: " + java.util.Arrays.toString(s));
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        assertThat(REPOS.get(best)).contains("\"fastapi\"");
    }

    @Test
    void should_let_the_engine_pick_the_fastapi_row() {
        int[] picked = ClosestUnits.pick(shared, FASTAPI_QUERY, REPOS, 2, Duration.ofSeconds(30));

        assertThat(picked).contains(3);
    }

    @Test
    void should_not_hold_the_first_call_longer_than_the_engine_allows() {
        OnnxRelevanceScorer fresh = OnnxRelevanceScorer.builder().build();

        long start = System.nanoTime();
        float[] s = fresh.score(FASTAPI_QUERY, REPOS, Duration.ofMillis(5));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(s).containsOnly(Float.NaN);
        assertThat(millis).isLessThan(1000); // a cold load took 0.5 to 4 s here
        assertThat(fresh.warmUp()).isTrue(); // the load went on in the background
        assertThat(fresh.loaded()).isTrue();
    }

    @Test
    void should_wait_for_the_model_on_the_first_call_when_the_engine_allows_and_not_spend_the_budget_on_it() {
        OnnxRelevanceScorer fresh = OnnxRelevanceScorer.builder().budget(Duration.ofMillis(300)).build();

        float[] s = fresh.score(FASTAPI_QUERY, REPOS, NO_LIMIT); // a cold load alone can take longer than 300 ms

        assertThat(fresh.loaded()).isTrue();
        assertThat(s).doesNotContain(Float.NaN);
    }

    @Test
    void should_give_identical_floats_whatever_was_cached_or_scored_alongside() {
        // given two fresh scorers, one of which first sees the units in another company and order
        OnnxRelevanceScorer a = OnnxRelevanceScorer.builder().budget(Duration.ofSeconds(30)).build();
        OnnxRelevanceScorer b = OnnxRelevanceScorer.builder().budget(Duration.ofSeconds(30)).build();
        List<String> reversed = new ArrayList<>(REPOS.subList(2, 7));
        java.util.Collections.reverse(reversed);
        reversed.add("an unrelated line about the weather in Zürich");
        b.score(FASTAPI_QUERY, reversed, NO_LIMIT);

        // when
        float[] first = a.score(FASTAPI_QUERY, REPOS, NO_LIMIT);
        float[] again = a.score(FASTAPI_QUERY, REPOS, NO_LIMIT);
        float[] other = b.score(FASTAPI_QUERY, REPOS, NO_LIMIT);

        // then
        assertThat(again).containsExactly(first);
        assertThat(other).containsExactly(first);
        assertThat(first).doesNotContain(Float.NaN);
    }

    @Test
    void should_give_the_single_threaded_result_to_eight_concurrent_threads() throws Exception {
        List<String> units = new ArrayList<>(REPOS);
        for (int i = 0; i < 30; i++) {
            units.add("worker-" + i + " processed batch " + (i * 7) + " with status " + (i % 3 == 0 ? "FAILED" : "ok"));
        }
        float[] expected = OnnxRelevanceScorer.builder().budget(Duration.ofSeconds(60)).build()
                .score(FASTAPI_QUERY, units, NO_LIMIT);

        OnnxRelevanceScorer concurrent = OnnxRelevanceScorer.builder().budget(Duration.ofSeconds(60)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<float[]>> calls = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                List<String> rotated = new ArrayList<>(units);
                java.util.Collections.rotate(rotated, t * 5); // each thread meets the units in another order
                int shift = t * 5;
                calls.add(() -> unrotate(concurrent.score(FASTAPI_QUERY, rotated, NO_LIMIT), shift));
            }
            for (Future<float[]> f : pool.invokeAll(calls)) {
                assertThat(f.get()).containsExactly(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static float[] unrotate(float[] scores, int shift) {
        float[] out = new float[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[(i + shift) % scores.length];
        }
        return out;
    }

    @Test
    void should_return_all_nan_quickly_and_not_load_when_no_time_is_left() throws Exception {
        OnnxRelevanceScorer fresh = OnnxRelevanceScorer.builder().build();
        Duration expired = Duration.ZERO;

        long start = System.nanoTime();
        float[] s = fresh.score(FASTAPI_QUERY, REPOS, expired);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(s).hasSize(REPOS.size()).containsOnly(Float.NaN);
        assertThat(millis).isLessThan(50);
        assertThat(fresh.loaded()).isFalse();
    }

    @Test
    void should_stop_at_its_own_budget_even_without_an_engine_deadline() {
        OnnxRelevanceScorer hurried = OnnxRelevanceScorer.builder().budget(Duration.ofNanos(1)).build();
        assertThat(hurried.warmUp()).isTrue();

        float[] s = hurried.score(FASTAPI_QUERY, REPOS, NO_LIMIT);

        assertThat(s).containsOnly(Float.NaN);
        assertThat(hurried.embeddingsComputed()).isZero();
    }

    @Test
    void should_compute_each_embedding_once_and_serve_repeats_from_the_cache() {
        OnnxRelevanceScorer fresh = OnnxRelevanceScorer.builder().budget(Duration.ofSeconds(30)).build();
        List<String> units = new ArrayList<>(REPOS);
        units.add(REPOS.get(3)); // a duplicate within one call is embedded once

        float[] first = fresh.score(FASTAPI_QUERY, units, NO_LIMIT);
        long afterFirst = fresh.embeddingsComputed();
        float[] second = fresh.score(FASTAPI_QUERY, units, NO_LIMIT);

        assertThat(afterFirst).isEqualTo(REPOS.size() + 1); // the distinct units and the query
        assertThat(fresh.embeddingsComputed()).isEqualTo(afterFirst);
        assertThat(second).containsExactly(first);
        assertThat(first[3]).isEqualTo(first[REPOS.size()]);
    }

    @Test
    void should_return_all_nan_and_log_once_when_the_model_cannot_load(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("missing-model.onnx");
        Path tokenizer = dir.resolve("tokenizer.json");
        try (java.io.InputStream in = BundledModel.openTokenizer()) {
            Files.copy(in, tokenizer); // a good tokenizer: the model is what is missing
        }
        OnnxRelevanceScorer broken = OnnxRelevanceScorer.builder().modelPath(model).tokenizerPath(tokenizer).build();
        List<LogRecord> records = new ArrayList<>();
        Logger jul = Logger.getLogger(OnnxRelevanceScorer.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        jul.addHandler(handler);
        try {
            float[] s1 = broken.score(FASTAPI_QUERY, REPOS, NO_LIMIT);
            float[] s2 = broken.score(FASTAPI_QUERY, REPOS, NO_LIMIT);

            assertThat(s1).hasSize(REPOS.size()).containsOnly(Float.NaN);
            assertThat(s2).containsOnly(Float.NaN);
            assertThat(broken.name()).isEqualTo("onnx:missing-model");
            assertThat(broken.warmUp()).isFalse();
            // (outside surefire, without ORT_DISABLE_TELEMETRY, a telemetry warning may come too: not counted)
            List<LogRecord> warnings = records.stream()
                    .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue() && !r.getMessage().contains("telemetry"))
                    .toList();
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).getMessage()).contains("cannot load the relevance model").contains("missing-model.onnx");
        } finally {
            jul.removeHandler(handler);
        }
    }

    @Test
    void should_not_throw_on_odd_input() {
        assertThat(shared.score(null, REPOS, NO_LIMIT)).hasSize(REPOS.size()).containsOnly(Float.NaN);
        assertThat(shared.score(FASTAPI_QUERY, List.of(), NO_LIMIT)).isEmpty();
        assertThat(shared.score(FASTAPI_QUERY, null, null)).isEmpty();
        List<String> withNull = new ArrayList<>(List.of("", "x".repeat(5000), "\u0000\uFFFD"));
        withNull.add(null);
        assertThat(shared.score(FASTAPI_QUERY, withNull, null)).hasSize(4).doesNotContain(Float.NaN);
    }

    @Test
    void should_name_the_bundled_model_and_report_its_budget() {
        assertThat(OnnxRelevanceScorer.builder().build().name()).isEqualTo("onnx:all-minilm-l6-v2-q");
        assertThat(OnnxRelevanceScorer.builder().build().budget()).isEqualTo(Duration.ofMillis(400));
        assertThat(shared.budget()).isEqualTo(Duration.ofSeconds(30));
    }
}

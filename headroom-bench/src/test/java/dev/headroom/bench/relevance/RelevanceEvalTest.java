package dev.headroom.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevanceEvalTest {

    @TempDir
    Path corpus;

    private QuestionSet set() throws Exception {
        Files.createDirectories(corpus.resolve("logs"));
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            log.append("2024-01-01 10:00:").append(String.format("%02d", i % 60)).append(" INFO worker-").append(i % 7)
                    .append(" processed batch ").append(1000 + i).append(" in ").append(10 + i % 13).append(" ms\n");
        }
        log.append("2024-01-01 10:59:59 ERROR disk quota exceeded on /var/data\n");
        Files.writeString(corpus.resolve("logs/app.log"), log.toString());
        String json = """
                {"heldOut": ["logs/app.log", "grep -n 'batch 1200 ' logs"], "questions": [
                  {"id": "q1", "file": "logs/app.log", "kind": "log-event", "question": "Did storage run out of room?",
                   "answer": "disk quota exceeded", "noOverlap": true},
                  {"id": "q2", "file": "logs", "grep": "batch 1200 ", "kind": "search-hit", "question": "Which worker processed batch 1200?",
                   "answer": "batch 1200 ", "noOverlap": false}
                ]}""";
        return QuestionSet.parse(new ObjectMapper().readTree(json));
    }

    @Test
    void should_compare_lexical_with_a_scorer_found_by_id() throws Exception {
        RelevanceResults r = new RelevanceEval(corpus, "test-exact").run(set());

        assertThat(r.scorerAvailable()).isTrue();
        assertThat(r.scorerName()).isEqualTo("test-exact");
        assertThat(r.results()).hasSize(2).allSatisfy(x -> {
            assertThat(x.scorer()).isNotNull();
            assertThat(x.heldOut()).isTrue();
        });
        assertThat(r.results().get(0).noOverlap()).isTrue();
        assertThat(r.results().get(1).shared()).contains("batch", "1200");
        assertThat(r.results().get(0).lexical().kept()).as("an error line is always kept").isTrue();
        assertThat(r.summary().toMarkdown()).contains("kept test-exact", "log-event", "search-hit", "held-out");
        assertThat(r.perQuestion().rows()).hasSize(2);
    }

    @Test
    void should_report_a_missing_scorer_as_not_available_and_still_measure_lexical() throws Exception {
        RelevanceResults r = new RelevanceEval(corpus, "onnx-not-here").run(set());

        assertThat(r.scorerAvailable()).isFalse();
        assertThat(r.results()).allSatisfy(x -> assertThat(x.scorer()).isNull());
        List<String> all = r.summary().rows().get(0);
        assertThat(all.get(0)).isEqualTo("all");
        assertThat(all.get(3)).isEqualTo("n/a");
        assertThat(r.toJson()).containsEntry("scorer", "not available");
    }

    @Test
    void should_reject_an_answer_that_is_not_in_its_input() throws Exception {
        QuestionSet bad = QuestionSet.parse(new ObjectMapper().readTree("""
                {"questions": [{"id": "x", "file": "logs/app.log", "kind": "log-event", "question": "q", "answer": "no such text"}]}"""));
        set();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RelevanceEval(corpus, "lexical").run(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x:");
    }
}

package dev.headroom.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The real model through the engine: a row the question shares no selective word with stays inline only with the scorer. */
class RelevanceEndToEndTest {

    private static final String[][] REPOS = {
            {"left-pad", "String padding utility for JavaScript"},
            {"lodash", "A modern JavaScript utility library delivering modularity, performance and extras"},
            {"moment", "Parse, validate, manipulate, and display dates in JavaScript"},
            {"junit5", "The programmer-friendly testing framework for Java and the JVM"},
            {"log4j2", "Apache Log4j 2 is a versatile logging framework for Java"},
            {"numpy", "The fundamental package for scientific computing with Python"},
            {"pandas", "Flexible and powerful data analysis and manipulation library for Python"},
            {"redis", "An in-memory database that persists on disk"},
            {"tokio", "A runtime for writing reliable asynchronous applications with Rust"},
            {"kubernetes", "Production-grade container scheduling and management"},
            {"terraform", "Infrastructure as code tool to build, change and version infrastructure"},
            {"ripgrep", "Recursively searches directories for a regex pattern while respecting your gitignore"},
            {"black", "The uncompromising Python code formatter"},
            {"fastapi", "FastAPI framework, high performance, easy to learn, fast to code, ready for production"},
            {"pytest", "The pytest framework makes it easy to write small tests, yet scales to support complex testing"},
            {"jq", "Command-line JSON processor"},
            {"ffmpeg", "Mirror of the audio and video converting tool"},
            {"sqlite", "Official mirror of the small, fast, self-contained SQL database engine"},
            {"vim", "The ubiquitous text editor"},
            {"htop", "An interactive process viewer"},
            {"curl", "A command line tool and library for transferring data with URL syntax"},
            {"zstd", "Fast real-time compression algorithm"},
            {"mockito", "Most popular mocking framework for unit tests written in Java"},
            {"requests", "A simple, yet elegant, HTTP library for Python"},
            {"prettier", "Opinionated code formatter for JavaScript, CSS and more"},
            {"rails-ci", "Continuous integration scripts, archived and failing since the move"},
    };

    private static String repositories() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < REPOS.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":").append(9000 + i * 37).append(",\"name\":\"").append(REPOS[i][0])
                    .append("\",\"description\":\"").append(REPOS[i][1]).append("\",\"stargazers_count\":").append(1000 + i * 13)
                    .append(",\"archived\":").append(REPOS[i][0].equals("rails-ci")).append('}');
        }
        return sb.append(']').toString();
    }

    @Test
    void should_keep_the_fastapi_row_for_a_question_sharing_no_word_with_it_only_with_the_model() {
        CompressionHints hints = CompressionHints.query("which project lets me serve a REST backend quickly?");
        String input = repositories();
        CompressionResult lexical = Headroom.builder().minTokens(0).timeBudget(Duration.ZERO).build().compress(input, hints);
        OnnxRelevanceScorer scorer = OnnxRelevanceScorer.builder().budget(Duration.ofSeconds(30)).build();
        CompressionResult meaning = Headroom.builder().minTokens(0).timeBudget(Duration.ZERO).relevance(scorer).build()
                .compress(input, hints);

        assertThat(lexical.compressed()).isTrue();
        assertThat(lexical.text()).doesNotContain("\"fastapi\"");
        assertThat(meaning.compressed()).isTrue();
        assertThat(meaning.text()).contains("\"fastapi\"");
        assertThat(meaning.tokensAfter()).isLessThan(meaning.tokensBefore());
    }
}

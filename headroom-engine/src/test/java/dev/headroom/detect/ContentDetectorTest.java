package dev.headroom.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of the detector on a labelled set: our own samples (test resources: {@code detect/<label>/}
 * and the test-runner outputs in {@code testoutput/}) always, and the shared corpus (logs, GitHub
 * JSON, diffs, and SWE-agent observations labelled by the action that produced them) when
 * {@code HEADROOM_CORPUS} is set. Prints every miss.
 */
class ContentDetectorTest {

    private final ContentDetector detector = new ContentDetector();

    /** An input with its expected kind; {@code also} is a second acceptable kind where the input is truly both (or null). */
    record Labelled(String name, ContentKind kind, String language, String content, ContentKind also) {

        Labelled(String name, ContentKind kind, String language, String content) {
            this(name, kind, language, content, null);
        }
    }

    @Test
    void should_label_own_samples_correctly() throws Exception {
        // given
        List<Labelled> set = new ArrayList<>();
        Path detect = resource("detect");
        try (Stream<Path> dirs = Files.list(detect)) {
            for (Path dir : dirs.sorted().toList()) {
                String label = dir.getFileName().toString();
                ContentKind kind = ContentKind.fromId(label.startsWith("code-") ? "code" : label);
                String language = label.startsWith("code-") ? label.substring(5) : "";
                addAll(set, dir, kind, language);
            }
        }
        addAll(set, resource("testoutput"), ContentKind.TEST_OUTPUT, "");

        // when / then
        assertThat(set).hasSizeGreaterThan(40);
        assertThat(accuracy("own samples", set)).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void should_label_corpus_files_correctly() throws IOException {
        // given
        String corpus = System.getenv("HEADROOM_CORPUS");
        Assumptions.assumeTrue(corpus != null && !corpus.isBlank(),
                "HEADROOM_CORPUS is not set; skipping the corpus part of the detector accuracy test");
        List<Labelled> set = new ArrayList<>();
        for (Path p : files(Path.of(corpus, "logs"), ".log")) {
            set.add(labelled(p, ContentKind.LOG, ""));
        }
        for (Path p : files(Path.of(corpus, "github"), ".json")) {
            String content = Files.readString(p, StandardCharsets.UTF_8);
            ContentKind kind = content.stripLeading().startsWith("[") ? ContentKind.JSON_ARRAY : ContentKind.JSON_OBJECT;
            set.add(new Labelled(p.getFileName().toString(), kind, "", content));
        }
        for (Path p : files(Path.of(corpus, "diffs"), "")) {
            if (!p.getFileName().toString().startsWith("LICENSE")) {
                set.add(labelled(p, ContentKind.DIFF, ""));
            }
        }

        addAgentObservations(set, Path.of(corpus, "agent-traces"));

        // when / then
        assertThat(set).hasSizeGreaterThan(30);
        assertThat(accuracy("corpus", set)).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void should_name_the_language_of_each_code_sample() {
        Detection d = detector.detect("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x)\n}\n");
        assertThat(d.kind()).isEqualTo(ContentKind.CODE);
        assertThat(d.language()).isEqualTo("go");
    }

    @Test
    void should_look_at_a_bounded_sample_only() {
        // given
        String huge = ("x".repeat(10_000) + "\n").repeat(1_000);

        // when
        Sample sample = Sample.of(huge);

        // then
        assertThat(sample.lines()).hasSize(Sample.MAX_LINES);
        assertThat(sample.lines()).allSatisfy(l -> assertThat(l).hasSize(Sample.MAX_LINE_CHARS));
        assertThat(ContentDetector.tail(huge, sample.lines().size())).hasSize(ContentDetector.TAIL_LINES);
    }

    @Test
    void should_find_a_test_summary_at_the_end_of_a_long_output() {
        // given
        String output = "collecting ...\n" + "some setup chatter line\n".repeat(400)
                + "============ 1 failed, 212 passed in 9.01s ============\n";

        // then
        assertThat(detector.detect(output).kind()).isEqualTo(ContentKind.TEST_OUTPUT);
    }

    @Test
    void should_call_blank_input_text() {
        assertThat(detector.detect("  \n ").kind()).isEqualTo(ContentKind.TEXT);
    }

    @Test
    void should_not_mistake_timestamps_for_search_paths() {
        String log = "2015-07-29 17:41:44,747 - INFO  [main:Foo@1] - started\n".repeat(5);
        assertThat(detector.detect(log).kind()).isEqualTo(ContentKind.LOG);
    }

    /**
     * SWE-agent observations whose kind follows from the action that produced them: a page fetched
     * with curl is HTML when it holds an {@code <html>} element (else text, or lines: its progress meter is a table), a Python file opened in the viewer is Python, the submitted patch is a diff.
     */
    private static void addAgentObservations(List<Labelled> set, Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Path p : files(dir, ".traj")) {
            int step = 0;
            for (JsonNode s : json.readTree(p.toFile()).path("trajectory")) {
                step++;
                String action = s.path("action").asText("").strip();
                String observation = s.path("observation").asText("");
                if (observation.length() < 300) {
                    continue;
                }
                String name = p.getFileName() + "#" + step;
                if (action.startsWith("submit")) {
                    set.add(new Labelled(name, ContentKind.DIFF, "", observation));
                } else if (action.startsWith("curl ")) {
                    boolean page = observation.toLowerCase(Locale.ROOT).contains("<html");
                    // without a page, curl's output is its progress meter (a small table) and the response body
                    set.add(page ? new Labelled(name, ContentKind.HTML, "", observation)
                            : new Labelled(name, ContentKind.TEXT, "", observation, ContentKind.LINES));
                } else if (action.startsWith("open ") && action.contains(".py")) {
                    set.add(new Labelled(name, ContentKind.CODE, "python", observation));
                }
            }
        }
    }

    private double accuracy(String what, List<Labelled> set) {
        int right = 0;
        List<String> confusion = new ArrayList<>();
        for (Labelled l : set) {
            Detection d = detector.detect(l.content());
            if ((d.kind() == l.kind() || d.kind() == l.also()) && d.language().equals(l.language())) {
                right++;
            } else {
                confusion.add(String.format(Locale.ROOT, "  %s: expected %s%s, got %s%s", l.name(), l.kind().id(),
                        l.language().isEmpty() ? "" : "/" + l.language(), d.kind().id(),
                        d.language().isEmpty() ? "" : "/" + d.language()));
            }
        }
        double accuracy = (double) right / set.size();
        System.out.printf(Locale.ROOT, "detector accuracy on %s: %d/%d = %.1f%%%n", what, right, set.size(), 100 * accuracy);
        confusion.forEach(System.out::println);
        return accuracy;
    }

    private static void addAll(List<Labelled> set, Path dir, ContentKind kind, String language) throws IOException {
        for (Path p : files(dir, "")) {
            set.add(labelled(p, kind, language));
        }
    }

    private static Labelled labelled(Path p, ContentKind kind, String language) throws IOException {
        return new Labelled(p.getFileName().toString(), kind, language, Files.readString(p, StandardCharsets.UTF_8));
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ContentDetectorTest.class.getClassLoader().getResource(name).toURI());
    }
}

package dev.headroom.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.bench.BenchInput;
import dev.headroom.bench.Needle;
import dev.headroom.detect.ContentDetector;
import dev.headroom.detect.ContentKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadsTest {

    @Test
    void should_generate_the_same_bytes_for_the_same_seed() {
        List<BenchInput> a = Workloads.all(42);
        List<BenchInput> b = Workloads.all(42);

        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).text()).isEqualTo(b.get(i).text());
            assertThat(a.get(i).needles()).isEqualTo(b.get(i).needles());
        }
    }

    @Test
    void should_generate_different_bytes_for_a_different_seed() {
        assertThat(Workloads.all(7).get(0).text()).isNotEqualTo(Workloads.all(42).get(0).text());
    }

    @Test
    void should_cover_the_four_workload_shapes() {
        assertThat(Workloads.all(42)).extracting(BenchInput::workload).containsOnly(
                CodeSearchWorkload.NAME, SreIncidentWorkload.NAME, IssueTriageWorkload.NAME, CodebaseExplorationWorkload.NAME);
    }

    @Test
    void should_plant_every_needle_in_its_input() {
        for (BenchInput in : Workloads.all(42)) {
            assertThat(in.needles()).as(in.name()).isNotEmpty();
            for (Needle n : in.needles()) {
                assertThat(in.text()).as(in.name() + " / " + n.label()).contains(n.text());
            }
        }
    }

    @Test
    void should_plant_anomalous_values_exactly_once() {
        for (BenchInput in : Workloads.all(42)) {
            for (Needle n : in.needles()) {
                if (n.label().equals("anomalous value")) {
                    assertThat(in.text().split(java.util.regex.Pattern.quote(n.text()), -1)).as(in.name()).hasSize(2);
                }
            }
        }
    }

    @Test
    void should_plant_the_three_needle_labels_in_code_search() {
        assertThat(CodeSearchWorkload.generate(42).get(0).needles()).extracting(Needle::label)
                .containsExactlyInAnyOrder("queried ID", "error row", "anomalous value");
        assertThat(CodeSearchWorkload.generate(42).get(0).text().split("\n")).hasSize(100);
    }

    @Test
    void should_generate_parseable_json_and_diffs() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (BenchInput in : Workloads.all(42)) {
            String t = in.text().stripLeading();
            if (List.of("prometheus_query", "tempo_search", "github_api").contains(in.hints().toolName())) {
                assertThat(json.readTree(in.text())).as(in.name()).isNotNull();
            }
            if (t.startsWith("diff --git")) {
                assertThat(UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(in.text().getBytes(StandardCharsets.UTF_8)))
                        .getFiles()).hasSize(3);
            }
        }
    }

    @Test
    void should_make_kind_samples_of_the_requested_size_deterministically() {
        for (ContentKind k : List.of(ContentKind.JSON_ARRAY, ContentKind.JSON_OBJECT, ContentKind.LOG, ContentKind.TEST_OUTPUT,
                ContentKind.SEARCH, ContentKind.DIFF, ContentKind.CODE, ContentKind.HTML, ContentKind.TEXT)) {
            String s = KindSamples.of(k, 100 * 1024, 42);

            assertThat(s.length()).as(k.id()).isBetween(100 * 1024, 130 * 1024);
            assertThat(KindSamples.of(k, 100 * 1024, 42)).isEqualTo(s);
        }
    }

    @Test
    void should_make_kind_samples_that_parse_as_their_kind() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(KindSamples.of(ContentKind.JSON_ARRAY, 4096, 1)).isArray()).isTrue();
        assertThat(json.readTree(KindSamples.of(ContentKind.JSON_OBJECT, 4096, 1)).isObject()).isTrue();
        String diff = KindSamples.of(ContentKind.DIFF, 8192, 1);
        assertThat(UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)))
                .getFiles()).isNotEmpty();
    }

    @Test
    void should_make_html_samples_that_look_like_pages_and_route_as_html() {
        for (int bytes : List.of(1024, 100 * 1024, 1024 * 1024)) {
            // given
            String page = KindSamples.of(ContentKind.HTML, bytes, 42);

            // when: detected without a kind hint, as in production
            CompressionResult r = Headroom.builder().timeBudget(Duration.ZERO).build().compress(page, CompressionHints.NONE);

            // then
            assertThat(page.length()).as(bytes + " bytes").isBetween(bytes, Math.max(3 * 1024, bytes + bytes / 10));
            assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                    .contains("<nav", "<h1>", "<h2>", "<p>", "<a href=", "<style>", "<script");
            if (bytes > 1024) {
                assertThat(page).contains("<table", "<ul>", "<pre><code");
            }
            assertThat(new ContentDetector().detect(page).kind()).isEqualTo(ContentKind.HTML);
            assertThat(r.kind()).isEqualTo(ContentKind.HTML);
            assertThat(r.compressed()).isTrue();
        }
        assertThat(KindSamples.of(ContentKind.HTML, 4096, 42)).isNotEqualTo(KindSamples.of(ContentKind.TEXT, 4096, 42))
                .isNotEqualTo(KindSamples.of(ContentKind.HTML, 4096, 7));
    }
}

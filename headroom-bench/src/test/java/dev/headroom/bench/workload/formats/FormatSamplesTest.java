package dev.headroom.bench.workload.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.bench.Needle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FormatSamplesTest {

    private static List<FormatSample> samples;

    @BeforeAll
    static void generate() {
        samples = FormatSamples.all(42);
    }

    private static FormatSample sample(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_generate_the_same_bytes_and_labels_for_the_same_seed() {
        List<FormatSample> again = FormatSamples.all(42);

        assertThat(again).hasSameSizeAs(samples);
        for (int i = 0; i < samples.size(); i++) {
            assertThat(again.get(i)).as(samples.get(i).name()).isEqualTo(samples.get(i));
        }
    }

    @Test
    void should_generate_different_bytes_for_a_different_seed() {
        List<FormatSample> other = FormatSamples.all(7);

        assertThat(other).extracting(FormatSample::name).isEqualTo(samples.stream().map(FormatSample::name).collect(Collectors.toList()));
        long differing = 0;
        for (int i = 0; i < samples.size(); i++) {
            differing += other.get(i).text().equals(samples.get(i).text()) ? 0 : 1;
        }
        // only the fully fixed command outputs may repeat; every log and every seeded table differs
        assertThat(differing).isGreaterThanOrEqualTo(samples.size() - 3);
    }

    @Test
    void should_cover_every_family_with_many_formats() {
        Map<Family, Long> perFamily = samples.stream().collect(Collectors.groupingBy(FormatSample::family, TreeMap::new, Collectors.counting()));

        assertThat(perFamily.get(Family.LOG)).isGreaterThanOrEqualTo(30);
        assertThat(perFamily.get(Family.COMMAND)).isGreaterThanOrEqualTo(12);
        assertThat(perFamily.get(Family.TABLE)).isGreaterThanOrEqualTo(3);
        assertThat(perFamily.get(Family.DIFF)).isGreaterThanOrEqualTo(3);
        assertThat(perFamily.get(Family.FILE_VIEW)).isGreaterThanOrEqualTo(2);
        assertThat(samples).extracting(FormatSample::name).doesNotHaveDuplicates();
    }

    @Test
    void should_give_logs_realistic_sizes_template_counts_and_a_few_errors() {
        for (FormatSample s : samples) {
            assertThat(s.lines().size()).as(s.name()).isBetween(s.family() == Family.LOG ? 250 : 150, 2700);
            assertThat(s.text()).as(s.name()).endsWith("\n").doesNotContain("${");
            if (s.family() == Family.LOG) {
                assertThat(s.templateCount()).as(s.name()).isGreaterThanOrEqualTo(10);
                assertThat(s.errorTemplates()).as(s.name()).isNotEmpty();
                assertThat(s.anomalies()).as(s.name()).isNotEmpty();
                // a long tail: the most common event type has many more records than the rarest
                Map<String, Integer> records = new TreeMap<>();
                for (int i = 0; i < s.lineTemplates().size(); i++) {
                    if (!s.continuations().contains(i)) {
                        records.merge(s.lineTemplates().get(i), 1, Integer::sum);
                    }
                }
                assertThat(Collections.max(records.values())).as(s.name()).isGreaterThanOrEqualTo(8 * Collections.min(records.values()));
            }
        }
    }

    @Test
    void should_label_anomalies_as_single_whole_lines() {
        for (FormatSample s : samples) {
            for (Needle n : s.anomalies()) {
                assertThat(Collections.frequency(s.lines(), n.text())).as(s.name() + ": " + n.label()).isEqualTo(1);
            }
        }
    }

    @Test
    void should_keep_stack_frames_and_tracebacks_with_the_record_that_prints_them() {
        for (String name : List.of("logback-java", "elasticsearch-log4j2", "hadoop-mapreduce", "python-celery", "go-logrus")) {
            FormatSample s = sample(name);
            List<String> lines = s.lines();
            int frames = 0;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.startsWith("\tat ") || l.startsWith("Caused by: ") || l.startsWith("Traceback (most recent call last)")
                        || l.startsWith("  File \"") || l.startsWith("goroutine ")) {
                    frames++;
                    assertThat(s.continuations()).as(name + " line " + (i + 1) + ": " + l).contains(i);
                    assertThat(s.lineTemplates().get(i)).isEqualTo(s.lineTemplates().get(i - 1));
                }
            }
            assertThat(frames).as(name).isPositive();
        }
    }

    @Test
    void should_prefix_every_logcat_line_including_crash_frames() {
        Pattern threadtime = Pattern.compile("^\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} [ \\d]{5} [ \\d]{5} [VDIWEF] .+?: ");

        for (String l : sample("android-logcat").lines()) {
            assertThat(threadtime.matcher(l).find()).as(l).isTrue();
        }
    }

    @Test
    void should_give_bgl_and_thunderbird_lines_an_alert_label_that_is_a_dash_unless_anomalous() {
        for (String name : List.of("bgl-like", "thunderbird-like")) {
            FormatSample s = sample(name);
            Set<String> anomalyLines = s.anomalies().stream().map(Needle::text).collect(Collectors.toSet());
            for (String l : s.lines()) {
                String label = l.substring(0, l.indexOf(' '));
                assertThat(label.equals("-")).as(l).isEqualTo(!anomalyLines.contains(l));
            }
        }
    }

    @Test
    void should_write_diffs_whose_hunk_ranges_match_their_lines() {
        Pattern hunk = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");
        for (FormatSample s : samples) {
            if (s.family() != Family.DIFF) {
                continue;
            }
            List<String> lines = s.lines();
            int hunks = 0;
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = hunk.matcher(lines.get(i));
                if (!m.find()) {
                    continue;
                }
                hunks++;
                int oldCount = Integer.parseInt(m.group(2));
                int newCount = Integer.parseInt(m.group(4));
                int olds = 0;
                int news = 0;
                int j = i + 1;
                while (j < lines.size() && (olds < oldCount || news < newCount)) {
                    char c = lines.get(j).isEmpty() ? ' ' : lines.get(j).charAt(0);
                    olds += c == ' ' || c == '-' ? 1 : 0;
                    news += c == ' ' || c == '+' ? 1 : 0;
                    j++;
                }
                assertThat(olds).as(s.name() + " " + lines.get(i)).isEqualTo(oldCount);
                assertThat(news).as(s.name() + " " + lines.get(i)).isEqualTo(newCount);
            }
            assertThat(hunks).as(s.name()).isGreaterThan(10);
            assertThat(s.fileHeaders()).as(s.name()).isNotEmpty();
        }
    }

    @Test
    void should_mark_only_the_patches_that_mostly_delete_whole_files_as_deletion_patches() {
        assertThat(FormatFidelity.deletesWholeFiles(sample("diff-Nau8r-deletions"))).isTrue();
        assertThat(FormatFidelity.deletesWholeFiles(sample("diff-dev-null-deletions"))).isTrue();
        assertThat(FormatFidelity.deletesWholeFiles(sample("git-diff-multi-file"))).isFalse();
        assertThat(sample("diff-Nau8r-deletions").text()).doesNotContain("diff --git").contains("\t1970-01-01 01:00:00.000000000 +0100\n@@ -1,");
        assertThat(sample("diff-dev-null-deletions").text()).doesNotContain("diff --git").contains("+++ /dev/null\t");
    }

    @Test
    void should_number_file_view_lines_consecutively() {
        FormatSample view = sample("sweagent-window-python");
        List<String> lines = view.lines();

        assertThat(lines.get(0)).matches("\\[File: /repo/\\S+ \\(\\d+ lines total\\)]");
        assertThat(lines.get(1)).isEqualTo("(999 more lines above)");
        assertThat(lines.get(lines.size() - 1)).matches("\\(\\d+ more lines below\\)");
        List<Integer> numbers = new ArrayList<>();
        for (String l : lines.subList(2, lines.size() - 1)) {
            numbers.add(Integer.parseInt(l.substring(0, l.indexOf(':'))));
        }
        assertThat(numbers.get(0)).isEqualTo(1000);
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(numbers.get(i - 1) + 1);
        }
    }

    @Test
    void should_align_command_output_columns() {
        List<String> pods = sample("kubectl-get-pods-A").lines();
        int status = pods.get(0).indexOf("STATUS");

        for (String l : pods) {
            assertThat(l.charAt(status - 1)).as(l).isEqualTo(' ');
            assertThat(l.charAt(status)).as(l).isNotEqualTo(' ');
        }
    }

    @Test
    void should_make_full_size_logs_of_about_two_thousand_lines_and_keep_the_other_samples() {
        List<FormatSample> full = FormatSamples.fullSize(42);

        assertThat(full).extracting(FormatSample::name).containsExactlyInAnyOrderElementsOf(samples.stream().map(FormatSample::name).toList());
        for (FormatSample s : full) {
            if (s.family() == Family.LOG) {
                assertThat(s.lines().size()).as(s.name()).isBetween(1700, 2300);
                assertThat(s.templateCount()).as(s.name()).isEqualTo(sample(s.name()).templateCount());
            } else {
                assertThat(s).isEqualTo(sample(s.name()));
            }
        }
    }
}

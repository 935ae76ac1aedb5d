package dev.headroom.bench.probe;

import static dev.headroom.bench.probe.Subjects.marker;
import static dev.headroom.bench.probe.Subjects.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.detect.ContentKind;
import org.junit.jupiter.api.Test;

class ElisionCountProbeTest {

    private static final String LOG = "l1\nl2\nl3\nl4\nl5\nl6\n";
    private static final String ROWS = "[{\"i\":1},{\"i\":2},{\"i\":3},{\"i\":4},{\"i\":5}]";
    private final ElisionCountProbe probe = new ElisionCountProbe();

    @Test
    void should_pass_when_kept_plus_declared_lines_equal_the_input() {
        String out = "l1\n" + marker(4, "lines", LOG) + "\nl6\n";

        assertThat(probe.check(subject(LOG, ContentKind.LOG, out)).passed()).isTrue();
    }

    @Test
    void should_fail_when_a_line_count_is_misdeclared() {
        String out = "l1\n" + marker(3, "lines", LOG) + "\nl6\n";

        ProbeResult r = probe.check(subject(LOG, ContentKind.LOG, out));

        assertThat(r.failed()).isTrue();
        assertThat(r.detail()).contains("2 kept + 3 declared vs 6 lines");
    }

    @Test
    void should_fail_when_lines_are_dropped_silently() {
        assertThat(probe.check(subject(LOG, ContentKind.LOG, "l1\nl2\nl3\n")).failed()).isTrue();
    }

    @Test
    void should_check_json_array_rows() {
        String good = "[{\"i\":1},\"" + marker(3, "rows", ROWS) + "\",{\"i\":5}]";
        String bad = "[{\"i\":1},\"" + marker(2, "rows", ROWS) + "\",{\"i\":5}]";

        assertThat(probe.check(subject(ROWS, ContentKind.JSON_ARRAY, good)).passed()).isTrue();
        assertThat(probe.check(subject(ROWS, ContentKind.JSON_ARRAY, bad)).failed()).isTrue();
    }

    @Test
    void should_count_the_rows_of_a_declared_table_form() {
        String good = "{\"_table\":{\"columns\":[\"i\"],\"rows\":[[1],[5],\"" + marker(3, "rows", ROWS) + "\"]}}";
        String elsewhere = "{\"_table\":{\"columns\":[\"i\"],\"rows\":[[1],[5]],\"elided\":\"" + marker(3, "rows", ROWS) + "\"}}";
        String bad = "{\"_table\":{\"columns\":[\"i\"],\"rows\":[[1],[5]]}}";

        assertThat(probe.check(subject(ROWS, ContentKind.JSON_ARRAY, elsewhere)).passed()).isTrue();

        assertThat(probe.check(subject(ROWS, ContentKind.JSON_ARRAY, good)).passed()).isTrue();
        assertThat(probe.check(subject(ROWS, ContentKind.JSON_ARRAY, bad)).failed()).isTrue();
    }

    @Test
    void should_check_diff_hunks() {
        String diff = "--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-a\n+b\n@@ -9,1 +9,1 @@\n-c\n+d\n";
        String good = "--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-a\n+b\n" + marker(1, "hunks", diff) + "\n";
        String bad = "--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-a\n+b\n" + marker(2, "hunks", diff) + "\n";

        assertThat(probe.check(subject(diff, ContentKind.DIFF, good)).passed()).isTrue();
        assertThat(probe.check(subject(diff, ContentKind.DIFF, bad)).failed()).isTrue();
    }

    @Test
    void should_skip_units_it_cannot_count() {
        String out = "l1\n" + marker(4, "sentences", LOG) + "\n";

        assertThat(probe.check(subject(LOG, ContentKind.TEXT, out)).status()).isEqualTo(ProbeResult.Status.SKIP);
    }
}

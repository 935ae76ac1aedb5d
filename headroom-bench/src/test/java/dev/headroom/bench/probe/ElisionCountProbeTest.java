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

    /** One file, one hunk: a change at the top and one at the bottom, eight context lines between. */
    private static final String DIFF = "diff --git a/f.txt b/f.txt\n--- a/f.txt\n+++ b/f.txt\n@@ -1,10 +1,10 @@\n"
            + "-a\n+A\n c1\n c2\n c3\n c4\n c5\n c6\n c7\n c8\n-z\n+Z\n";

    /** {@link #DIFF} trimmed to two context lines around each change, as two hunks, declaring {@code declared} context lines. */
    private static String trimmed(int declared) {
        return "diff --git a/f.txt b/f.txt\n--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,3 @@ " + marker(declared, "context lines", DIFF) + "\n"
                + "-a\n+A\n c1\n c2\n@@ -8,3 +8,3 @@\n c7\n c8\n-z\n+Z\n";
    }

    @Test
    void should_pass_when_kept_plus_declared_diff_context_lines_equal_the_input() {
        ProbeResult r = probe.check(subject(DIFF, ContentKind.DIFF, trimmed(4)));

        assertThat(r.passed()).as(r.detail()).isTrue();
        assertThat(r.detail()).contains("context lines 4 kept + 4 declared vs 8", "changed lines 4 kept vs 4");
    }

    @Test
    void should_fail_when_diff_context_lines_are_misdeclared() {
        ProbeResult over = probe.check(subject(DIFF, ContentKind.DIFF, trimmed(5)));
        ProbeResult under = probe.check(subject(DIFF, ContentKind.DIFF, trimmed(3)));

        assertThat(over.failed()).isTrue();
        assertThat(over.detail()).contains("file 1 (b/f.txt): 4 kept + 5 declared vs 8 context lines");
        assertThat(under.failed()).isTrue();
    }

    @Test
    void should_fail_when_diff_context_is_dropped_silently() {
        String silent = "diff --git a/f.txt b/f.txt\n--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,3 @@\n"
                + "-a\n+A\n c1\n c2\n@@ -8,3 +8,3 @@\n c7\n c8\n-z\n+Z\n";

        assertThat(probe.check(subject(DIFF, ContentKind.DIFF, silent)).failed()).isTrue();
    }

    @Test
    void should_fail_when_a_changed_line_is_dropped_even_if_the_context_adds_up() {
        String out = "diff --git a/f.txt b/f.txt\n--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,2 @@ " + marker(4, "context lines", DIFF) + "\n"
                + "-a\n c1\n c2\n@@ -8,3 +7,3 @@\n c7\n c8\n-z\n+Z\n";

        ProbeResult r = probe.check(subject(DIFF, ContentKind.DIFF, out));

        assertThat(r.failed()).isTrue();
        assertThat(r.detail()).contains("3 changed lines kept vs 4");
    }

    @Test
    void should_check_each_file_of_a_diff_on_its_own() {
        // given: two files; the first declares the second's trimmed context, which cancels out only in total
        String two = DIFF + DIFF.replace("f.txt", "g.txt");
        String out = trimmed(8) + DIFF.replace("f.txt", "g.txt").replace(" c3\n c4\n c5\n c6\n", "");

        // when
        ProbeResult r = probe.check(subject(two, ContentKind.DIFF, out));

        // then
        assertThat(r.failed()).isTrue();
        assertThat(r.detail()).contains("file 1");
    }

    @Test
    void should_count_the_lines_of_a_summarised_file() {
        String stub = "diff --git a/f.txt b/f.txt\n--- a/f.txt\n+++ b/f.txt\n@@ -1,1 +1,1 @@ lockfile summarised: "
                + marker(10, "diff lines", DIFF) + "\n-a\n+A\n";
        String wrong = stub.replace(marker(10, "diff lines", DIFF), marker(9, "diff lines", DIFF));

        assertThat(probe.check(subject(DIFF, ContentKind.DIFF, stub)).passed()).isTrue();
        assertThat(probe.check(subject(DIFF, ContentKind.DIFF, wrong)).failed()).isTrue();
    }

    @Test
    void should_count_binary_patch_lines_outside_hunks() {
        String bin = "diff --git a/i.png b/i.png\nGIT binary patch\nliteral 12\nAAAA\nBBBB\nCCCC\n\nliteral 0\nKcmV?d00001\n\n";
        String good = "diff --git a/i.png b/i.png\nGIT binary patch\nliteral 12\n" + marker(4, "binary patch lines", bin)
                + "\n\nliteral 0\n\n";
        String bad = good.replace(marker(4, "binary patch lines", bin), marker(3, "binary patch lines", bin));

        assertThat(probe.check(subject(bin, ContentKind.DIFF, good)).passed()).isTrue();
        assertThat(probe.check(subject(bin, ContentKind.DIFF, bad)).failed()).isTrue();
    }

    @Test
    void should_skip_units_it_cannot_count() {
        String out = "l1\n" + marker(4, "sentences", LOG) + "\n";

        assertThat(probe.check(subject(LOG, ContentKind.TEXT, out)).status()).isEqualTo(ProbeResult.Status.SKIP);
    }
}

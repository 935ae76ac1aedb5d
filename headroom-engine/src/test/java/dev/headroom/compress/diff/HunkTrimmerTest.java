package dev.headroom.compress.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HunkTrimmerTest {

    private static Hunk hunk(String text) {
        return DiffParser.parse(text).files().get(0).hunks().get(0);
    }

    @Test
    void should_split_a_hunk_with_recomputed_ranges() {
        StringBuilder sb = new StringBuilder("--- a/f\n+++ b/f\n@@ -10,14 +10,15 @@ fn main()\n");
        for (int i = 10; i <= 13; i++) {
            sb.append(' ').append(i).append('\n');
        }
        sb.append("-14\n+14b\n+14c\n");
        for (int i = 15; i <= 21; i++) {
            sb.append(' ').append(i).append('\n');
        }
        sb.append("-22\n+22b\n 23\n");
        Hunk h = hunk(sb.toString());
        assertThat(h.valid()).isTrue();
        List<HunkTrimmer.Piece> pieces = HunkTrimmer.pieces(h, 2);
        assertThat(pieces).hasSize(2);
        assertThat(HunkTrimmer.header(h, pieces.get(0), " fn main()", "\n")).isEqualTo("@@ -12,5 +12,6 @@ fn main()\n");
        assertThat(HunkTrimmer.header(h, pieces.get(1), "", "\n")).isEqualTo("@@ -20,4 +21,4 @@\n");
    }

    @Test
    void should_number_an_empty_side_by_the_line_before() {
        Hunk h = hunk("--- a/f\n+++ b/f\n@@ -0,0 +1,2 @@\n+a\n+b\n");
        List<HunkTrimmer.Piece> pieces = HunkTrimmer.pieces(h, 2);
        assertThat(HunkTrimmer.header(h, pieces.get(0), "", "\n")).isEqualTo("@@ -0,0 +1,2 @@\n");
    }

    @Test
    void should_keep_a_no_newline_marker_with_its_line() {
        Hunk h = hunk("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
        assertThat(HunkTrimmer.pieces(h, 2)).containsExactly(new HunkTrimmer.Piece(0, 5));
    }
}

package dev.headroom.compress.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.CompressorContract;
import dev.headroom.compress.RealSources;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.InMemoryStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffCompressorTest extends CompressorContract {

    private static final List<DiffFixture.Edited> EDITS = DiffFixture.edits(6, 7);
    private static final String WIDE = DiffFixture.gitDiff(EDITS, 12);
    private static final String NORMAL = DiffFixture.gitDiff(EDITS, 3);

    @Override
    protected ContentKind kind() {
        return ContentKind.DIFF;
    }

    @Override
    protected Compressor compressor() {
        return new DiffCompressor();
    }

    @Override
    protected List<String> samples() {
        return List.of(WIDE, NORMAL, lockfileDiff(), WIDE.replace("\n", "\r\n"));
    }

    private static Compressed compress(String input) {
        return new DiffCompressor().compress(input, CompressionContext.builder(input).build());
    }

    @Test
    void should_apply_to_the_same_lines_after_trimming_context() throws Exception {
        Compressed out = compress(WIDE);
        assertThat(out.elisions()).isNotEmpty();
        UnifiedDiff parsed = parse(out.text());
        assertThat(parsed.getFiles()).hasSize(EDITS.size());
        for (int i = 0; i < EDITS.size(); i++) {
            DiffFixture.Edited e = EDITS.get(i);
            UnifiedDiffFile f = parsed.getFiles().get(i);
            assertThat(f.getToFile()).isEqualTo(e.path());
            assertThat(f.getPatch().applyTo(e.original())).as("patched %s", e.path()).isEqualTo(e.revised());
        }
    }

    @Test
    void should_save_tokens_on_a_wide_context_diff_of_real_sources() {
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).store(InMemoryStore.create()).build();
        for (String[] sample : new String[][] {{"-U12", WIDE}, {"-U3", NORMAL}, {"lockfile", lockfileDiff()}}) {
            CompressionResult r = h.compress(sample[1], CompressionHints.NONE.withKind(ContentKind.DIFF));
            System.out.printf(Locale.ROOT, "diff-savings %s files=%d (%s) tokens %d -> %d savings=%.1f%%%n", sample[0],
                    DiffParser.parse(sample[1]).files().size(), RealSources.origin(), r.tokensBefore(), r.tokensAfter(), 100 * r.savings());
        }
        assertThat(h.compress(WIDE, CompressionHints.NONE.withKind(ContentKind.DIFF)).savings()).isGreaterThanOrEqualTo(0.4);
    }

    @Test
    void should_keep_every_header_and_changed_line() {
        Compressed out = compress(WIDE);
        List<String> outLines = List.of(out.text().split("\n", -1));
        for (String l : WIDE.split("\n")) {
            if (l.startsWith("diff ") || l.startsWith("index ") || l.startsWith("--- ") || l.startsWith("+++ ")
                    || l.startsWith("+") || l.startsWith("-")) {
                assertThat(outLines).contains(l);
            }
        }
        assertThat(changeCounts(out.text())).isEqualTo(changeCounts(WIDE));
    }

    @Test
    void should_declare_exactly_the_dropped_context_lines() {
        Compressed out = compress(WIDE);
        int declared = out.elisions().stream().mapToInt(e -> e.count()).sum();
        int bodyIn = hunkBodyLines(WIDE);
        int bodyOut = hunkBodyLines(out.text());
        assertThat(bodyIn - bodyOut).isEqualTo(declared);
        assertThat(out.text().length()).isLessThan(WIDE.length() * 2 / 3);
    }

    @Test
    void should_leave_a_default_context_diff_alone_when_trimming_would_not_pay() {
        String small = "diff --git a/x b/x\nindex 1..2 100644\n--- a/x\n+++ b/x\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n";
        assertThat(compress(small).text()).isEqualTo(small);
    }

    @Test
    void should_summarise_a_lockfile_and_keep_its_header() throws Exception {
        String input = lockfileDiff();
        Compressed out = compress(input);
        assertThat(out.text()).contains("diff --git a/package-lock.json b/package-lock.json\n", "--- a/package-lock.json\n",
                "+++ b/package-lock.json\n", "lockfile summarised: ");
        assertThat(out.text()).contains("diff --git a/src/app.js b/src/app.js\n", "+console.log('v2');\n");
        assertThat(Marker.findAll(out.text())).hasSize(1);
        UnifiedDiff parsed = parse(out.text());
        assertThat(parsed.getFiles()).extracting(UnifiedDiffFile::getToFile).containsExactly("package-lock.json", "src/app.js");
        assertThat(out.text().length()).isLessThan(input.length() / 4);
    }

    @Test
    void should_summarise_a_large_deleted_file() throws Exception {
        StringBuilder sb = new StringBuilder("diff --git a/old.txt b/old.txt\ndeleted file mode 100644\nindex abc..000\n--- a/old.txt\n+++ /dev/null\n@@ -1,300 +0,0 @@\n");
        for (int i = 1; i <= 300; i++) {
            sb.append("-line ").append(i).append('\n');
        }
        Compressed out = compress(sb.toString());
        assertThat(out.text()).contains("deleted file summarised: 1 hunk, +0 -300 lines", "@@ -1,3 +0,0 @@");
        assertThat(Marker.findAll(out.text()).get(0).count()).isEqualTo(297);
        assertThat(parse(out.text()).getFiles()).hasSize(1);
    }

    @Test
    void should_summarise_files_deleted_whole_from_their_hunk_ranges_without_git_headers() throws Exception {
        // given: what diff -Nau8r prints for deleted files (the new side is an empty file, not /dev/null)
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 4; f++) {
            sb.append("diff -Nau8r a/src/gone").append(f).append(".c b/src/gone").append(f).append(".c\n")
                    .append("--- a/src/gone").append(f).append(".c\t2020-01-01 10:00:00.000000000 +0000\n")
                    .append("+++ b/src/gone").append(f).append(".c\t1970-01-01 00:00:00.000000000 +0000\n")
                    .append("@@ -1,47 +0,0 @@\n");
            for (int i = 1; i <= 47; i++) {
                sb.append("-int value_").append(f).append('_').append(i).append(" = compute(").append(i).append(");\n");
            }
        }
        String input = sb.toString();

        // when
        Compressed out = compress(input);

        // then
        assertThat(out.text()).contains("deleted file summarised: 1 hunk, +0 -47 lines");
        for (int f = 0; f < 4; f++) {
            assertThat(out.text()).contains("diff -Nau8r a/src/gone" + f + ".c b/src/gone" + f + ".c\n",
                    "--- a/src/gone" + f + ".c\t2020-01-01 10:00:00.000000000 +0000\n",
                    "+++ b/src/gone" + f + ".c\t1970-01-01 00:00:00.000000000 +0000\n");
        }
        assertThat(Marker.findAll(out.text())).hasSize(4).allSatisfy(m -> assertThat(m.count()).isEqualTo(44));
        assertThat(out.text().length()).isLessThan(input.length() / 2);
        assertThat(parse(out.text()).getFiles()).hasSize(4);
    }

    @Test
    void should_summarise_a_large_file_added_whole_but_read_a_small_one_whole() {
        String input = addedFile("src/big.txt", 150) + addedFile("src/small.txt", 30);

        Compressed out = compress(input);

        assertThat(out.text()).contains("added file summarised: 1 hunk, +150 -0 lines", "+line 1 of src/big.txt\n");
        assertThat(out.text()).doesNotContain("+line 4 of src/big.txt\n");
        for (int i = 1; i <= 30; i++) {
            assertThat(out.text()).contains("+line " + i + " of src/small.txt\n");
        }
    }

    @Test
    void should_show_a_file_the_question_names_whole() {
        String input = addedFile("src/big.txt", 150) + addedFile("src/ledger.txt", 150);

        Compressed out = new DiffCompressor().compress(input, CompressionContext.builder(input).query("what changed in ledger.txt?").build());

        assertThat(out.text()).contains("+line 150 of src/ledger.txt\n").doesNotContain("+line 150 of src/big.txt\n");
    }

    @Test
    void should_summarise_the_largest_files_of_a_diff_far_over_budget_and_keep_every_header() {
        // given: 40 modified files of 500 changed lines each, about 10 times the budget
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 40; f++) {
            String path = "src/module" + f + "/Part.java";
            int lines = f == 7 ? 20 : 500;
            sb.append("diff --git a/").append(path).append(" b/").append(path).append("\n--- a/").append(path)
                    .append("\n+++ b/").append(path).append("\n@@ -1,").append(lines).append(" +1,").append(lines).append(" @@\n");
            for (int i = 1; i <= lines; i++) {
                sb.append("-old statement ").append(i).append(" of module ").append(f).append(";\n");
            }
            for (int i = 1; i <= lines; i++) {
                sb.append("+new statement ").append(i).append(" of module ").append(f).append(";\n");
            }
        }
        String input = sb.toString();

        // when
        Compressed out = compress(input);

        // then
        for (int f = 0; f < 40; f++) {
            assertThat(out.text()).contains("diff --git a/src/module" + f + "/Part.java b/src/module" + f + "/Part.java\n");
        }
        assertThat(out.text()).contains("large change summarised: ", "+new statement 20 of module 7;\n");
        assertThat(out.text().length() / 4).isLessThan(DiffCompressor.BUDGET_TOKENS + 2_000);
    }

    private static String addedFile(String path, int lines) {
        StringBuilder sb = new StringBuilder("diff --git a/" + path + " b/" + path + "\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/"
                + path + "\n@@ -0,0 +1," + lines + " @@\n");
        for (int i = 1; i <= lines; i++) {
            sb.append("+line ").append(i).append(" of ").append(path).append('\n');
        }
        return sb.toString();
    }

    @Test
    void should_keep_crlf_line_endings() {
        String crlf = WIDE.replace("\n", "\r\n");
        Compressed out = compress(crlf);
        assertThat(out.elisions()).isNotEmpty();
        assertThat(out.text().replace("\r\n", "")).doesNotContain("\n");
        String handles = "handle=[0-9a-f]{16}";
        assertThat(out.text().replace("\r\n", "\n").replaceAll(handles, "handle=h"))
                .isEqualTo(compress(WIDE).text().replaceAll(handles, "handle=h"));
    }

    @Test
    void should_leave_out_long_binary_patch_data_but_keep_its_headers() {
        StringBuilder sb = new StringBuilder("diff --git a/logo.png b/logo.png\nnew file mode 100644\n"
                + "index 0000000000000000000000000000000000000000..1914264c08781d1f30ee0b8482bccf44586f2dc1\nGIT binary patch\nliteral 4096\n");
        for (int i = 0; i < 60; i++) {
            sb.append("zcmeAS@N?(olHy`uVBq!ia0vp^j3CU&3?x-=hn)ga%mF?ju0VQumF+E%TuG2$FoVOh").append(i).append('\n');
        }
        sb.append("\nliteral 0\nHcmV?d00001\n\n--\n2.38.1\n");
        sb.append("diff --git a/src/app.js b/src/app.js\nindex 3333333..4444444 100644\n--- a/src/app.js\n+++ b/src/app.js\n"
                + "@@ -1,3 +1,3 @@\n const a = 1;\n-console.log('v1');\n+console.log('v2');\n const b = 2;\n-- \n2.38.1\n");
        Compressed out = compress(sb.toString());
        assertThat(out.text()).endsWith("-- \n2.38.1\n");
        assertThat(out.text()).contains("diff --git a/logo.png b/logo.png\nnew file mode 100644\n", "GIT binary patch\nliteral 4096\n",
                "literal 0\n", "\n--\n2.38.1\n", "+console.log('v2');\n");
        assertThat(out.text()).doesNotContain("zcmeAS@N");
        assertThat(Marker.findAll(out.text())).singleElement().satisfies(m -> assertThat(m.count()).isEqualTo(61));
    }

    @Test
    void should_copy_a_malformed_hunk_verbatim() {
        StringBuilder sb = new StringBuilder("--- a/f\n+++ b/f\n@@ -1,40 +1,40 @@\n");
        for (int i = 0; i < 20; i++) {
            sb.append(" same ").append(i).append('\n');
        }
        sb.append("garbage that is not a diff line\n");
        String input = sb.toString();
        assertThat(compress(input).text()).isEqualTo(input);
    }

    static String lockfileDiff() {
        StringBuilder sb = new StringBuilder("diff --git a/package-lock.json b/package-lock.json\nindex 1111111..2222222 100644\n"
                + "--- a/package-lock.json\n+++ b/package-lock.json\n");
        for (int h = 0; h < 8; h++) {
            sb.append("@@ -").append(100 * h + 1).append(",6 +").append(100 * h + 1).append(",6 @@\n");
            sb.append("     \"node_modules/pkg-").append(h).append("\": {\n");
            sb.append("-      \"version\": \"1.0.").append(h).append("\",\n");
            sb.append("-      \"resolved\": \"https://registry.npmjs.org/pkg-").append(h).append("/-/pkg-1.0.").append(h).append(".tgz\",\n");
            sb.append("+      \"version\": \"1.1.").append(h).append("\",\n");
            sb.append("+      \"resolved\": \"https://registry.npmjs.org/pkg-").append(h).append("/-/pkg-1.1.").append(h).append(".tgz\",\n");
            sb.append("       \"dev\": true,\n       \"license\": \"MIT\",\n       \"engines\": {}\n");
        }
        sb.append("diff --git a/src/app.js b/src/app.js\nindex 3333333..4444444 100644\n--- a/src/app.js\n+++ b/src/app.js\n"
                + "@@ -1,3 +1,3 @@\n const a = 1;\n-console.log('v1');\n+console.log('v2');\n const b = 2;\n");
        return sb.toString();
    }

    static UnifiedDiff parse(String text) throws Exception {
        return UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Added and removed lines per file, counted from hunk bodies. */
    static Map<String, List<Integer>> changeCounts(String text) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (DiffFile f : DiffParser.parse(text).files()) {
            int added = 0;
            int removed = 0;
            for (Hunk h : f.hunks()) {
                added += h.added();
                removed += h.removed();
            }
            out.put(f.path(), List.of(added, removed));
        }
        return out;
    }

    static int hunkBodyLines(String text) {
        int n = 0;
        for (DiffFile f : DiffParser.parse(text).files()) {
            for (Hunk h : f.hunks()) {
                n += h.lines().size();
            }
        }
        return n;
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    @Test
    void should_not_summarise_files_no_longer_than_their_stub_when_a_huge_diff_is_over_budget() {
        // thousands of one-line changes: far over the budget, yet no file has a line a summary could leave out
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 1_000_000; i++) {
            sb.append("diff --git a/f").append(i).append(" b/f").append(i).append("\n--- a/f").append(i).append("\n+++ b/f").append(i)
                    .append("\n@@ -1,1 +1,1 @@\n-a\n+b\n");
        }
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).build();

        CompressionResult r = h.compress(sb.toString(), CompressionHints.NONE.withKind(ContentKind.DIFF));

        assertThat(r.outcome()).as(r.strategy()).isNotEqualTo(dev.headroom.Outcome.FAILED_OPEN);
        assertThat(h.stats().failures()).isZero();
    }
}

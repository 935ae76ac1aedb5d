package dev.headroom.compress.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs every real diff of the shared corpus through the engine; skipped unless HEADROOM_CORPUS is set. */
class DiffCorpusTest {

    @Test
    void should_handle_every_corpus_diff_without_failing_open() throws Exception {
        String corpus = System.getenv("HEADROOM_CORPUS");
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus, "diffs")),
                "set HEADROOM_CORPUS to the shared corpus folder to run this test");
        List<Path> diffs;
        try (Stream<Path> s = Files.list(Path.of(corpus, "diffs"))) {
            diffs = s.filter(p -> p.toString().endsWith(".diff") || p.toString().endsWith(".patch")).sorted().toList();
        }
        assertThat(diffs).isNotEmpty();
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).minTokens(0).store(InMemoryStore.create()).build();
        long before = 0;
        long after = 0;
        int compressed = 0;
        for (Path p : diffs) {
            // ISO-8859-1 keeps every byte, so CR and odd encodings survive the round trip
            String input = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            CompressionResult r = h.compress(input, CompressionHints.NONE.withKind(ContentKind.DIFF));
            assertThat(r.outcome()).as(p.getFileName().toString()).isNotEqualTo(Outcome.FAILED_OPEN);
            assertThat(r.tokensAfter()).as(p.getFileName().toString()).isLessThanOrEqualTo(r.tokensBefore());
            before += r.tokensBefore();
            after += r.tokensAfter();
            if (r.compressed()) {
                compressed++;
                assertHeadersKept(input, r.text(), p);
            }
            System.out.printf(Locale.ROOT, "diff-corpus %s %s %d -> %d%n", p.getFileName(), r.outcome(), r.tokensBefore(), r.tokensAfter());
        }
        System.out.printf(Locale.ROOT, "diff-corpus total files=%d compressed=%d tokens %d -> %d%n", diffs.size(), compressed, before, after);
    }

    private static void assertHeadersKept(String input, String output, Path p) throws Exception {
        assertThat(DiffCompressorTest.changeCounts(output)).as("%s per-file +/- counts", p.getFileName())
                .isEqualTo(DiffCompressorTest.changeCounts(input));
        for (DiffFile f : DiffParser.parse(input).files()) {
            for (String header : f.header) {
                assertThat(output).as("%s keeps header %s", p.getFileName(), header).contains(header);
            }
        }
        UnifiedDiff original;
        try {
            original = DiffCompressorTest.parse(input);
        } catch (Exception e) {
            return; // java-diff-utils cannot read this one as given; nothing to compare against
        }
        UnifiedDiff compressed = DiffCompressorTest.parse(output);
        assertThat(compressed.getFiles()).extracting(UnifiedDiffFile::getToFile)
                .containsExactlyElementsOf(original.getFiles().stream().map(UnifiedDiffFile::getToFile).toList());
    }
}

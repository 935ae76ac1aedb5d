package dev.headroom.compress.lines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import dev.headroom.internal.LineShape;
import dev.headroom.internal.TimeTokens;
import dev.headroom.testing.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measures the log compressor on the six loghub logs of the shared corpus, through the engine with
 * its default configuration: o200k savings, error-line recall and template coverage. Skips unless
 * {@code HEADROOM_CORPUS} points at the corpus.
 */
class LogCorpusTest {

    private static final Pattern ERROR_WORD =
            Pattern.compile("(?i)\\b(error|fatal|severe|critical|crit|emerg|alert|panic)\\b");
    private static final Set<String> ERROR_LEVELS = Set.of("error", "fatal", "severe", "critical", "crit", "alert", "emerg");
    private static final Set<String> LEVELS = Set.of("error", "fatal", "severe", "critical", "crit", "alert", "emerg",
            "warn", "warning", "info", "notice", "debug", "trace");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Apache", "HDFS", "Linux", "OpenSSH", "Spark", "Zookeeper"})
    void should_save_85_percent_keep_errors_and_cover_templates(String name) throws IOException {
        // given
        String corpus = System.getenv("HEADROOM_CORPUS");
        Assumptions.assumeTrue(corpus != null && !corpus.isBlank(),
                "HEADROOM_CORPUS is not set; skipping the loghub corpus measurement");
        Path dir = Path.of(corpus, "logs");
        String log = Files.readString(dir.resolve(name + "_2k.log"), StandardCharsets.UTF_8);
        List<List<String>> csv = Csv.records(Files.readString(dir.resolve(name + "_2k.log_structured.csv"), StandardCharsets.UTF_8));
        List<String> header = csv.get(0);
        List<List<String>> rows = csv.subList(1, csv.size());
        List<String> lines = TextLines.of(log).lines();
        assertThat(rows).hasSameSizeAs(lines);

        // when
        CompressionResult r = Headroom.builder().timeBudget(Duration.ZERO).build().compress(log);

        // then
        boolean[] kept = keptLines(lines, r.text());
        int keptCount = 0;
        for (boolean k : kept) {
            keptCount += k ? 1 : 0;
        }
        int declared = 0;
        for (Marker m : Marker.findAll(r.text())) {
            declared += m.count();
        }
        boolean[] error = errorLines(header, rows, lines);
        int errors = 0;
        int errorsVerbatim = 0;
        int errorsAccounted = 0;
        Set<String> keptErrorBodies = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (error[i] && kept[i]) {
                keptErrorBodies.add(errorShape(lines.get(i)));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (error[i]) {
                errors++;
                errorsVerbatim += kept[i] ? 1 : 0;
                errorsAccounted += kept[i] || keptErrorBodies.contains(errorShape(lines.get(i))) ? 1 : 0;
            }
        }
        int eventCol = header.indexOf("EventId");
        Set<String> events = new HashSet<>();
        Set<String> covered = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            events.add(rows.get(i).get(eventCol));
            if (kept[i]) {
                covered.add(rows.get(i).get(eventCol));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!covered.contains(rows.get(i).get(eventCol)) && System.getenv("HEADROOM_DEBUG") != null) {
                System.out.println("  uncovered " + rows.get(i).get(eventCol) + ": " + lines.get(i));
                covered.add(rows.get(i).get(eventCol));
                events.add("dbg");
            }
        }
        events.remove("dbg");
        covered.removeIf(e -> !keptEvent(rows, kept, eventCol, e));
        double savings = 1 - (double) r.tokensAfter() / r.tokensBefore();
        double coverage = (double) covered.size() / events.size();
        System.out.printf(Locale.ROOT,
                "%-9s o200k %6d -> %5d tokens, savings %.1f%% | error lines %d: verbatim %d, repeat of a kept one (numbers masked) %d"
                        + " | templates %d/%d covered by a kept line (%.1f%%) | kept %d + declared %d = %d lines%n",
                name, r.tokensBefore(), r.tokensAfter(), 100 * savings, errors, errorsVerbatim,
                errorsAccounted - errorsVerbatim, covered.size(), events.size(), 100 * coverage, keptCount, declared,
                keptCount + declared);
        assertThat(keptCount + declared).as("every line kept or counted in a marker").isEqualTo(lines.size());
        assertThat(savings).as("o200k savings").isGreaterThanOrEqualTo(0.85);
        assertThat(errorsAccounted).as("error lines verbatim or repeats of a kept one, numbers, ids and times aside").isEqualTo(errors);
        assertThat(coverage).as("template coverage").isGreaterThanOrEqualTo(0.98);
    }

    private static boolean keptEvent(List<List<String>> rows, boolean[] kept, int col, String e) {
        for (int i = 0; i < rows.size(); i++) {
            if (kept[i] && rows.get(i).get(col).equals(e)) {
                return true;
            }
        }
        return false;
    }

    /** Which input lines appear verbatim in the output, matched in order (annotation lines skipped). */
    static boolean[] keptLines(List<String> input, String output) {
        boolean[] kept = new boolean[input.size()];
        int j = 0;
        for (String o : TextLines.of(output).lines()) {
            if (Marker.containsMarker(o)) {
                continue;
            }
            while (j < input.size() && !input.get(j).equals(o)) {
                j++;
            }
            if (j < input.size()) {
                kept[j++] = true;
            }
        }
        return kept;
    }

    private static boolean[] errorLines(List<String> header, List<List<String>> rows, List<String> lines) {
        int level = header.indexOf("Level");
        boolean levelColumn = level >= 0
                && rows.stream().allMatch(r -> LEVELS.contains(r.get(level).toLowerCase(Locale.ROOT)));
        boolean[] out = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            out[i] = levelColumn
                    ? ERROR_LEVELS.contains(rows.get(i).get(level).toLowerCase(Locale.ROOT))
                    : ERROR_WORD.matcher(lines.get(i)).find();
        }
        return out;
    }

    /** What makes two error lines repeats of one another: the same text once numbers, ids, addresses and times are masked. */
    private static String errorShape(String line) {
        return String.join(" ", LineShape.tokens(TimeTokens.body(line, TimeTokens.lead(line))));
    }
}

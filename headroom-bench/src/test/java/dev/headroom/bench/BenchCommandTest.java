package dev.headroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.bench.workload.formats.FormatSamples;
import dev.headroom.compress.Compressed;
import dev.headroom.detect.ContentKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The four seeded agent workloads only: the failure tests need no corpus and no formats samples. */
    private static final String[] AGENT_WORKLOADS = {"--workload", "code-search", "--workload", "sre-incident", "--workload", "issue-triage",
            "--workload", "codebase-exploration"};

    private static String[] with(String[] extra, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return all;
    }

    private int run(Supplier<Headroom> factory, String... args) {
        BenchCommand cmd = new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), factory);
        return new CommandLine(cmd).execute(args);
    }

    @Test
    void should_write_the_three_reports_and_print_the_table() throws Exception {
        // independent of the real compressors: logs compressed honestly, everything else passed through;
        // the honest compressor drops log templates of the formats samples, which --strict reports but does not count
        Supplier<Headroom> honest = () -> {
            Headroom.Builder b = Headroom.builder().timeBudget(Duration.ZERO);
            for (ContentKind k : ContentKind.values()) {
                b.compressor(k, (input, ctx) -> Compressed.unchanged(input, "test"));
            }
            return b.compressor(ContentKind.LOG, new HonestLineCompressor()).build();
        };

        int code = run(honest, "--corpus", "", "--out", dir.toString(), "--reps", "1", "--warmup", "0", "--no-progress", "--strict");

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(table + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(table).contains("workload", "sre-incident", "code-search", "issue-triage", "codebase-exploration", "formats", "TOTAL");
        assertThat(table).contains("Formats (issue 10", "android-logcat", "kubectl-get-pods-A", "meet all bars");
        assertThat(table).contains("which --strict does not count; 0 counted.");
        assertThat(Files.readString(dir.resolve("report.md"))).contains("## By workload", "| sre-incident |", "## Formats (issue 10)", "| ls-l |");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<svg", "</html>", "Formats (issue 10)")
                .doesNotContain("<script", "http://cdn", "https://");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(json.path("inputs").size()).isEqualTo(15 + FormatSamples.all(42).size());
        assertThat(json.path("formats").size()).isEqualTo(FormatSamples.all(42).size());
        assertThat(json.path("strictFailures").asInt()).isZero();
        assertThat(json.path("total").path("probesFailed").asInt()).as("the formats logs lose templates under the honest compressor").isPositive();
    }

    @Test
    void should_exit_non_zero_under_strict_when_a_probe_fails() {
        // keeps only the first line of every input and says nothing: needles and error lines are lost silently
        Supplier<Headroom> lossy = () -> {
            Headroom.Builder b = Headroom.builder().timeBudget(Duration.ZERO);
            for (ContentKind k : ContentKind.values()) {
                b.compressor(k, (input, ctx) -> Compressed.lossless(input.substring(0, input.indexOf('\n') + 1), "test:lossy"));
            }
            return b.build();
        };

        int strict = run(lossy, with(AGENT_WORKLOADS, "--corpus", "", "--out", dir.toString(), "--reps", "1", "--warmup", "0", "--no-progress", "--strict"));
        int lenient = run(lossy, with(AGENT_WORKLOADS, "--corpus", "", "--out", dir.toString(), "--reps", "1", "--warmup", "0", "--no-progress"));

        assertThat(strict).isEqualTo(1);
        assertThat(lenient).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("probe(s) failed");
    }

    @Test
    void should_exit_non_zero_under_strict_when_a_compressor_fails_open() {
        // every compressor throws: the engine passes each input through unchanged, which no other probe notices
        Supplier<Headroom> crashing = () -> {
            Headroom.Builder b = Headroom.builder().timeBudget(Duration.ZERO);
            for (ContentKind k : ContentKind.values()) {
                b.compressor(k, (input, ctx) -> {
                    throw new IllegalStateException("compressor bug");
                });
            }
            return b.build();
        };

        int code = run(crashing, with(AGENT_WORKLOADS, "--corpus", "", "--out", dir.toString(), "--reps", "1", "--warmup", "0", "--no-progress", "--strict"));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("probe(s) failed");
        assertThat(dir.resolve("report.md")).content().contains("| no-fail-open |", "FAILED_OPEN");
    }

    @Test
    void should_run_only_the_workloads_asked_for_and_refuse_an_unknown_one() throws Exception {
        int code = run(Headroom::create, "--corpus", "", "--out", dir.toString(), "--reps", "1", "--warmup", "0", "--no-progress",
                "--workload", "code-search");
        int unknown = run(Headroom::create, "--corpus", "", "--out", dir.toString(), "--no-progress", "--workload", "nope");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(json.path("inputs").size()).isEqualTo(2);
        assertThat(json.path("formats").size()).isZero();
        assertThat(unknown).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown workload 'nope'", "formats");
    }

    @Test
    void should_report_a_missing_corpus_folder() {
        int code = run(Headroom::create, "--corpus", dir.resolve("nope").toString(), "--out", dir.toString(), "--no-progress");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist");
    }
}

package dev.headroom.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.CompressionHints;
import dev.headroom.bench.BenchInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the shared corpus into benchmark inputs, in a stable order: every log (with its per-line
 * EventIds from the structured CSV), every GitHub response, every diff, and every observation of
 * every agent trajectory (one input per step, the step's thought and action as the query).
 * Licence, README and CSV files are not inputs.
 */
public final class CorpusReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusReader() {}

    /** All inputs under {@code root}; a missing folder contributes none. */
    public static List<BenchInput> read(Path root) {
        List<BenchInput> out = new ArrayList<>();
        for (Path log : files(root.resolve("logs"), ".log")) {
            String text = readString(log);
            Path csv = log.resolveSibling(log.getFileName() + "_structured.csv");
            List<String> events = Files.isRegularFile(csv) ? LogTemplates.eventIds(readString(csv)) : List.of();
            out.add(new BenchInput("corpus/logs", "logs/" + log.getFileName(), text,
                    CompressionHints.NONE.withToolName("cat"), List.of(), events));
        }
        for (Path json : files(root.resolve("github"), ".json")) {
            out.add(BenchInput.of("corpus/github", "github/" + json.getFileName(), readString(json),
                    CompressionHints.NONE.withToolName("github_api")));
        }
        for (Path diff : files(root.resolve("diffs"), "")) {
            out.add(BenchInput.of("corpus/diffs", "diffs/" + diff.getFileName(), readString(diff),
                    CompressionHints.NONE.withToolName("git_diff")));
        }
        for (Path traj : files(root.resolve("agent-traces"), ".traj")) {
            out.addAll(AgentTraces.observations("agent-traces/" + traj.getFileName(), readTree(traj)));
        }
        return out;
    }

    /** Regular files in {@code dir} ending in {@code suffix}, sorted by name, minus licences, READMEs and CSVs. */
    static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> isInput(p.getFileName().toString(), suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isInput(String fileName, String suffix) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(suffix) && !n.startsWith("license") && !n.startsWith("readme") && !n.endsWith(".csv")
                && !n.startsWith(".");
    }

    /** The UTF-8 text of a corpus file; an I/O failure is unchecked (a benchmark cannot go on without its input). */
    public static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON tree of a corpus file (a trajectory, an API response); an I/O failure is unchecked. */
    public static JsonNode readTree(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.headroom.bench.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.CompressionHints;
import dev.headroom.bench.corpus.AgentTraces;
import dev.headroom.bench.corpus.CorpusReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The text a question is asked over and the hints it is compressed with: a whole file as
 * {@code headroom compress FILE --query Q} reads it (no tool name); a trajectory observation with the
 * tool name the agent-trace workload gives it (the action's first word); a history message with none;
 * a {@code grep -n} over a corpus folder with tool name {@code grep}.
 */
public record QuestionInput(String text, CompressionHints hints) {


    /** Reads the input of {@code q} from the corpus at {@code root}, with the question as the query. */
    public static QuestionInput of(Path root, Question q) {
        Path path = root.resolve(q.file());
        CompressionHints hints = CompressionHints.query(q.question());
        if (q.grep() != null) {
            return new QuestionInput(grep(root, q.file(), q.grep()), hints.withToolName("grep"));
        }
        if (q.step() != null) {
            JsonNode step = CorpusReader.readTree(path).path("trajectory").path(q.step() - 1);
            require(step.isObject(), q, "no trajectory step " + q.step());
            String action = step.path("action").asText("");
            return new QuestionInput(step.path("observation").asText(""), hints.withToolName(AgentTraces.toolName(action)));
        }
        if (q.message() != null) {
            JsonNode m = CorpusReader.readTree(path).path("history").path(q.message());
            require(m.isObject(), q, "no history message " + q.message());
            return new QuestionInput(text(m.path("content")), hints);
        }
        return new QuestionInput(CorpusReader.readString(path), hints);
    }

    /**
     * {@code grep -n -F NEEDLE} over the input files of {@code folder} (sorted; licences, READMEs and
     * CSVs skipped), each hit as {@code folder/name:line:content} with a trailing CR removed.
     */
    static String grep(Path root, String folder, String needle) {
        StringBuilder sb = new StringBuilder();
        for (Path f : files(root.resolve(folder))) {
            String[] lines = CorpusReader.readString(f).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
                if (line.contains(needle)) {
                    sb.append(folder).append('/').append(f.getFileName()).append(':').append(i + 1).append(':').append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return !n.startsWith("license") && !n.startsWith("readme") && !n.endsWith(".csv") && !n.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void require(boolean ok, Question q, String what) {
        if (!ok) {
            throw new IllegalArgumentException(q.id() + ": " + what + " in " + q.file());
        }
    }

    private static String text(JsonNode n) {
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder();
            n.forEach(part -> sb.append(part.isTextual() ? part.asText() : part.path("text").asText("")));
            return sb.toString();
        }
        return n.asText("");
    }
}

package dev.headroom.bench.relevance;

import java.util.Objects;

/**
 * One question of the relevance set: where its input comes from in the corpus, the kind of unit that
 * answers it, the question as a user would ask it, and a verbatim string of the input that identifies
 * the answer unit (the answer is kept inline when that string is in the compressed output).
 *
 * <p>The input is one of: a whole corpus file ({@code file}); one observation of a trajectory
 * ({@code file} and {@code step}, 1-based as the bench names them {@code #stepN}); one message of a
 * trajectory's {@code history} ({@code file} and {@code message}, 0-based); or the output of
 * {@code grep -n} for a fixed string over the files of a corpus folder ({@code file} is the folder,
 * {@code grep} the string).
 */
public record Question(
        String id, String file, Integer step, Integer message, String grep, UnitKind kind,
        String question, String answer, boolean meantNoOverlap) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        int sources = (step != null ? 1 : 0) + (message != null ? 1 : 0) + (grep != null ? 1 : 0);
        if (sources > 1) {
            throw new IllegalArgumentException(id + ": at most one of step, message, grep");
        }
    }

    /** A stable name of the input: the file, {@code file#stepN}, {@code file#messageN} or {@code grep -n 'S' folder}. */
    public String inputKey() {
        if (step != null) {
            return file + "#step" + step;
        }
        if (message != null) {
            return file + "#message" + message;
        }
        if (grep != null) {
            return "grep -n '" + grep + "' " + file;
        }
        return file;
    }
}

package dev.headroom.relevance;

import java.time.Duration;
import java.util.List;

/**
 * Scores how closely each unit a compressor chooses among (a JSON row, a log template, a search line,
 * a diff file, a code body, a sentence) answers a question, by meaning rather than shared words.
 * Implementations are thread-safe and are shared by every call of an engine.
 *
 * <p>A scorer only adds to what a compressor keeps: fidelity rules (errors, anomalies, headers)
 * never depend on it.
 */
public interface RelevanceScorer {

    /**
     * The similarity of each unit to {@code query}, higher meaning closer (cosine similarity in
     * [-1, 1] for embedding scorers). A unit the scorer did not reach within {@code timeLeft} (what
     * remains of the compression's time budget; effectively unbounded without one) or its own limits
     * scores {@link Float#NaN}, so the caller falls back to its lexical signals for it.
     * Never throws for any content; a scorer that cannot run returns all {@code NaN}.
     *
     * @return an array as long as {@code units}
     */
    float[] score(String query, List<String> units, Duration timeLeft);

    /** A short name for strategies and reports, such as {@code onnx:all-minilm-l6-v2-q}. */
    String name();

    /**
     * The time this scorer may add to one compression; the engine adds it to its default time
     * budget when the application did not set one.
     */
    default Duration budget() {
        return Duration.ofMillis(400);
    }
}

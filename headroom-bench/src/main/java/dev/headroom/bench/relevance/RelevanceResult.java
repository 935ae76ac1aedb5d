package dev.headroom.bench.relevance;

import java.util.List;

/**
 * One question's outcome: the question terms its answer unit shares (empty: no overlap), whether its
 * input is held out, the input's o200k tokens, and the lexical and scorer compressions (the scorer's
 * is null when no scorer was available).
 */
public record RelevanceResult(
        Question question, List<String> shared, boolean heldOut, int tokensBefore, RelevanceEval.Arm lexical, RelevanceEval.Arm scorer) {

    public RelevanceResult {
        shared = List.copyOf(shared);
    }

    /** Whether the question shares no content word with its answer unit (by {@link Overlap}). */
    public boolean noOverlap() {
        return shared.isEmpty();
    }
}

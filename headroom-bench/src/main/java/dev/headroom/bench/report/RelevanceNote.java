package dev.headroom.bench.report;

import dev.headroom.bench.relevance.RelevanceResults;

/** The paragraph explaining the relevance tables: the set, the verdict, the settings. */
final class RelevanceNote {

    private RelevanceNote() {}

    static String text(RelevanceResults r) {
        return "Each question of `headroom-bench/src/main/resources/dev/headroom/bench/relevance/questions.json` is asked over its corpus "
                + "input as `headroom compress FILE --query Q` would (default settings), once with lexical signals only and once with the "
                + "scorer `" + r.scorerId() + "`" + (r.scorerAvailable() ? " (" + r.scorerName() + ")" : " (not available on the classpath: n/a)")
                + ". Kept: the answer string is verbatim in the output, or the input passed through. No time budget "
                + "(`timeBudget(Duration.ZERO)`), so a shared machine's load cannot change a verdict; ms/call is one timed call per question "
                + "and arm on a fresh instance, after one untimed pass. \"No overlap\": by `Overlap`, the question shares no content word "
                + "(`QueryTerms`, letter-and-digit parts, 5-character stems) with the whole answer unit. Held-out: inputs whose questions were "
                + "written last, before any of them was run, and not revised after. Saved: o200k tokens, token-weighted over the group's inputs (an input asked about "
                + "twice counts twice).";
    }
}

package dev.headroom.bench.relevance;

import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.relevance.RelevanceScorers;
import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks every question of a {@link QuestionSet} over its corpus input twice, as
 * {@code headroom compress FILE --query Q} would (default settings), once with lexical signals only
 * and once with a relevance scorer found by id, and records whether the answer string is still in
 * the output. The instances have no time budget ({@code timeBudget(Duration.ZERO)}), so the load of a
 * shared machine cannot decide a verdict; the latency is measured but does not affect what is kept.
 */
public final class RelevanceEval {

    private final Path corpus;
    private final String scorerId;
    private final TokenCounter o200k = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);

    /** An evaluation over the corpus at {@code corpus}, comparing lexical with the scorer {@code scorerId}. */
    public RelevanceEval(Path corpus, String scorerId) {
        this.corpus = corpus;
        this.scorerId = scorerId;
    }

    /** The scorer with the configured id, or empty when no provider on the classpath has that id. */
    Optional<RelevanceScorer> scorer() {
        try {
            return RelevanceScorers.forId(scorerId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Runs every question (one untimed warm-up pass over all of them first) and returns the results. */
    public RelevanceResults run(QuestionSet set) {
        Optional<RelevanceScorer> scorer = scorer();
        List<Prepared> prepared = new ArrayList<>();
        for (Question q : set.questions()) {
            QuestionInput in = QuestionInput.of(corpus, q);
            String unit = AnswerUnits.unit(q.kind(), in.text(), q.answer())
                    .orElseThrow(() -> new IllegalArgumentException(q.id() + ": answer not found once as a " + q.kind().id()
                            + " in " + q.inputKey()));
            prepared.add(new Prepared(q, in, Overlap.shared(q.question(), unit), set.isHeldOut(q), o200k.count(in.text())));
        }
        for (Prepared p : prepared) {
            compress(p.input(), Optional.empty());
            scorer.ifPresent(s -> compress(p.input(), Optional.of(s)));
        }
        List<RelevanceResult> out = new ArrayList<>();
        for (Prepared p : prepared) {
            Arm lexical = measure(p, Optional.empty());
            Arm meaning = scorer.map(s -> measure(p, Optional.of(s))).orElse(null);
            out.add(new RelevanceResult(p.question(), p.shared(), p.heldOut(), p.tokens(), lexical, meaning));
        }
        return new RelevanceResults(scorerId, scorer.map(RelevanceScorer::name).orElse(null), out);
    }

    private Arm measure(Prepared p, Optional<RelevanceScorer> scorer) {
        long t0 = System.nanoTime();
        CompressionResult r = compress(p.input(), scorer);
        double ms = (System.nanoTime() - t0) / 1e6;
        boolean kept = !r.compressed() || r.text().contains(p.question().answer());
        int after = r.compressed() ? o200k.count(r.text()) : p.tokens();
        return new Arm(kept, after, ms);
    }

    private static CompressionResult compress(QuestionInput in, Optional<RelevanceScorer> scorer) {
        Headroom.Builder b = Headroom.builder().minTokens(HeadroomConfig.DEFAULT_MIN_TOKENS).timeBudget(Duration.ZERO);
        scorer.ifPresent(b::relevance);
        return b.build().compress(in.text(), in.hints());
    }

    private record Prepared(Question question, QuestionInput input, List<String> shared, boolean heldOut, int tokens) {}

    /** One compression of a question's input: answer kept inline, o200k tokens after, time of the call. */
    public record Arm(boolean kept, int tokensAfter, double millis) {}
}

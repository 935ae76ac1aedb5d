package dev.headroom.compress.text;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Elision;
import dev.headroom.relevance.ClosestUnits;
import java.util.ArrayList;
import java.util.List;

/**
 * A conservative extractive compressor for prose and text of unknown shape. Below
 * {@value #MIN_TOKENS} tokens the text passes through. Above, it splits the text into sentences
 * and lines, keeps verbatim and in order every sentence that carries a fact (see
 * {@code Salience}), the first and last {@value #EDGE_SEGMENTS} sentences and every fenced code
 * block, and replaces each run of the remaining sentences worth at least
 * {@value #MIN_ELIDED_RUN_TOKENS} tokens by a marker whose handle retrieves exactly that run.
 * Shorter runs stay. With a relevance scorer and a question, the left-out sentences most about the
 * question are kept as well ({@code RelevantSentences}). Deterministic and linear in the input.
 */
public final class TextCompressor implements Compressor {

    /** Texts shorter than this many tokens pass through: there is too little to gain. */
    public static final int MIN_TOKENS = 2_000;

    /** The first and the last this many sentences are always kept. */
    public static final int EDGE_SEGMENTS = 3;

    /** A run of plain sentences is elided only when it holds at least this many tokens. */
    public static final int MIN_ELIDED_RUN_TOKENS = 60;

    static final String UNIT = "sentences";

    @Override
    public Compressed compress(String input, CompressionContext ctx) {
        if (ctx.tokens().count(input, ctx::checkDeadline) < MIN_TOKENS) {
            return Compressed.unchanged(input, "text-below-threshold");
        }
        List<Segment> segments = Segmenter.split(input);
        ctx.checkDeadline();
        boolean[] keep = decide(input, segments, new Salience(ctx.queryTerms()));
        ctx.checkDeadline();
        keepRelevant(input, segments, keep, ctx);
        StringBuilder out = new StringBuilder(input.length());
        List<Elision> elisions = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            ctx.checkDeadline();
            if (keep[i]) {
                Segment s = segments.get(i);
                out.append(input, s.start(), s.end());
                i++;
                continue;
            }
            int j = i;
            while (j < segments.size() && !keep[j]) {
                j++;
            }
            Segment first = segments.get(i);
            Segment last = segments.get(j - 1);
            String run = input.substring(first.start(), last.textEnd());
            if (ctx.tokens().count(run, ctx::checkDeadline) >= MIN_ELIDED_RUN_TOKENS) {
                Elision e = ctx.elide(j - i, UNIT, ctx.store(run));
                elisions.add(e);
                out.append(e.render()).append(input, last.textEnd(), last.end());
            } else {
                out.append(input, first.start(), last.end());
            }
            i = j;
        }
        if (elisions.isEmpty()) {
            return Compressed.unchanged(input, "text-all-salient");
        }
        return new Compressed(out.toString(), "text:extractive", elisions);
    }

    /**
     * With a relevance scorer and a question, also keeps the left-out sentences it finds about the
     * question (see {@link RelevantSentences}); the first {@link ClosestUnits#MAX_UNITS} are judged.
     */
    private static void keepRelevant(String input, List<Segment> segments, boolean[] keep, CompressionContext ctx) {
        if (!ctx.hasRelevanceScorer()) {
            return;
        }
        List<Integer> candidates = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < segments.size() && candidates.size() < ClosestUnits.MAX_UNITS; i++) {
            Segment s = segments.get(i);
            String text = input.substring(s.start(), s.textEnd());
            if (!keep[i] && !text.isBlank()) {
                candidates.add(i);
                sentences.add(text);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        float[] scores = ctx.relevanceScores(sentences);
        if (scores == null) {
            return;
        }
        for (int p : RelevantSentences.pick(sentences, scores)) {
            keep[candidates.get(p)] = true;
        }
    }

    private static boolean[] decide(String input, List<Segment> segments, Salience salience) {
        boolean[] keep = new boolean[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            keep[i] = i < EDGE_SEGMENTS || i >= segments.size() - EDGE_SEGMENTS || s.fenced()
                    || salience.salient(input.substring(s.start(), s.textEnd()));
        }
        return keep;
    }
}

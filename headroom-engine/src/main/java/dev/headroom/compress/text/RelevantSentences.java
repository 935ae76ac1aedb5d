package dev.headroom.compress.text;

import dev.headroom.relevance.ClosestUnits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks, among sentences the salience rules would leave out, those a relevance scorer finds about
 * the question, by maximal marginal relevance: each pick is the sentence whose closeness to the
 * question, minus its word overlap with the sentences already picked, is highest, so a run of
 * near-identical sentences gives one pick rather than all.
 */
final class RelevantSentences {

    /** Weight of closeness to the question against overlap with earlier picks. */
    static final double LAMBDA = 0.7;

    /** At least this many picks are allowed, and at most a tenth of the candidates beyond that. */
    static final int MIN_PICKS = 3;

    private RelevantSentences() {}

    /**
     * Indices into {@code sentences} to keep, given each one's closeness to the question
     * ({@code scores}, index-aligned); only sentences at least {@link ClosestUnits#MIN_SIMILARITY}
     * close are picked.
     */
    static List<Integer> pick(List<String> sentences, float[] scores) {
        int max = Math.max(MIN_PICKS, sentences.size() / 10);
        List<Set<String>> words = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            words.add(words(s));
        }
        List<Integer> picked = new ArrayList<>();
        boolean[] taken = new boolean[sentences.size()];
        while (picked.size() < max) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < sentences.size(); i++) {
                if (taken[i] || scores[i] < ClosestUnits.MIN_SIMILARITY) {
                    continue;
                }
                double overlap = 0;
                for (int p : picked) {
                    overlap = Math.max(overlap, jaccard(words.get(i), words.get(p)));
                }
                double value = LAMBDA * scores[i] - (1 - LAMBDA) * overlap;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            picked.add(best);
        }
        picked.sort(null);
        return picked;
    }

    private static Set<String> words(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}

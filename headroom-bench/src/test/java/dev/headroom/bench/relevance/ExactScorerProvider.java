package dev.headroom.bench.relevance;

import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.relevance.RelevanceScorerProvider;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** A test scorer, id {@code test-exact}: 1 for a unit containing the question's last word, 0 otherwise. */
public final class ExactScorerProvider implements RelevanceScorerProvider {

    @Override
    public String id() {
        return "test-exact";
    }

    @Override
    public RelevanceScorer create() {
        return new RelevanceScorer() {
            @Override
            public float[] score(String query, List<String> units, Duration timeLeft) {
                String[] words = query.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").strip().split("\\s+");
                String last = words[words.length - 1];
                float[] out = new float[units.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = units.get(i).toLowerCase(Locale.ROOT).contains(last) ? 1f : 0f;
                }
                return out;
            }

            @Override
            public String name() {
                return "test-exact";
            }
        };
    }
}

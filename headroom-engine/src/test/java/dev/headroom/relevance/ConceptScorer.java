package dev.headroom.relevance;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for an embedding model in tests: a unit is close to any question (0.9) when it holds
 * the concept word, somewhat close (0.5) when it holds the near word, far (0.05) otherwise. The
 * questions the tests ask share no word with the units, so only this scorer can find them.
 */
final class ConceptScorer implements RelevanceScorer {

    private final String concept;
    private final String near;
    final AtomicInteger unitsScored = new AtomicInteger();

    ConceptScorer(String concept) {
        this(concept, "\u0000");
    }

    ConceptScorer(String concept, String near) {
        this.concept = concept;
        this.near = near;
    }

    @Override
    public float[] score(String query, List<String> units, Duration timeLeft) {
        float[] out = new float[units.size()];
        for (int i = 0; i < out.length; i++) {
            String u = units.get(i).toLowerCase(Locale.ROOT);
            out[i] = u.contains(concept) ? 0.9f : u.contains(near) ? 0.5f : 0.05f;
        }
        unitsScored.addAndGet(units.size());
        return out;
    }

    @Override
    public String name() {
        return "concept:" + concept;
    }
}

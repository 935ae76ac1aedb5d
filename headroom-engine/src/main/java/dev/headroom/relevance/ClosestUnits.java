package dev.headroom.relevance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Picks, among a compressor's units, the few a {@link RelevanceScorer} finds closest to the
 * question, for the compressor to keep besides what its own rules keep.
 *
 * <p>Deterministic by construction: identical units are scored once, at most {@link #MAX_UNITS}
 * distinct units (the first ones) are scored, and if the scorer leaves any of them unscored (it ran
 * out of time) no unit is picked at all, so an output never depends on how far a scorer got.
 */
public final class ClosestUnits {

    /** At most this many distinct units are scored per call; later units rely on lexical signals. */
    public static final int MAX_UNITS = 256;

    /** Characters of a unit passed to the scorer (an embedding model reads a short window anyway). */
    public static final int MAX_UNIT_CHARS = 400;

    /**
     * A unit must be at least this similar to be picked. Sentence embeddings put unrelated text
     * around 0.0–0.15 from a question; terse machine text about the same thing (a log message, an
     * import line) can score as little as 0.2, prose about it 0.3 and above.
     */
    public static final float MIN_SIMILARITY = 0.20f;

    /**
     * A unit below {@link #MIN_SIMILARITY} is still picked when it stands this far above the median
     * of the units scored (at least {@link #MIN_UNITS_FOR_STANDOUT} of them): terse machine text
     * ({@code action=delete_account}) scores low against any question, so closeness is also judged
     * against the other units of the same output.
     */
    public static final float MIN_STANDOUT = 0.05f;

    /** Units needed for a median to mean anything. */
    public static final int MIN_UNITS_FOR_STANDOUT = 5;

    /** A picked unit is also within this distance of the best unit's similarity. */
    public static final float MAX_GAP_TO_BEST = 0.20f;

    private ClosestUnits() {}

    /** Items offered to a scorer and the unit text of each, index-aligned. */
    public record Candidates<T>(List<T> items, List<String> units) {}

    /**
     * Up to {@link #MAX_UNITS} items with distinct unit texts, taken round-robin over {@code groups}
     * (the first of each group, then the second of each, ...), so that the limit reaches every group
     * (every template, every file) before it reaches many items of one. {@code unitOf} gives an
     * item's unit text, or null to pass it over; {@code checkpoint} runs once per round (a deadline
     * check). Linear in the items visited.
     */
    public static <T> Candidates<T> roundRobin(Collection<? extends List<T>> groups, Function<T, String> unitOf, Runnable checkpoint) {
        List<T> items = new ArrayList<>();
        List<String> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<List<T>> active = new ArrayList<>(groups);
        for (int round = 0; units.size() < MAX_UNITS && !active.isEmpty(); round++) {
            checkpoint.run();
            List<List<T>> next = new ArrayList<>(active.size());
            for (List<T> group : active) {
                if (round >= group.size()) {
                    continue;
                }
                T item = group.get(round);
                String unit = unitOf.apply(item);
                if (unit != null && units.size() < MAX_UNITS && seen.add(unit)) {
                    items.add(item);
                    units.add(unit);
                }
                if (round + 1 < group.size()) {
                    next.add(group);
                }
            }
            active = next;
        }
        return new Candidates<>(items, units);
    }

    /**
     * Indices (ascending) of at most {@code k} units closest to {@code query}; empty without a
     * scorer, without a question, or when the scorer could not score every unit it was given.
     */
    public static int[] pick(RelevanceScorer scorer, String query, List<String> units, int k, Duration timeLeft) {
        if (scorer == null || query == null || query.isBlank() || units.isEmpty() || k <= 0) {
            return new int[0];
        }
        Map<String, Integer> distinctIndex = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] unitToDistinct = new int[units.size()];
        Arrays.fill(unitToDistinct, -1);
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            if (u == null || u.isBlank()) {
                continue;
            }
            String key = u.length() > MAX_UNIT_CHARS ? u.substring(0, MAX_UNIT_CHARS) : u;
            Integer d = distinctIndex.get(key);
            if (d == null) {
                if (distinct.size() == MAX_UNITS) {
                    continue;
                }
                d = distinct.size();
                distinctIndex.put(key, d);
                distinct.add(key);
            }
            unitToDistinct[i] = d;
        }
        if (distinct.isEmpty()) {
            return new int[0];
        }
        float[] scores = scores(scorer, query, distinct, timeLeft);
        if (scores == null) {
            return new int[0];
        }
        float best = Float.NEGATIVE_INFINITY;
        for (float score : scores) {
            best = Math.max(best, score);
        }
        float standoutFloor = scores.length >= MIN_UNITS_FOR_STANDOUT ? median(scores) + MIN_STANDOUT : Float.POSITIVE_INFINITY;
        float floor = Math.max(Math.min(MIN_SIMILARITY, standoutFloor), best - MAX_GAP_TO_BEST);
        // rank distinct units by score, ties by first appearance, and take the top k above the floor
        Integer[] order = new Integer[distinct.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[] s = scores;
        Arrays.sort(order, (a, b) -> s[a] != s[b] ? Float.compare(s[b], s[a]) : Integer.compare(a, b));
        boolean[] chosen = new boolean[distinct.size()];
        int taken = 0;
        for (Integer d : order) {
            if (taken == k || s[d] < floor) {
                break;
            }
            chosen[d] = true;
            taken++;
        }
        // every unit carrying a chosen text, first occurrence only, so k bounds what is added
        List<Integer> out = new ArrayList<>();
        boolean[] used = new boolean[distinct.size()];
        for (int i = 0; i < units.size(); i++) {
            int d = unitToDistinct[i];
            if (d >= 0 && chosen[d] && !used[d]) {
                used[d] = true;
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static float median(float[] scores) {
        float[] sorted = scores.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The scores of {@code units} (index-aligned), or null without a scorer, a question, or a full
     * set of scores; for compressors that blend meaning into their own ranking (prose selection).
     * At most {@link #MAX_UNITS} units are scored; past that the result is null.
     */
    public static float[] scores(RelevanceScorer scorer, String query, List<String> units, Duration timeLeft) {
        if (scorer == null || query == null || query.isBlank() || units.isEmpty() || units.size() > MAX_UNITS) {
            return null;
        }
        List<String> clipped = new ArrayList<>(units.size());
        for (String u : units) {
            String t = u == null ? "" : u;
            clipped.add(t.length() > MAX_UNIT_CHARS ? t.substring(0, MAX_UNIT_CHARS) : t);
        }
        float[] scores;
        try {
            scores = scorer.score(query, List.copyOf(clipped), timeLeft);
        } catch (RuntimeException e) {
            return null; // a scorer must not throw; if one does, lexical signals decide alone
        }
        if (scores == null || scores.length != units.size()) {
            return null;
        }
        for (float s : scores) {
            if (Float.isNaN(s)) {
                return null;
            }
        }
        return scores;
    }
}

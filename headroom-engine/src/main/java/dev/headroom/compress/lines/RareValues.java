package dev.headroom.compress.lines;

import dev.headroom.internal.LineShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the records of a group that carry a rare value in a categorical field: a token position
 * where the group's lines take only a few values, one of them most of the time (an HTTP status, a
 * result code, an alert label, a state), and this record one that occurs in at most
 * {@link #RARE_SHARE} of them. Such a line is an anomaly of its template and is kept verbatim.
 */
final class RareValues {

    /** Groups smaller than this have no "usual" value to depart from. */
    static final int MIN_GROUP = 20;
    /** A categorical position takes at most this many distinct values in the group. */
    static final int MAX_CATEGORIES = 12;
    /** ... and its most common value covers at least this share of the group. */
    static final double DOMINANT_SHARE = 0.5;
    /** A value this rare (share of the group, at least one line) is an anomaly. */
    static final double RARE_SHARE = 0.02;
    /** At most this many rare lines are kept per group, so a noisy field cannot undo the compression. */
    static final int MAX_KEPT = 8;
    /** Token positions looked at. */
    static final int MAX_POSITIONS = 10;

    private RareValues() {}

    /** The indices (into {@code bodies}) of the group's lines that carry a rare categorical value, in order, at most {@link #MAX_KEPT}. */
    static List<Integer> rareLines(List<String> bodies, char delimiter) {
        int n = bodies.size();
        if (n < MIN_GROUP) {
            return List.of();
        }
        List<List<String>> tokens = new ArrayList<>(n);
        for (String b : bodies) {
            tokens.add(LineShape.rawTokens(b, delimiter, MAX_POSITIONS));
        }
        List<Map<String, Integer>> counts = new ArrayList<>();
        boolean[] overflow = new boolean[MAX_POSITIONS];
        for (List<String> t : tokens) {
            for (int p = 0; p < Math.min(t.size(), MAX_POSITIONS); p++) {
                while (counts.size() <= p) {
                    counts.add(new HashMap<>());
                }
                if (overflow[p]) {
                    continue;
                }
                Map<String, Integer> c = counts.get(p);
                c.merge(t.get(p), 1, Integer::sum);
                if (c.size() > MAX_CATEGORIES) {
                    overflow[p] = true;
                    c.clear();
                }
            }
        }
        int rare = Math.max(1, (int) (RARE_SHARE * n));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n && out.size() < MAX_KEPT; i++) {
            List<String> t = tokens.get(i);
            for (int p = 0; p < Math.min(t.size(), MAX_POSITIONS); p++) {
                if (!overflow[p] && isCategorical(counts.get(p), n) && counts.get(p).get(t.get(p)) <= rare) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isCategorical(Map<String, Integer> c, int n) {
        if (c.size() < 2) {
            return false;
        }
        int max = 0;
        int total = 0;
        for (int v : c.values()) {
            max = Math.max(max, v);
            total += v;
        }
        // positions most lines reach, with one usual value
        return total >= 0.9 * n && max >= DOMINANT_SHARE * n;
    }
}

package dev.headroom.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * Template mining in the spirit of Drain (He et al., "Drain: An Online Log Parsing Approach with
 * Fixed Depth Tree", ICWS 2017), reduced to what a compressor needs and kept linear:
 *
 * 1. A line's shape (LineShape) already masks numbers, ids, addresses and timestamps; identical
 *    shapes are one group, found by hash lookup.
 * 2. A new shape is compared with the templates of its bucket (same token count and same first
 *    token); the closest template that differs in at most a quarter of the positions is its
 *    template. The comparison is against the template's first shape, which never changes.
 * 3. Each template remembers, per position, the words seen there. A position whose vocabulary
 *    grows beyond MAX_VOCABULARY words is open: it holds a variable (a user or host name). A shape
 *    that differs from its template only at open positions joins the template's group; any other
 *    new shape is a group of its own, so a small vocabulary (cupsd / klogd, FOLLOWING / LEADING,
 *    Accepted / Failed) stays visible line by line.
 * 4. At most MAX_SCAN templates per bucket are compared, which bounds the work per line; beyond
 *    that a new shape simply opens a new template.
 */
/** Assigns each log line a group id; ids are dense and numbered in order of first appearance. */
public final class TemplateMiner {

    public static final int MAX_SCAN = 64;
    public static final int MAX_VOCABULARY = 4;

    private final Map<List<String>, Integer> byShape = new HashMap<>();
    private final Map<String, List<Template>> buckets = new HashMap<>();
    private int next;

    /** The group id of a line with these masked tokens. */
    public int assign(List<String> shape) {
        Integer known = byShape.get(shape);
        if (known != null) {
            return known;
        }
        String bucketKey = shape.size() + "\u0000" + (shape.isEmpty() ? "" : shape.get(0));
        List<Template> bucket = buckets.computeIfAbsent(bucketKey, k -> new ArrayList<>());
        int allowed = allowedDifferences(shape.size());
        Template best = null;
        int bestDiff = Integer.MAX_VALUE;
        int scanned = 0;
        for (Template t : bucket) {
            if (scanned++ == MAX_SCAN) {
                break;
            }
            int d = differences(t.first, shape, Math.min(allowed, bestDiff - 1));
            if (d >= 0) {
                best = t;
                bestDiff = d;
            }
        }
        int id;
        if (best == null) {
            id = next++;
            bucket.add(new Template(id, shape));
        } else if (best.onlyOpenDifferences(shape)) {
            id = best.id;
        } else {
            id = next++;
            best.learn(shape);
        }
        byShape.put(shape, id);
        return id;
    }

    /** Number of groups so far. */
    public int count() {
        return next;
    }

    /** Word positions allowed to differ: one per four tokens, and none in lines of three tokens or fewer. */
    static int allowedDifferences(int tokens) {
        return tokens <= 3 ? 0 : Math.max(1, tokens / 4);
    }

    /** Positions where {@code a} and {@code b} differ, or -1 once more than {@code limit}. */
    private static int differences(List<String> a, List<String> b, int limit) {
        int d = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i)) && ++d > limit) {
                return -1;
            }
        }
        return d;
    }

    private static final class Template {
        final int id;
        final List<String> first;
        final Map<Integer, Set<String>> vocabulary = new HashMap<>();

        Template(int id, List<String> first) {
            this.id = id;
            this.first = first;
        }

        boolean onlyOpenDifferences(List<String> shape) {
            for (int i = 0; i < first.size(); i++) {
                if (!first.get(i).equals(shape.get(i))) {
                    Set<String> words = vocabulary.get(i);
                    if (words == null || words.size() <= MAX_VOCABULARY) {
                        return false;
                    }
                }
            }
            return true;
        }

        void learn(List<String> shape) {
            for (int i = 0; i < first.size(); i++) {
                if (!first.get(i).equals(shape.get(i))) {
                    Set<String> words = vocabulary.computeIfAbsent(i, k -> new HashSet<>(List.of(first.get(k))));
                    if (words.size() <= MAX_VOCABULARY) {
                        words.add(shape.get(i));
                    }
                }
            }
        }
    }
}

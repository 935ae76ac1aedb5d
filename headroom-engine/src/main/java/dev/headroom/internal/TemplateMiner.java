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
 *    Accepted / Failed) stays visible line by line. Open positions do not count as differences.
 *    A long line (LONG_LINE tokens or more) that shares at least half its closed positions with a
 *    template also teaches it its words, so the fields of access logs and key=value records
 *    (paths, agents, clients) open after a few lines instead of splitting every line apart.
 * 4. At most MAX_SCAN templates per bucket are compared, which bounds the work per line; beyond
 *    that a new shape simply opens a new template.
 */
/** Assigns each log line a group id; ids are dense and numbered in order of first appearance. */
public final class TemplateMiner {

    public static final int MAX_SCAN = 64;
    public static final int MAX_VOCABULARY = 4;

    /** Lines of at least this many tokens learn from templates they share half their tokens with. */
    static final int LONG_LINE = 8;

    /** A line's header (the fields before its message) ends within this many tokens, or it has none. */
    static final int HEADER_TOKENS = 6;

    private final Map<List<String>, Integer> byShape = new HashMap<>();
    private final Map<String, Bucket> buckets = new HashMap<>();
    private int next;

    /** The group id of a line with these masked tokens. */
    public int assign(List<String> shape) {
        Integer known = byShape.get(shape);
        if (known != null) {
            return known;
        }
        String bucketKey = shape.size() + "\u0000" + (shape.isEmpty() ? "" : shape.get(0));
        Bucket bucket = buckets.computeIfAbsent(bucketKey, k -> new Bucket());
        int header = headerEnd(shape);
        bucket.see(shape, header);
        int allowed = allowedDifferences(shape.size());
        // a long line half like a template teaches it which positions vary; in a short line every word counts
        int learnable = shape.size() >= LONG_LINE ? Math.max(allowed, shape.size() / 2) : allowed;
        Template best = null;
        int bestDiff = Integer.MAX_VALUE;
        int scanned = 0;
        for (Template t : bucket.templates) {
            if (scanned++ == MAX_SCAN) {
                break;
            }
            int d = t.closedDifferences(shape, Math.min(learnable, bestDiff - 1), bucket, header);
            if (d >= 0) {
                best = t;
                bestDiff = d;
            }
        }
        int id;
        if (best == null) {
            id = next++;
            bucket.templates.add(new Template(id, shape));
        } else if (bestDiff == 0) {
            id = best.id;
        } else {
            // similar enough to teach the template what varies, too different to join it
            best.learn(shape);
            if (bestDiff <= allowed) {
                id = next++;
            } else {
                id = next++;
                bucket.templates.add(new Template(id, shape));
            }
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

    /**
     * Where a line's header ends: the first token ending with {@code :} among the first
     * {@link #HEADER_TOKENS} ({@code sshd[42]:}, {@code c.e.Service:}), or 0 when there is none. The
     * fields before it (host, thread, logger) are the line's header, not its message.
     */
    static int headerEnd(List<String> shape) {
        for (int i = 1; i < Math.min(shape.size(), HEADER_TOKENS); i++) {
            String t = shape.get(i);
            if (t.length() > 1 && t.charAt(t.length() - 1) == ':') {
                return i;
            }
        }
        return 0;
    }

    /**
     * Lines with the same token count and first token. Besides their templates, a bucket counts the
     * words of its lines' header fields: a header field that takes more than
     * {@link #MAX_VOCABULARY} values across the bucket (a host, a thread) is open in every template of
     * the bucket, so each event type does not have to learn it again.
     */
    private static final class Bucket {
        final List<Template> templates = new ArrayList<>();
        final Map<Integer, Set<String>> headerWords = new HashMap<>();

        void see(List<String> shape, int header) {
            for (int i = 1; i < header; i++) {
                Set<String> words = headerWords.computeIfAbsent(i, k -> new HashSet<>());
                if (words.size() <= MAX_VOCABULARY) {
                    words.add(shape.get(i));
                }
            }
        }

        boolean headerOpen(int position, int header) {
            if (position <= 0 || position >= header) {
                return false;
            }
            Set<String> words = headerWords.get(position);
            return words != null && words.size() > MAX_VOCABULARY;
        }
    }

    private static final class Template {
        final int id;
        final List<String> first;
        final Map<Integer, Set<String>> vocabulary = new HashMap<>();

        Template(int id, List<String> first) {
            this.id = id;
            this.first = first;
        }

        /**
         * Positions where {@code shape} differs from the first shape and the position is open neither
         * here nor as a header field of the bucket, or -1 once more than {@code limit}.
         */
        int closedDifferences(List<String> shape, int limit, Bucket bucket, int header) {
            int d = 0;
            for (int i = 0; i < first.size(); i++) {
                if (!first.get(i).equals(shape.get(i)) && !isOpen(i) && !bucket.headerOpen(i, header) && ++d > limit) {
                    return -1;
                }
            }
            return d;
        }

        private boolean isOpen(int position) {
            Set<String> words = vocabulary.get(position);
            return words != null && words.size() > MAX_VOCABULARY;
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

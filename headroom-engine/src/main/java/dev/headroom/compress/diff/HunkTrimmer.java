package dev.headroom.compress.diff;

import dev.headroom.internal.RawLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a hunk down to its changed lines plus {@code context} unchanged lines on each side, splitting
 * it where a longer unchanged stretch is dropped. Each piece gets a header whose ranges are
 * recomputed from the lines before it, so the pieces apply to exactly the lines the hunk did.
 */
final class HunkTrimmer {

    /** A piece of a hunk: lines {@code [from, to)} of it. */
    record Piece(int from, int to) {}

    private HunkTrimmer() {}

    /** The kept pieces, in order; a single piece covering the whole hunk means nothing is dropped. */
    static List<Piece> pieces(Hunk h, int context) {
        int n = h.lines().size();
        char[] kind = kinds(h);
        int[] distance = new int[n];
        int last = -1_000_000;
        for (int i = 0; i < n; i++) {
            if (kind[i] == '+' || kind[i] == '-') {
                last = i;
            }
            distance[i] = i - last;
        }
        last = 1_000_000;
        for (int i = n - 1; i >= 0; i--) {
            if (kind[i] == '+' || kind[i] == '-') {
                last = i;
            }
            distance[i] = Math.min(distance[i], last - i);
        }
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            keep[i] = kind[i] == '\\' ? i > 0 && keep[i - 1] : distance[i] <= context;
        }
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!keep[i]) {
                i++;
                continue;
            }
            int from = i;
            while (i < n && keep[i]) {
                i++;
            }
            out.add(new Piece(from, i));
        }
        return out;
    }

    /** The header line for {@code piece} of {@code h}, with {@code section} after the closing {@code @@}. */
    static String header(Hunk h, Piece piece, String section, String eol) {
        return header(h, Ranges.of(h), piece, section, eol);
    }

    /** As {@link #header(Hunk, Piece, String, String)}, with the hunk's line counts computed once. */
    static String header(Hunk h, Ranges ranges, Piece piece, String section, String eol) {
        long oldBefore = ranges.old()[piece.from()];
        long newBefore = ranges.neu()[piece.from()];
        long oldCount = ranges.old()[piece.to()] - oldBefore;
        long newCount = ranges.neu()[piece.to()] - newBefore;
        long oldStart = start(h.oldStart(), h.oldCount(), oldBefore, oldCount);
        long newStart = start(h.newStart(), h.newCount(), newBefore, newCount);
        return "@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@" + section + eol;
    }

    /** How many old-side and new-side lines precede each line of a hunk (index {@code n} = totals). */
    record Ranges(int[] old, int[] neu) {
        static Ranges of(Hunk h) {
            char[] kind = kinds(h);
            int[] old = new int[kind.length + 1];
            int[] neu = new int[kind.length + 1];
            for (int i = 0; i < kind.length; i++) {
                old[i + 1] = old[i] + (kind[i] == ' ' || kind[i] == '-' ? 1 : 0);
                neu[i + 1] = neu[i] + (kind[i] == ' ' || kind[i] == '+' ? 1 : 0);
            }
            return new Ranges(old, neu);
        }
    }

    /** Unified diff numbers an empty range by the line before it. */
    private static long start(long hunkStart, long hunkCount, long before, long count) {
        long first = hunkCount == 0 ? hunkStart + 1 : hunkStart;
        long s = first + before;
        return count == 0 ? s - 1 : s;
    }

    static char[] kinds(Hunk h) {
        char[] kind = new char[h.lines().size()];
        for (int i = 0; i < kind.length; i++) {
            String b = RawLines.body(h.lines().get(i));
            kind[i] = b.isEmpty() ? ' ' : b.charAt(0);
        }
        return kind;
    }
}

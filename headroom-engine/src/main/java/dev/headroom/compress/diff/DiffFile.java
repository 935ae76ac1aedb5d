package dev.headroom.compress.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * One file's part of a diff: its header lines ({@code diff --git}, {@code index}, {@code ---} /
 * {@code +++}, mode, rename, similarity, binary lines) and its body, where each part is either a
 * {@link Hunk} or a verbatim line between or after hunks.
 */
final class DiffFile {

    final List<String> header = new ArrayList<>();
    final List<Object> body = new ArrayList<>();
    final int startOffset;
    int endOffset;

    DiffFile(int startOffset) {
        this.startOffset = startOffset;
        this.endOffset = startOffset;
    }

    List<Hunk> hunks() {
        List<Hunk> out = new ArrayList<>();
        for (Object o : body) {
            if (o instanceof Hunk h) {
                out.add(h);
            }
        }
        return out;
    }

    boolean hasOldFileLine() {
        for (String h : header) {
            if (h.startsWith("--- ")) {
                return true;
            }
        }
        return false;
    }

    /** The file's path as best the header tells: the new side, or the old side for a deletion. */
    String path() {
        String plus = null;
        String minus = null;
        String other = null;
        for (String raw : header) {
            String h = body(raw);
            if (h.startsWith("+++ ")) {
                plus = stripSide(h.substring(4), "b/");
            } else if (h.startsWith("--- ")) {
                minus = stripSide(h.substring(4), "a/");
            } else if (h.startsWith("diff --git ") && other == null) {
                int b = h.lastIndexOf(" b/");
                other = b > 0 ? h.substring(b + 3) : h.substring(11);
            } else if (h.startsWith("Index: ") && other == null) {
                other = h.substring(7).strip();
            } else if (h.startsWith("=== ") && h.indexOf('\'') > 0 && other == null) {
                int q = h.indexOf('\'');
                int e = h.lastIndexOf('\'');
                other = e > q ? h.substring(q + 1, e) : h;
            }
        }
        if (plus != null && !plus.equals("/dev/null")) {
            return plus;
        }
        if (minus != null && !minus.equals("/dev/null")) {
            return minus;
        }
        return other == null ? "" : other;
    }

    /**
     * Whether the file is deleted whole: git's {@code deleted file mode} or {@code +++ /dev/null}, or
     * (as {@code diff -N} prints it) a single hunk whose new side is empty, {@code @@ -1,47 +0,0 @@}.
     */
    boolean isWholeFileDeletion() {
        if (isDeletion()) {
            return true;
        }
        List<Hunk> hunks = hunks();
        return hunks.size() == 1 && hunks.get(0).valid() && hunks.get(0).newStart() == 0 && hunks.get(0).newCount() == 0
                && hunks.get(0).oldCount() > 0;
    }

    /** Whether the file is added whole: {@code new file mode}, {@code --- /dev/null}, or a single hunk {@code @@ -0,0 +1,N @@}. */
    boolean isWholeFileAddition() {
        for (String raw : header) {
            String h = body(raw);
            if (h.startsWith("new file mode") || h.startsWith("--- /dev/null")) {
                return true;
            }
        }
        List<Hunk> hunks = hunks();
        return hunks.size() == 1 && hunks.get(0).valid() && hunks.get(0).oldStart() == 0 && hunks.get(0).oldCount() == 0
                && hunks.get(0).newCount() > 0;
    }

    boolean isDeletion() {
        for (String raw : header) {
            String h = body(raw);
            if (h.startsWith("deleted file mode") || h.startsWith("+++ /dev/null")) {
                return true;
            }
        }
        return false;
    }

    private static String stripSide(String s, String prefix) {
        int tab = s.indexOf('\t');
        String p = (tab >= 0 ? s.substring(0, tab) : s).strip();
        return p.startsWith(prefix) ? p.substring(prefix.length()) : p;
    }

    static String body(String raw) {
        return dev.headroom.internal.RawLines.body(raw);
    }
}

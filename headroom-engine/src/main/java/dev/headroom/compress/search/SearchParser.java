package dev.headroom.compress.search;

import dev.headroom.compress.Deadline;
import dev.headroom.compress.search.SearchLine.Kind;
import dev.headroom.internal.RawLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies the lines of grep / git grep / ripgrep output: flat {@code path:line:text} matches,
 * {@code path-line-text} context lines, {@code --} separators and ripgrep's {@code --heading} form.
 *
 * <p>A path may itself contain {@code -12-} or {@code :3:}; the path of a line is therefore the
 * first prefix, at a {@code <sep>digits<sep>} anchor, that is known as the path of some match line,
 * and only otherwise the prefix at the earliest anchor.
 */
final class SearchParser {

    private static final int MAX_ANCHORS = 8;
    private static final int MAX_DIGITS = 9;

    private SearchParser() {}

    private static final int CHECK_EVERY = 1024;

    static List<SearchLine> parse(String input) {
        return parse(input, Deadline.none());
    }

    /** {@link #parse(String)}, checking {@code deadline} every {@value #CHECK_EVERY} lines. */
    static List<SearchLine> parse(String input, Deadline deadline) {
        List<String> raws = RawLines.split(input);
        deadline.check();
        int n = raws.size();
        String[] bodies = new String[n];
        for (int i = 0; i < n; i++) {
            bodies[i] = RawLines.body(raws.get(i));
        }
        deadline.check();
        Set<String> knownPaths = new HashSet<>();
        for (String b : bodies) {
            int colon = firstAnchor(b, ':');
            if (colon > 0) {
                knownPaths.add(b.substring(0, colon));
            }
        }
        List<SearchLine> out = new ArrayList<>(n);
        String heading = null;
        for (int i = 0; i < n; i++) {
            if (i % CHECK_EVERY == CHECK_EVERY - 1) {
                deadline.check();
            }
            String raw = raws.get(i);
            String b = bodies[i];
            if (b.isBlank()) {
                out.add(new SearchLine(i, raw, Kind.BLANK, null, -1, null));
                heading = null;
            } else if (b.equals("--")) {
                out.add(new SearchLine(i, raw, Kind.SEPARATOR, null, -1, null));
            } else if (heading != null && headingBodyEnd(b) > 0) {
                out.add(headingBody(i, raw, b, heading));
            } else if (headingBodyEnd(b) < 0 && firstAnchor(b, ':') < 0 && i + 1 < n && headingBodyEnd(bodies[i + 1]) > 0) {
                heading = b;
                out.add(new SearchLine(i, raw, Kind.HEADING, b, -1, null));
            } else {
                out.add(flat(i, raw, b, knownPaths));
            }
        }
        return out;
    }

    private static SearchLine headingBody(int i, String raw, String b, String heading) {
        int end = headingBodyEnd(b);
        char sep = b.charAt(end);
        long no = Long.parseLong(b.substring(0, end));
        return new SearchLine(i, raw, sep == ':' ? Kind.MATCH : Kind.CONTEXT, heading, no, b.substring(end + 1));
    }

    private static SearchLine flat(int i, String raw, String b, Set<String> knownPaths) {
        int[] chosen = null;
        int[] earliest = null;
        int from = 1;
        for (int k = 0; k < MAX_ANCHORS; k++) {
            int[] a = nextAnchor(b, from);
            if (a == null) {
                break;
            }
            if (earliest == null) {
                earliest = a;
            }
            if (knownPaths.contains(b.substring(0, a[0]))) {
                chosen = a;
                break;
            }
            from = a[0] + 1;
        }
        if (chosen == null) {
            chosen = earliest;
        }
        if (chosen == null) {
            return new SearchLine(i, raw, Kind.OTHER, null, -1, null);
        }
        int pos = chosen[0];
        int numEnd = chosen[1];
        Kind kind = b.charAt(pos) == ':' ? Kind.MATCH : Kind.CONTEXT;
        long no = Long.parseLong(b.substring(pos + 1, numEnd));
        return new SearchLine(i, raw, kind, b.substring(0, pos), no, b.substring(numEnd + 1));
    }

    /** The next {@code <sep>digits<sep>} anchor at or after {@code from}: {start, end of digits}, or null. */
    private static int[] nextAnchor(String b, int from) {
        for (int p = Math.max(from, 1); p < b.length(); p++) {
            char c = b.charAt(p);
            if (c != ':' && c != '-') {
                continue;
            }
            int d = digitsEnd(b, p + 1);
            if (d > p + 1 && d < b.length() && b.charAt(d) == c) {
                return new int[] {p, d};
            }
        }
        return null;
    }

    /** Position of the first {@code <sep>digits<sep>} anchor with separator {@code sep}, or -1. */
    private static int firstAnchor(String b, char sep) {
        int p = b.indexOf(sep, 1);
        while (p > 0) {
            int d = digitsEnd(b, p + 1);
            if (d > p + 1 && d < b.length() && b.charAt(d) == sep) {
                return p;
            }
            p = b.indexOf(sep, p + 1);
        }
        return -1;
    }

    /** For {@code 12:text} or {@code 12-text}: the index of the separator; otherwise -1. */
    private static int headingBodyEnd(String b) {
        int d = digitsEnd(b, 0);
        if (d > 0 && d < b.length() && (b.charAt(d) == ':' || b.charAt(d) == '-')) {
            return d;
        }
        return -1;
    }

    private static int digitsEnd(String b, int from) {
        int d = from;
        while (d < b.length() && d - from < MAX_DIGITS && b.charAt(d) >= '0' && b.charAt(d) <= '9') {
            d++;
        }
        if (d < b.length() && b.charAt(d) >= '0' && b.charAt(d) <= '9') {
            return from; // too many digits to be a line number
        }
        return d;
    }
}

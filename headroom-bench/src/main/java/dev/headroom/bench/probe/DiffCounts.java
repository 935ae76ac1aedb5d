package dev.headroom.bench.probe;

import dev.headroom.ccr.Marker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unified diff read for counting, independently of the engine's parser: the lines before the first
 * file, then each file with its hunks' lines by kind, its other lines (headers, text between hunks)
 * and the markers written anywhere in it. Hunk lines are consumed by the header's counts, as
 * {@code patch} does; a line that does not fit ends the hunk.
 */
final class DiffCounts {

    private static final Pattern HUNK_HEADER = Pattern.compile("^@@ -(\\d{1,12})(?:,(\\d{1,12}))? \\+(\\d{1,12})(?:,(\\d{1,12}))? @@(.*)$");

    /**
     * One file (or the preamble): its name as the header gives it, its hunks, changed lines
     * ({@code +}/{@code -}), context lines (unchanged lines and {@code \ No newline} notes), other lines
     * (not counting lines that are only markers), and its markers.
     */
    static final class Section {
        String name = "";
        boolean hasOldFileLine;
        int hunks;
        int changes;
        int context;
        int other;
        final List<Marker> markers = new ArrayList<>();

        int hunkLines() {
            return changes + context;
        }

        /** The total count the markers of this section declare in {@code unit}. */
        int declared(String unit) {
            int n = 0;
            for (Marker m : markers) {
                if (m.unit().equals(unit)) {
                    n += m.count();
                }
            }
            return n;
        }

        boolean declares(String unit) {
            for (Marker m : markers) {
                if (m.unit().equals(unit)) {
                    return true;
                }
            }
            return false;
        }
    }

    private DiffCounts() {}

    /** The preamble (always first, possibly empty) and then one section per file. */
    static List<Section> of(String diff) {
        List<String> lines = Lines.of(diff);
        List<Section> out = new ArrayList<>();
        Section cur = new Section();
        cur.name = "(preamble)";
        out.add(cur);
        boolean inFile = false;
        int i = 0;
        while (i < lines.size()) {
            String l = lines.get(i);
            if (isFileStart(lines, i, cur, inFile)) {
                cur = new Section();
                out.add(cur);
                inFile = true;
            }
            cur.markers.addAll(Marker.findAll(l));
            Matcher m = HUNK_HEADER.matcher(l);
            if (l.startsWith("@@ ") && m.matches()) {
                if (!inFile) {
                    cur = new Section();
                    out.add(cur);
                    inFile = true;
                }
                cur.hunks++;
                i = consumeHunk(lines, i + 1, m, cur);
                continue;
            }
            if (!Lines.isMarkerOnly(l)) {
                cur.other++;
            }
            if (l.startsWith("--- ")) {
                cur.hasOldFileLine = true;
            }
            if (l.startsWith("+++ ") || cur.name.isEmpty() && (l.startsWith("diff ") || l.startsWith("Index: "))) {
                cur.name = l.startsWith("+++ ") ? l.substring(4).strip() : l;
            }
            i++;
        }
        return out;
    }

    private static boolean isFileStart(List<String> lines, int i, Section cur, boolean inFile) {
        String l = lines.get(i);
        if (l.startsWith("diff ") || l.startsWith("Index: ")) {
            return true;
        }
        if (l.startsWith("=== ") && (l.contains(" file '") || l.contains(" directory '"))) {
            return true;
        }
        if (l.startsWith("--- ") && i + 1 < lines.size() && lines.get(i + 1).startsWith("+++ ")) {
            // a "---" right after "diff --git" or "Index:" belongs to that file's header
            return !inFile || cur.hunks > 0 || cur.hasOldFileLine;
        }
        return false;
    }

    /** Counts the lines of the hunk whose header {@code m} matched; returns the index after its last line. */
    private static int consumeHunk(List<String> lines, int start, Matcher m, Section s) {
        long oldLeft = m.group(2) == null ? 1 : Long.parseLong(m.group(2));
        long newLeft = m.group(4) == null ? 1 : Long.parseLong(m.group(4));
        int i = start;
        while (i < lines.size() && (oldLeft > 0 || newLeft > 0)) {
            String l = lines.get(i);
            char c = l.isEmpty() ? ' ' : l.charAt(0);
            if (c == ' ' && oldLeft > 0 && newLeft > 0) {
                oldLeft--;
                newLeft--;
                s.context++;
            } else if (c == '-' && oldLeft > 0) {
                oldLeft--;
                s.changes++;
            } else if (c == '+' && newLeft > 0) {
                newLeft--;
                s.changes++;
            } else if (c == '\\') {
                s.context++;
            } else {
                break;
            }
            i++;
        }
        while (i < lines.size() && lines.get(i).startsWith("\\")) {
            s.context++;
            i++;
        }
        return i;
    }
}

package dev.headroom.compress.diff;

import dev.headroom.internal.RawLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a unified diff (git, hg, svn, bzr, plain {@code diff -u}, with or without a mail preamble)
 * into files and hunks. Hunk lines are consumed by the header's counts, so text after a hunk (a
 * {@code -- } signature, a blank line) is never mistaken for removed or context lines.
 */
final class DiffParser {

    static final Pattern HUNK_HEADER = Pattern.compile("^@@ -(\\d{1,12})(?:,(\\d{1,12}))? \\+(\\d{1,12})(?:,(\\d{1,12}))? @@(.*)$");

    /** The parse: lines before the first file, then the files in order. */
    record Parsed(List<String> preamble, List<DiffFile> files) {}

    private DiffParser() {}

    static Parsed parse(String input) {
        List<String> raws = RawLines.split(input);
        int n = raws.size();
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + raws.get(i).length();
        }
        List<String> preamble = new ArrayList<>();
        List<DiffFile> files = new ArrayList<>();
        DiffFile cur = null;
        int i = 0;
        while (i < n) {
            String raw = raws.get(i);
            String b = RawLines.body(raw);
            if (isFileStart(raws, i, b, cur)) {
                cur = new DiffFile(offsets[i]);
                files.add(cur);
                cur.header.add(raw);
                i++;
            } else if (b.startsWith("@@ ") && HUNK_HEADER.matcher(b).matches()) {
                if (cur == null) {
                    cur = new DiffFile(offsets[i]);
                    files.add(cur);
                }
                int end = hunkEnd(raws, i);
                cur.body.add(hunk(raws, offsets, i, end));
                i = end;
            } else {
                if (cur == null) {
                    preamble.add(raw);
                } else if (cur.body.isEmpty()) {
                    cur.header.add(raw);
                } else {
                    cur.body.add(raw);
                }
                i++;
            }
            if (cur != null) {
                cur.endOffset = offsets[i];
            }
        }
        return new Parsed(preamble, files);
    }

    private static boolean isFileStart(List<String> raws, int i, String b, DiffFile cur) {
        if (b.startsWith("diff ") || b.startsWith("Index: ")) {
            return true;
        }
        if (b.startsWith("=== ") && (b.contains(" file '") || b.contains(" directory '"))) {
            return true;
        }
        if (b.startsWith("--- ") && i + 1 < raws.size() && RawLines.body(raws.get(i + 1)).startsWith("+++ ")) {
            // "---" right after "diff --git" / "Index:" belongs to that header
            return cur == null || !cur.body.isEmpty() || cur.hasOldFileLine();
        }
        return false;
    }

    /** The index after the last line of the hunk whose header is at {@code start}. */
    private static int hunkEnd(List<String> raws, int start) {
        Matcher m = HUNK_HEADER.matcher(RawLines.body(raws.get(start)));
        if (!m.matches()) {
            return start + 1;
        }
        long oldLeft = m.group(2) == null ? 1 : Long.parseLong(m.group(2));
        long newLeft = m.group(4) == null ? 1 : Long.parseLong(m.group(4));
        int i = start + 1;
        while (i < raws.size() && (oldLeft > 0 || newLeft > 0)) {
            String b = RawLines.body(raws.get(i));
            char c = b.isEmpty() ? ' ' : b.charAt(0);
            if (c == ' ' && oldLeft > 0 && newLeft > 0) {
                oldLeft--;
                newLeft--;
            } else if (c == '-' && oldLeft > 0) {
                oldLeft--;
            } else if (c == '+' && newLeft > 0) {
                newLeft--;
            } else if (c != '\\') {
                break;
            }
            i++;
        }
        while (i < raws.size() && RawLines.body(raws.get(i)).startsWith("\\")) {
            i++;
        }
        return i;
    }

    private static Hunk hunk(List<String> raws, int[] offsets, int start, int end) {
        String header = raws.get(start);
        Matcher m = HUNK_HEADER.matcher(RawLines.body(header));
        m.matches();
        long a = Long.parseLong(m.group(1));
        long b = m.group(2) == null ? 1 : Long.parseLong(m.group(2));
        long c = Long.parseLong(m.group(3));
        long d = m.group(4) == null ? 1 : Long.parseLong(m.group(4));
        List<String> lines = new ArrayList<>(raws.subList(start + 1, end));
        long old = 0;
        long neu = 0;
        for (String l : lines) {
            String lb = RawLines.body(l);
            char ch = lb.isEmpty() ? ' ' : lb.charAt(0);
            if (ch == ' ') {
                old++;
                neu++;
            } else if (ch == '-') {
                old++;
            } else if (ch == '+') {
                neu++;
            }
        }
        boolean valid = old == b && neu == d;
        return new Hunk(header, a, b, c, d, m.group(5), lines, valid, offsets[start], offsets[end]);
    }
}

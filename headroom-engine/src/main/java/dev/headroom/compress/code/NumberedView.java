package dev.headroom.compress.code;

import dev.headroom.ccr.Marker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered window of a source file, as coding agents' file viewers and {@code cat -n} print it:
 * optional header lines ({@code [File: x.py (1997 lines total)]}, {@code (1456 more lines above)}),
 * then consecutively numbered lines ({@code 1457:    code}, {@code      1\tcode}), then optional
 * footer lines. The code without its numbers can be compressed like any source, and the result
 * numbered again: every kept line gets back exactly its own prefix.
 */
final class NumberedView {

    private static final Pattern NUMBERED = Pattern.compile("^(\\s*(\\d{1,7})(?::|\\t| \\| ))(.*)$", Pattern.DOTALL);

    /** Share of lines that must be numbered for the text to be a view. */
    static final double MIN_NUMBERED = 0.8;

    private final List<String> head;
    private final List<String> prefixes;
    private final List<String> code;
    private final List<String> tail;
    private final boolean finalNewline;

    private NumberedView(List<String> head, List<String> prefixes, List<String> code, List<String> tail, boolean finalNewline) {
        this.head = head;
        this.prefixes = prefixes;
        this.code = code;
        this.tail = tail;
        this.finalNewline = finalNewline;
    }

    /** The view {@code input} is, or null when its lines are not one consecutively numbered run. */
    static NumberedView parse(String input) {
        boolean finalNewline = input.endsWith("\n");
        String[] lines = (finalNewline ? input.substring(0, input.length() - 1) : input).split("\n", -1);
        List<String> head = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        List<String> code = new ArrayList<>();
        List<String> tail = new ArrayList<>();
        long expected = -1;
        for (String line : lines) {
            Matcher m = tail.isEmpty() ? NUMBERED.matcher(line) : null;
            if (m != null && m.matches() && (expected < 0 || Long.parseLong(m.group(2)) == expected)) {
                expected = Long.parseLong(m.group(2)) + 1;
                prefixes.add(m.group(1));
                code.add(m.group(3));
            } else if (prefixes.isEmpty()) {
                head.add(line);
            } else {
                tail.add(line);
            }
        }
        if (code.size() < MIN_NUMBERED * lines.length || code.size() < 5) {
            return null;
        }
        return new NumberedView(head, prefixes, code, tail, finalNewline);
    }

    /** The numbered lines' text, without numbers, one per line. */
    String code() {
        return String.join("\n", code) + "\n";
    }

    /**
     * Where whole code starts: a window usually opens inside a block, so the lines before the first
     * one at the window's smallest indentation are a fragment no parser can read. Zero when the
     * first line is already at the smallest indentation.
     */
    int fragmentLines() {
        int min = Integer.MAX_VALUE;
        for (String c : code) {
            if (!c.isBlank()) {
                min = Math.min(min, indent(c));
            }
        }
        for (int i = 0; i < code.size(); i++) {
            if (!code.get(i).isBlank() && indent(code.get(i)) == min) {
                return i;
            }
        }
        return 0;
    }

    /** The smallest indentation of the code from line {@code from} on (blank lines aside). */
    int indentFrom(int from) {
        int min = Integer.MAX_VALUE;
        for (int i = from; i < code.size(); i++) {
            if (!code.get(i).isBlank()) {
                min = Math.min(min, indent(code.get(i)));
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    /** The code from line {@code from} on, with {@code indent} leading characters taken off every line that has them. */
    String code(int from, int indent) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < code.size(); i++) {
            String c = code.get(i);
            sb.append(indent(c) >= indent ? c.substring(indent) : c.stripLeading()).append('\n');
        }
        return sb.toString();
    }

    /** The lines before {@code from} verbatim, then {@code compressedRest} indented back by {@code indent} characters of the original. */
    String reassemble(int from, int indent, String compressedRest) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < from; i++) {
            sb.append(code.get(i)).append('\n');
        }
        String pad = indentString(from, indent);
        String body = compressedRest.endsWith("\n") ? compressedRest.substring(0, compressedRest.length() - 1) : compressedRest;
        for (String line : body.split("\n", -1)) {
            sb.append(line.isEmpty() ? "" : pad).append(line).append('\n');
        }
        return sb.toString();
    }

    private String indentString(int from, int indent) {
        for (int i = from; i < code.size(); i++) {
            String c = code.get(i);
            if (!c.isBlank() && indent(c) >= indent) {
                return c.substring(0, indent);
            }
        }
        return " ".repeat(indent);
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * The view again around {@code compressedCode} (the compressor's output for {@link #code()}):
     * a line kept verbatim gets its own number back; a line the compressor wrote (a signature with
     * its elided body, a marker) gets the number of the first input line it stands for, and the
     * lines it declares elided are skipped.
     */
    String renumber(String compressedCode) {
        Map<String, List<Integer>> at = new HashMap<>();
        for (int i = 0; i < code.size(); i++) {
            at.computeIfAbsent(code.get(i), k -> new ArrayList<>()).add(i);
        }
        StringBuilder out = new StringBuilder(compressedCode.length() + code.size() * 6);
        for (String h : head) {
            out.append(h).append('\n');
        }
        String body = compressedCode.endsWith("\n") ? compressedCode.substring(0, compressedCode.length() - 1) : compressedCode;
        int next = 0;
        for (String line : body.split("\n", -1)) {
            List<Marker> markers = Marker.findAll(line);
            int found = markers.isEmpty() ? nextAtOrAfter(at.get(line), next) : -1;
            int index = found >= 0 ? found : Math.min(next, code.size() - 1);
            out.append(prefixes.get(index)).append(line).append('\n');
            // a line that declares elided lines stands for them: numbering resumes near their end (a count
            // may include a line shown just above it, such as a kept docstring, so search from its last line)
            next = index + (markers.isEmpty() ? 1 : Math.max(1, markers.get(0).count() - 1));
        }
        for (String t : tail) {
            out.append(t).append('\n');
        }
        if (!finalNewline) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static int nextAtOrAfter(List<Integer> indices, int from) {
        if (indices == null) {
            return -1;
        }
        int k = Collections.binarySearch(indices, from);
        int i = k >= 0 ? k : -k - 1;
        return i < indices.size() ? indices.get(i) : -1;
    }
}

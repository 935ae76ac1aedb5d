package dev.headroom.route;

import dev.headroom.ccr.Marker;
import dev.headroom.compress.lines.LineRecords;
import dev.headroom.internal.Severity;
import dev.headroom.internal.TimeTokens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants a candidate's output must keep to be chosen over another, whatever compressor made
 * it: every line template of the input has a verbatim line in the output (when the dispute is whether
 * the input is line-shaped); every error record is kept
 * verbatim, or repeats a kept one apart from its times and an elision is declared; and when every
 * marker counts lines, kept lines plus declared lines add up to the input's lines. Computed once per
 * input and reused for each candidate.
 */
final class OutputChecks {

    private final List<String> lines;
    private final List<LineRecords.Record> records;
    private final boolean templates;

    /**
     * Checks against {@code input}; {@code templates} says whether template coverage is among the
     * invariants, {@code columns} whether templates are those of a table (see {@link LineRecords#of(List, boolean)}).
     */
    OutputChecks(String input, boolean templates, boolean columns) {
        this.lines = contents(input);
        this.records = LineRecords.of(lines, columns);
        this.templates = templates;
    }

    /** The first invariant {@code output} breaks, or null when it keeps them all. */
    String firstViolation(String output) {
        List<String> out = contents(output);
        Set<String> kept = new HashSet<>(out);
        List<Marker> markers = Marker.findAll(output);
        Map<String, Boolean> templateKept = new HashMap<>();
        Set<String> keptMasked = new HashSet<>();
        for (String o : out) {
            keptMasked.add(TimeTokens.maskAll(o));
        }
        for (LineRecords.Record r : records) {
            String first = lines.get(r.start());
            boolean verbatim = kept.contains(first);
            templateKept.merge(r.key(), verbatim, Boolean::logicalOr);
            if (r.severity() == Severity.ERROR && !verbatim
                    && (markers.isEmpty() || !keptMasked.contains(TimeTokens.maskAll(first)))) {
                return "error line dropped: " + abbreviate(first);
            }
        }
        for (Map.Entry<String, Boolean> t : templateKept.entrySet()) {
            if (templates && !t.getValue()) {
                return "template without a kept line: " + abbreviate(t.getKey());
            }
        }
        return countsAddUp(out, markers) ? null : "kept and declared lines do not add up to the input's lines";
    }

    /** Kept input lines (in order) plus declared lines equal the input's lines, when every marker counts lines. */
    private boolean countsAddUp(List<String> out, List<Marker> markers) {
        int declared = 0;
        for (Marker m : markers) {
            if (!m.unit().equals("line") && !m.unit().equals("lines")) {
                return true;
            }
            declared += m.count();
        }
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            positions.computeIfAbsent(lines.get(i), k -> new ArrayList<>()).add(i);
        }
        int keptLines = 0;
        int next = 0;
        for (String o : out) {
            List<Integer> at = positions.get(o);
            if (at == null) {
                continue;
            }
            int k = Collections.binarySearch(at, next);
            int idx = k >= 0 ? k : -k - 1;
            if (idx < at.size()) {
                keptLines++;
                next = at.get(idx) + 1;
            }
        }
        return keptLines + declared == lines.size();
    }

    private static List<String> contents(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            if (nl < 0 && start == n) {
                break;
            }
            String l = text.substring(start, end);
            out.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
            start = end + 1;
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}

package dev.headroom.compress.lines;

import dev.headroom.internal.LineShape;
import dev.headroom.internal.Severity;
import dev.headroom.internal.TemplateMiner;
import dev.headroom.internal.TimeTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text made of records that span several lines under one recurring header line, such as event log
 * exports ({@code Event[12]:} followed by {@code Source:}, {@code Level:} ... and a description) or
 * {@code git log}. Found by structure: the first line has no time, sits at the margin, and its
 * shape opens at least {@link #MIN_RECORDS} blocks of two or more lines whose lines mostly carry no
 * time of their own (a log's lines each do). A record's key is the shape of all its lines, with
 * the values of {@code name: value} fields that vary across records (dates, ids) masked, so records
 * of one kind group whatever their times. Used only when that grouping folds the records (at most
 * {@link #MAX_GROUP_SHARE} as many groups as records); otherwise each line is its own record.
 */
final class MultiLineRecords {

    static final int MIN_RECORDS = 5;
    static final double MAX_GROUP_SHARE = 0.5;
    /** A field varies when it takes this share of distinct values across records (and more than a small vocabulary). */
    static final double VARIABLE_SHARE = 0.1;

    private MultiLineRecords() {}

    /** The records of {@code lines} when they are multi-line records that group, else null. */
    static List<LineRecords.Record> of(List<String> lines) {
        List<Integer> starts = headerStarts(lines);
        if (starts == null) {
            return null;
        }
        Map<String, Set<String>> fieldValues = new HashMap<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            for (int i = starts.get(k) + 1; i < end; i++) {
                String name = fieldName(lines.get(i));
                if (name != null) {
                    Set<String> values = fieldValues.computeIfAbsent(name, n -> new HashSet<>());
                    if (values.size() <= starts.size()) {
                        values.add(lines.get(i));
                    }
                }
            }
        }
        Set<String> variable = new HashSet<>();
        for (Map.Entry<String, Set<String>> e : fieldValues.entrySet()) {
            int distinct = e.getValue().size();
            if (distinct > TemplateMiner.MAX_VOCABULARY && distinct >= VARIABLE_SHARE * starts.size()) {
                variable.add(e.getKey());
            }
        }
        List<LineRecords.Record> out = new ArrayList<>();
        for (int i = 0; i < starts.get(0); i++) {
            // lines before the first record (a title): each its own, kept
            out.add(new LineRecords.Record(i, i + 1, null, lines.get(i), Severity.of(lines.get(i)), "P" + i));
        }
        Set<String> keys = new HashSet<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            LineRecords.Record r = record(lines, start, end, variable);
            keys.add(r.key());
            out.add(r);
        }
        return keys.size() > MAX_GROUP_SHARE * starts.size() ? null : out;
    }

    /** Where records start, when the text is built of them; null otherwise. */
    private static List<Integer> headerStarts(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return null;
        }
        String header = lines.get(first);
        if (Character.isWhitespace(header.charAt(0)) || TimeTokens.lead(header) != null) {
            return null;
        }
        String shape = String.join(" ", LineShape.tokens(header));
        List<Integer> starts = new ArrayList<>();
        int between = 0;
        int timed = 0;
        for (int i = first; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (!Character.isWhitespace(l.charAt(0)) && l.charAt(0) == header.charAt(0)
                    && String.join(" ", LineShape.tokens(l)).equals(shape)) {
                starts.add(i);
            } else {
                between++;
                timed += TimeTokens.lead(l) != null ? 1 : 0;
            }
        }
        boolean records = starts.size() >= MIN_RECORDS && between >= 2 * starts.size() && timed <= 0.3 * between;
        return records ? starts : null;
    }

    private static LineRecords.Record record(List<String> lines, int start, int end, Set<String> variable) {
        StringBuilder key = new StringBuilder();
        Severity severity = Severity.OTHER;
        String time = null;
        for (int i = start; i < end; i++) {
            String l = lines.get(i);
            TimeTokens.Span ts = TimeTokens.lead(l);
            if (time == null && ts != null) {
                time = ts.text();
            }
            Severity s = Severity.of(TimeTokens.body(l, ts).strip());
            if (s == Severity.ERROR || (s == Severity.WARN && severity == Severity.OTHER)) {
                severity = s;
            }
            String name = i == start ? null : fieldName(l);
            key.append('\n').append(name != null && variable.contains(name) ? name + ": #" : LineShape.repeatShape(l));
        }
        String prefix = severity == Severity.ERROR ? "E" : severity == Severity.WARN ? "W" : "T";
        return new LineRecords.Record(start, end, time, lines.get(start), severity, "R" + prefix + key);
    }

    /** The field name of a {@code name: value} line (an indented or short name before a colon), or null. */
    private static String fieldName(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return null;
        }
        String name = line.substring(0, colon).strip();
        if (name.isEmpty()) {
            return null;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_' || c == '.')) {
                return null;
            }
        }
        return name;
    }
}

package dev.headroom.compress.lines;

import dev.headroom.internal.Delimiters;
import dev.headroom.internal.LineShape;
import dev.headroom.internal.Severity;
import dev.headroom.internal.StackTraces;
import dev.headroom.internal.TemplateMiner;
import dev.headroom.internal.TimeTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits line-shaped text into records and says which records repeat one another. A record is a
 * line plus the stack-trace lines that continue it; its time is the run of time-like tokens among
 * its first fields, and its body the rest. Records group by key: errors (an error level word, or an
 * exception) and warnings by their masked shape (LineShape: numbers, ids, addresses and times
 * masked, words kept), so only repeats that differ in those merge and every distinct error message
 * keeps a line of its own; everything else by mined template. Text made of multi-line records under
 * a recurring header ({@link MultiLineRecords}) groups whole records instead. The line-template
 * compressor and the engine's output checks share this one grouping.
 */
public final class LineRecords {

    /** Lines read to find a field delimiter. */
    static final int DELIMITER_SAMPLE = 200;

    /** One record: lines {@code [start, end)}, its time (or null), body, severity and group key. */
    public record Record(int start, int end, String time, String body, Severity severity, String key) {

        /** Whether the record is a line with a stack trace under it. */
        public boolean hasTrace() {
            return end - start > 1;
        }
    }

    private LineRecords() {}

    /** The field delimiter of {@code lines} (0 for none), judged on the first lines. */
    public static char delimiter(List<String> lines) {
        return Delimiters.dominant(lines.subList(0, Math.min(lines.size(), DELIMITER_SAMPLE)));
    }

    /** The records of {@code lines} (without line terminators), in order, each with its group key. */
    public static List<Record> of(List<String> lines) {
        return of(lines, false);
    }

    /**
     * The records of {@code lines}; with {@code columns}, and when the lines form a table (delimited
     * or aligned), fields at a token position that takes many values across the rows are variables
     * before any template is mined (a table's names, versions, commands), so rows group by their
     * categorical columns. Logs are mined without it: their token positions shift with the message.
     */
    public static List<Record> of(List<String> lines, boolean columns) {
        List<Record> multiLine = MultiLineRecords.of(lines);
        if (multiLine != null) {
            return multiLine;
        }
        char delimiter = delimiter(lines);
        List<Record> out = new ArrayList<>();
        List<List<String>> shapes = new ArrayList<>();
        StackTraces traces = new StackTraces();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int end = i + 1;
            while (end < lines.size() && traces.continues(lines.get(end), end - i > 1)) {
                end++;
            }
            // a JSON record's time is a field, not a leading token
            TimeTokens.Span ts = line.startsWith("{") ? null : TimeTokens.lead(line);
            String body = TimeTokens.body(line, ts);
            String time = ts == null ? TimeTokens.jsonTime(line) : ts.text();
            Severity severity = end - i > 1 ? Severity.ERROR : Severity.of(body);
            out.add(new Record(i, end, time, body, severity, null));
            shapes.add(severity == Severity.ERROR ? null : LineShape.tokens(body, delimiter));
            i = end;
        }
        boolean[] variable = columns && ColumnProfile.isTable(lines, delimiter)
                ? ColumnProfile.variablePositions(shapes) : new boolean[0];
        TemplateMiner miner = new TemplateMiner();
        for (int k = 0; k < out.size(); k++) {
            Record r = out.get(k);
            out.set(k, new Record(r.start(), r.end(), r.time(), r.body(), r.severity(),
                    key(lines, r, ColumnProfile.mask(shapes.get(k), variable), miner)));
        }
        return out;
    }

    private static String key(List<String> lines, Record r, List<String> shape, TemplateMiner miner) {
        if (r.severity() == Severity.ERROR) {
            // an error repeats another when only its numbers, ids, addresses and times differ, stack included
            StringBuilder k = new StringBuilder("E").append(LineShape.repeatShape(r.body()));
            for (int i = r.start() + 1; i < r.end(); i++) {
                k.append('\n').append(LineShape.repeatShape(lines.get(i)));
            }
            return k.toString();
        }
        if (r.severity() == Severity.WARN) {
            return "W" + LineShape.repeatShape(r.body());
        }
        return "T" + miner.assign(shape);
    }
}

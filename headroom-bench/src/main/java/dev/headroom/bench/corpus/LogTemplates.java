package dev.headroom.bench.corpus;

import java.util.ArrayList;
import java.util.List;

/** Reads the EventId of every line from a loghub {@code *_structured.csv} (one row per log line, in order). */
public final class LogTemplates {

    private LogTemplates() {}

    /** The EventId column of {@code csv}, one entry per data row. */
    public static List<String> eventIds(String csv) {
        List<List<String>> rows = Csv.parse(csv);
        if (rows.isEmpty()) {
            return List.of();
        }
        int col = rows.get(0).indexOf("EventId");
        if (col < 0) {
            throw new IllegalArgumentException("no EventId column in structured CSV header " + rows.get(0));
        }
        List<String> out = new ArrayList<>(rows.size() - 1);
        for (List<String> row : rows.subList(1, rows.size())) {
            out.add(row.get(col));
        }
        return out;
    }
}

package dev.headroom.bench.workload.formats;

import java.util.ArrayList;
import java.util.List;

/** Lays rows of cells out in aligned columns, as command-line tools print tables. */
final class Columns {

    private Columns() {}

    /**
     * The rows as lines: column {@code c} is left-aligned when {@code aligns.charAt(c)} is {@code L}
     * and right-aligned when it is {@code R}; columns are {@code gap} spaces apart at least; the last
     * column is never padded on the right.
     */
    static List<String> layout(List<String[]> rows, String aligns, int gap) {
        int cols = aligns.length();
        int[] width = new int[cols];
        for (String[] row : rows) {
            if (row.length != cols) {
                throw new IllegalArgumentException("row has " + row.length + " cells, expected " + cols);
            }
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        List<String> out = new ArrayList<>(rows.size());
        String sep = " ".repeat(gap);
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String cell = row[c];
                String pad = " ".repeat(width[c] - cell.length());
                boolean last = c == cols - 1;
                if (aligns.charAt(c) == 'R') {
                    sb.append(pad).append(cell);
                } else {
                    sb.append(cell).append(last ? "" : pad);
                }
                if (!last) {
                    sb.append(sep);
                }
            }
            out.add(sb.toString());
        }
        return out;
    }
}

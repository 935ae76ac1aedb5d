package dev.headroom.compress.lines;

import dev.headroom.internal.LineLayout;
import dev.headroom.internal.TemplateMiner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which token positions of a table hold variables: those that take more values than a small vocabulary. */
final class ColumnProfile {

    /** Positions looked at; fields further right are free text (command arguments, descriptions). */
    static final int MAX_POSITIONS = 32;

    static final String VARIABLE = "*";

    private ColumnProfile() {}

    /** A column is a variable when it takes at least this share of distinct values across the rows. */
    static final double VARIABLE_SHARE = 0.1;

    /** Rows read to find a table's layout. */
    static final int LAYOUT_SAMPLE = 200;

    /** Whether {@code lines} form a table: a field delimiter, or columns aligned on most lines. */
    static boolean isTable(List<String> lines, char delimiter) {
        return delimiter != 0
                || LineLayout.of(lines.subList(0, Math.min(lines.size(), LAYOUT_SAMPLE))).alignedShare() >= LineLayout.COLUMN_SHARE;
    }

    /**
     * For each position, whether it holds a variable: more than {@link TemplateMiner#MAX_VOCABULARY}
     * distinct values, and at least {@link #VARIABLE_SHARE} of the rows that reach it (names, ids,
     * versions). A column with a handful of values (a status, a namespace) stays part of the
     * template, so a rare status keeps a row of its own. Null shapes are skipped.
     */
    static boolean[] variablePositions(List<List<String>> shapes) {
        List<Set<String>> seen = new ArrayList<>();
        int[] rows = new int[MAX_POSITIONS];
        for (List<String> shape : shapes) {
            if (shape == null) {
                continue;
            }
            for (int p = 0; p < Math.min(shape.size(), MAX_POSITIONS); p++) {
                while (seen.size() <= p) {
                    seen.add(new HashSet<>());
                }
                rows[p]++;
                seen.get(p).add(shape.get(p));
            }
        }
        boolean[] variable = new boolean[MAX_POSITIONS];
        for (int p = 0; p < seen.size(); p++) {
            int distinct = seen.get(p).size();
            variable[p] = distinct > TemplateMiner.MAX_VOCABULARY && distinct >= VARIABLE_SHARE * rows[p];
        }
        return variable;
    }

    /**
     * {@code shape} with its variable positions replaced by {@link #VARIABLE}, trailing variables
     * merged into one, and everything past the profiled positions dropped.
     */
    static List<String> mask(List<String> shape, boolean[] variable) {
        if (shape == null || variable.length == 0) {
            return shape;
        }
        List<String> out = new ArrayList<>(Math.min(shape.size(), MAX_POSITIONS));
        for (int p = 0; p < Math.min(shape.size(), MAX_POSITIONS); p++) {
            out.add(variable[p] ? VARIABLE : shape.get(p));
        }
        // a run of variables at the end (a command and its arguments) is one field, however many words it has
        while (out.size() >= 2 && out.get(out.size() - 1).equals(VARIABLE) && out.get(out.size() - 2).equals(VARIABLE)) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}

package dev.headroom.compress.search;

import java.util.ArrayList;
import java.util.List;

/** The hits (matches and context lines) of one file, in input order, and its heading line if any. */
final class FileHits {

    final String path;
    final int order;
    final List<SearchLine> hits = new ArrayList<>();
    SearchLine heading;
    int matches;
    double score = Double.NEGATIVE_INFINITY;

    FileHits(String path, int order) {
        this.path = path;
        this.order = order;
    }

    void add(SearchLine line) {
        hits.add(line);
        if (line.kind() == SearchLine.Kind.MATCH) {
            matches++;
        }
    }

    /** Index of the first input line that belongs to this file. */
    int firstIndex() {
        if (heading != null) {
            return heading.index();
        }
        return hits.isEmpty() ? Integer.MAX_VALUE : hits.get(0).index();
    }

    int lastIndex() {
        return hits.isEmpty() ? firstIndex() : hits.get(hits.size() - 1).index();
    }
}

package dev.headroom.ccr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.headroom.internal.QueryTerms;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Narrows a stored original to what matches a query: the items of a JSON array, otherwise the lines,
 * that contain any of the query's terms. Kept items and lines are verbatim.
 */
public final class QueryFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryFilter() {}

    /** The matching part of {@code original}, or empty when nothing matches. */
    public static Optional<Filtered> filter(String original, String query) {
        List<String> terms = QueryTerms.of(query);
        if (terms.isEmpty()) {
            return Optional.of(new Filtered(original, "whole", 0, 0));
        }
        String trimmed = original.stripLeading();
        if (trimmed.startsWith("[")) {
            Optional<Filtered> items = filterArray(original, terms);
            if (items != null) {
                return items;
            }
        }
        return filterLines(original, terms);
    }

    /** Returns null when {@code original} is not a JSON array, so the caller falls back to lines. */
    private static Optional<Filtered> filterArray(String original, List<String> terms) {
        JsonNode root;
        try {
            root = JSON.readTree(original);
        } catch (Exception e) {
            return null;
        }
        if (root == null || !root.isArray()) {
            return null;
        }
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode item : root) {
            if (QueryTerms.containsAny(item.toString().toLowerCase(Locale.ROOT), terms)) {
                kept.add(item);
            }
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Filtered(kept.toString(), "items", kept.size(), root.size()));
    }

    private static Optional<Filtered> filterLines(String original, List<String> terms) {
        StringBuilder out = new StringBuilder();
        int kept = 0;
        int total = 0;
        int start = 0;
        int n = original.length();
        while (start <= n) {
            int end = original.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (start == n && end == n) {
                break;
            }
            String line = original.substring(start, end);
            total++;
            if (QueryTerms.containsAny(line.toLowerCase(Locale.ROOT), terms)) {
                if (kept > 0) {
                    out.append('\n');
                }
                out.append(line);
                kept++;
            }
            start = end + 1;
        }
        if (kept == 0) {
            return Optional.empty();
        }
        return Optional.of(new Filtered(out.toString(), "lines", kept, total));
    }

    /** The filtered text, the unit it was filtered by ("items", "lines" or "whole"), and how many of how many matched. */
    public record Filtered(String text, String unit, int matched, int total) {}
}

package dev.headroom.ccr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.headroom.internal.QueryTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Narrows a stored original to what matches a query: the items of a JSON array, otherwise the lines,
 * that contain all of the query's terms, or, when no unit contains them all, any of them. Kept items
 * and lines are verbatim and in their original order.
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
        List<JsonNode> items = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode item : root) {
            items.add(item);
            texts.add(item.toString().toLowerCase(Locale.ROOT));
        }
        boolean[] keep = select(texts, terms);
        ArrayNode kept = JSON.createArrayNode();
        for (int i = 0; i < items.size(); i++) {
            if (keep[i]) {
                kept.add(items.get(i));
            }
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Filtered(kept.toString(), "items", kept.size(), root.size()));
    }

    private static Optional<Filtered> filterLines(String original, List<String> terms) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = original.length();
        while (start < n) {
            int end = original.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            lines.add(original.substring(start, end));
            start = end + 1;
        }
        List<String> lower = new ArrayList<>(lines.size());
        for (String l : lines) {
            lower.add(l.toLowerCase(Locale.ROOT));
        }
        boolean[] keep = select(lower, terms);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (keep[i]) {
                if (kept > 0) {
                    out.append('\n');
                }
                out.append(lines.get(i));
                kept++;
            }
        }
        if (kept == 0) {
            return Optional.empty();
        }
        return Optional.of(new Filtered(out.toString(), "lines", kept, lines.size()));
    }

    /** Units containing every term; if there are none, units containing any term. */
    private static boolean[] select(List<String> lowerUnits, List<String> terms) {
        boolean[] all = new boolean[lowerUnits.size()];
        boolean[] any = new boolean[lowerUnits.size()];
        boolean anyAll = false;
        for (int i = 0; i < lowerUnits.size(); i++) {
            int matched = 0;
            for (String t : terms) {
                if (lowerUnits.get(i).contains(t)) {
                    matched++;
                }
            }
            all[i] = matched == terms.size();
            any[i] = matched > 0;
            anyAll |= all[i];
        }
        return anyAll ? all : any;
    }

    /** The filtered text, the unit it was filtered by ("items", "lines" or "whole"), and how many of how many matched. */
    public record Filtered(String text, String unit, int matched, int total) {}
}

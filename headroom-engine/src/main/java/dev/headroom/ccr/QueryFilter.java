package dev.headroom.ccr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private static final JsonFactory JSON = new JsonFactory();

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

    /**
     * Returns null when {@code original} is not a JSON array, so the caller falls back to lines.
     * Matching items are copied as their exact source text (number text, escapes and all), joined
     * into a compact array.
     */
    private static Optional<Filtered> filterArray(String original, List<String> terms) {
        List<String> items = new ArrayList<>();
        try (JsonParser p = JSON.createParser(original)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    return null;
                }
                int start = (int) p.currentTokenLocation().getCharOffset();
                if (t.isStructStart()) {
                    p.skipChildren();
                } else {
                    p.finishToken();
                }
                items.add(original.substring(start, (int) p.currentLocation().getCharOffset()));
            }
            if (p.nextToken() != null) {
                return null;
            }
        } catch (Exception e) {
            return null;
        }
        List<String> lower = new ArrayList<>(items.size());
        for (String item : items) {
            lower.add(item.toLowerCase(Locale.ROOT));
        }
        boolean[] keep = select(lower, terms);
        StringBuilder kept = new StringBuilder("[");
        int matched = 0;
        for (int i = 0; i < items.size(); i++) {
            if (keep[i]) {
                kept.append(matched == 0 ? "" : ",").append(items.get(i));
                matched++;
            }
        }
        if (matched == 0) {
            return Optional.empty();
        }
        return Optional.of(new Filtered(kept.append(']').toString(), "items", matched, items.size()));
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

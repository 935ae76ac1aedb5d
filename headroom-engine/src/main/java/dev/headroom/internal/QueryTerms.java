package dev.headroom.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a user question into lowercase search terms: identifiers, numbers, paths and words of two
 * or more characters, without common English stop words. Deterministic and order-preserving.
 */
public final class QueryTerms {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "not", "no", "of", "to", "in", "on", "at", "by", "for", "from", "with",
            "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "there",
            "what", "which", "who", "whom", "why", "how", "when", "where", "do", "does", "did", "can", "could",
            "should", "would", "will", "shall", "may", "might", "must", "i", "me", "my", "we", "our", "you",
            "your", "he", "she", "they", "them", "their", "any", "all", "some", "each", "show", "tell", "find",
            "give", "get", "list", "about", "into", "than", "then", "so", "if", "as", "up", "out", "please",
            "has", "have", "had", "just", "also", "only", "more", "most", "other", "such", "one", "ones");

    private QueryTerms() {}

    /** The distinct terms of {@code query}, in first-seen order; empty for a null or blank query. */
    public static List<String> of(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        StringBuilder cur = new StringBuilder();
        String q = query.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= q.length(); i++) {
            char c = i < q.length() ? q.charAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == ':';
            if (word) {
                cur.append(c);
            } else if (cur.length() > 0) {
                add(out, cur.toString());
                cur.setLength(0);
            }
        }
        return new ArrayList<>(out);
    }

    private static void add(Set<String> out, String raw) {
        String t = trimPunctuation(raw);
        if (t.length() >= 2 && !STOP_WORDS.contains(t)) {
            out.add(t);
        }
        // "user_id:4812" or "a.b.c" also contribute their parts, so a partial identifier still matches
        if (t.indexOf(':') >= 0 || t.indexOf('/') >= 0) {
            for (String part : t.split("[:/]")) {
                String p = trimPunctuation(part);
                if (p.length() >= 3 && !STOP_WORDS.contains(p)) {
                    out.add(p);
                }
            }
        }
    }

    private static String trimPunctuation(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && !Character.isLetterOrDigit(s.charAt(b)) && s.charAt(b) != '_' && s.charAt(b) != '/') {
            b++;
        }
        while (e > b && !Character.isLetterOrDigit(s.charAt(e - 1)) && s.charAt(e - 1) != '_') {
            e--;
        }
        return s.substring(b, e);
    }

    /** Whether lowercase {@code haystack} contains any of {@code terms}. */
    public static boolean containsAny(String haystackLower, List<String> terms) {
        for (String t : terms) {
            if (haystackLower.contains(t)) {
                return true;
            }
        }
        return false;
    }
}

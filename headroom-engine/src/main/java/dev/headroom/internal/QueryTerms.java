package dev.headroom.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a user question into lowercase search terms: identifiers, numbers, paths and words of two
 * or more characters, without common English stop words. Deterministic and order-preserving.
 *
 * <p>A long question (a task description pasted as the user message) would make almost every line
 * or sentence "relevant"; past {@link #MAX_TERMS} terms only its key terms count: quoted strings,
 * identifiers (with {@code _ . / :}, digits, or camelCase), numbers of three or more digits, then
 * long words (those the question repeats first), in that order of preference and in the
 * question's order within each.
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

    /** Questions with more terms than this are reduced to their key terms. */
    public static final int MAX_TERMS = 16;

    /** Words at least this long count as rare enough to be key terms of a long question. */
    static final int LONG_WORD = 8;

    private QueryTerms() {}

    /** The distinct terms of {@code query}, in first-seen order, reduced to key terms when there are many; empty for a null or blank query. */
    public static List<String> of(String query) {
        List<String> all = allTerms(query);
        if (all.size() <= MAX_TERMS) {
            return all;
        }
        return keyTerms(query, all);
    }

    /** The key terms of a long question, at most {@link #MAX_TERMS}, best kinds first, each kind in question order. */
    private static List<String> keyTerms(String query, List<String> all) {
        Set<String> quoted = quoted(query);
        Set<String> camel = camelCaseWords(query);
        List<List<String>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String q : quoted) {
            tiers.get(0).add(q);
        }
        for (String t : all) {
            if (quoted.contains(t)) {
                continue;
            }
            if (isIdentifier(t) || camel.contains(t)) {
                tiers.get(1).add(t);
            } else if (t.chars().allMatch(Character::isDigit) && t.length() >= 3) {
                tiers.get(2).add(t);
            } else if (t.length() >= LONG_WORD) {
                tiers.get(3).add(t);
            }
        }
        // among plain long words, those the question repeats are its topic
        Map<String, Integer> counts = new HashMap<>();
        for (String w : tokens(query)) {
            counts.merge(w, 1, Integer::sum);
        }
        tiers.get(3).sort(Comparator.comparingInt((String w) -> -counts.getOrDefault(w, 0)));
        Set<String> out = new LinkedHashSet<>();
        for (List<String> tier : tiers) {
            for (String t : tier) {
                if (out.size() == MAX_TERMS) {
                    return new ArrayList<>(out);
                }
                out.add(t);
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isIdentifier(String t) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_' || c == '.' || c == '/' || c == ':') {
                return t.length() >= 3;
            }
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }

    /** Lowercase contents of "double", 'single' or `back` quotes, up to 60 characters each. */
    private static Set<String> quoted(String query) {
        Set<String> out = new LinkedHashSet<>();
        for (char q : new char[] {'"', '`', '\''}) {
            int i = query.indexOf(q);
            while (i >= 0) {
                int j = query.indexOf(q, i + 1);
                if (j < 0) {
                    break;
                }
                String inner = query.substring(i + 1, j).strip().toLowerCase(Locale.ROOT);
                boolean apostrophe = q == '\'' && i > 0 && Character.isLetter(query.charAt(i - 1));
                if (!apostrophe && inner.length() >= 2 && inner.length() <= 60) {
                    out.add(inner);
                }
                i = apostrophe ? j : query.indexOf(q, j + 1);
            }
        }
        return out;
    }

    /** Lowercased words of the question written in camelCase or with inner capitals ({@code retryPolicy}, {@code OrderService}). */
    private static Set<String> camelCaseWords(String query) {
        Set<String> out = new LinkedHashSet<>();
        int n = query.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(query.charAt(i))) {
                i++;
            }
            int s = i;
            boolean inner = false;
            while (i < n && (Character.isLetterOrDigit(query.charAt(i)) || query.charAt(i) == '_')) {
                if (i > s && Character.isUpperCase(query.charAt(i)) && Character.isLowerCase(query.charAt(i - 1))) {
                    inner = true;
                }
                i++;
            }
            if (inner) {
                out.add(query.substring(s, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Every term occurrence of {@code query}, lowercased, repeats included. */
    private static List<String> tokens(String query) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String q = query.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= q.length(); i++) {
            char c = i < q.length() ? q.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == ':') {
                cur.append(c);
            } else if (cur.length() > 0) {
                out.add(trimPunctuation(cur.toString()));
                cur.setLength(0);
            }
        }
        return out;
    }

    /** Every distinct term of {@code query}, in first-seen order. */
    static List<String> allTerms(String query) {
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
        // "user_id:4812", "a/b/c" or "LedgerService.reconcile" also contribute their parts, so a partial
        // identifier still matches (a class name in a file path, a method in a call)
        if (t.indexOf(':') >= 0 || t.indexOf('/') >= 0 || t.indexOf('.') >= 0) {
            for (String part : t.split("[:/.]")) {
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

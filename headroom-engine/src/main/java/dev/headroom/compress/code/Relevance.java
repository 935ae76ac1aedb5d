package dev.headroom.compress.code;

import dev.headroom.compress.code.SourceOutline.Body;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which function bodies the question is about: a stack frame in it names the function, a
 * question term is the function's name or one of its words, or a rare question term occurs in the body.
 */
final class Relevance {

    /**
     * A question term found in the bodies of more than this share of functions is too common (a
     * keyword, a field everyone uses) to single any out, so it keeps no body by itself.
     */
    static final double MAX_TERM_BODY_SHARE = 0.2;

    private final Set<String> frameNames;
    private final List<String> terms;
    private final List<String> rareTerms = new ArrayList<>();
    private final List<String> bodiesLower = new ArrayList<>();
    private final Set<Integer> closest = new java.util.HashSet<>();

    /**
     * @param closest indices of the bodies a relevance scorer ranked closest to the question (kept
     *     whole); empty without one
     */
    Relevance(String query, List<String> queryTerms, List<Body> bodies, String src, int[] closest) {
        this.frameNames = ErrorFrames.names(query);
        this.terms = queryTerms;
        for (int i : closest) {
            this.closest.add(i);
        }
        if (queryTerms.isEmpty()) {
            return;
        }
        for (Body b : bodies) {
            bodiesLower.add(src.substring(b.body().start(), b.body().end()).toLowerCase(Locale.ROOT));
        }
        int limit = Math.max(2, (int) Math.floor(bodies.size() * MAX_TERM_BODY_SHARE));
        for (String term : queryTerms) {
            int hits = 0;
            for (String body : bodiesLower) {
                if (mentions(body, term)) {
                    hits++;
                }
            }
            if (hits <= limit) {
                rareTerms.add(term);
            }
        }
    }

    /** Whether the body at {@code index} in the outline (= {@code body}) stays whole. */
    boolean keeps(int index, Body body) {
        if (closest.contains(index)) {
            return true;
        }
        String name = body.name().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
            if (frameNames.contains(name)) {
                return true;
            }
            String nameWords = words(body.name());
            for (String term : terms) {
                if (nameMatches(name, nameWords, term)) {
                    return true;
                }
            }
        }
        for (String term : rareTerms) {
            if (mentions(bodiesLower.get(index), term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A term matches a name when it is the whole name, one of its words ({@code parse_header} and
     * {@code parseHeader} have the words parse and header), or a dotted/qualified reference ending
     * in it ({@code StockLedger.ship}).
     */
    static boolean nameMatches(String name, String nameWords, String term) {
        if (term.equals(name)) {
            return true;
        }
        if (term.length() >= 3 && (" " + nameWords + " ").contains(" " + term + " ")) {
            return true;
        }
        for (String part : term.split("[.:/#()]+")) {
            if (part.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The words of an identifier, lowercase and space-separated: {@code parseHTTPHeader} gives parse http header. */
    static String words(String identifier) {
        String spaced = identifier
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replace('_', ' ')
                .replace('$', ' ');
        return spaced.toLowerCase(Locale.ROOT).strip();
    }

    /** Whether {@code term} occurs in {@code textLower} as a whole word (not inside an identifier). */
    static boolean mentions(String textLower, String term) {
        int from = 0;
        while (true) {
            int i = textLower.indexOf(term, from);
            if (i < 0) {
                return false;
            }
            int end = i + term.length();
            boolean startOk = i == 0 || !isIdentifierChar(textLower.charAt(i - 1));
            boolean endOk = end == textLower.length() || !isIdentifierChar(textLower.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

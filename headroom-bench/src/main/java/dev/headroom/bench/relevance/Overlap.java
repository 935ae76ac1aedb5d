package dev.headroom.bench.relevance;

import dev.headroom.internal.QueryTerms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The content words a question shares with its answer unit: the question's terms as the engine's
 * lexical matching sees them ({@link QueryTerms#of}), each also split into its letter-and-digit
 * parts, against the lowercase letter-and-digit words of the unit; a part of five or more characters
 * also matches a unit word of five or more with the same first five characters (a crude stem, so
 * "connection" meets "connected", though "fail" does not meet "failed"), and a plural meets its singular ("files", "file"). Deliberately generous:
 * a question counts as "no overlap" only when no such match exists.
 */
public final class Overlap {

    static final int STEM = 5;

    private Overlap() {}

    /** The question's terms that match a word of {@code unit}, in question order; empty means no overlap. */
    public static List<String> shared(String question, String unit) {
        Set<String> words = new HashSet<>();
        for (String w : words(unit)) {
            words.add(w);
            words.add(singular(w));
        }
        Set<String> stems = new HashSet<>();
        for (String w : words) {
            if (w.length() >= STEM) {
                stems.add(w.substring(0, STEM));
            }
        }
        List<String> out = new ArrayList<>();
        for (String term : QueryTerms.of(question)) {
            if (words.contains(term) || matches(term, words, stems)) {
                out.add(term);
            }
        }
        return out;
    }

    private static boolean matches(String term, Set<String> words, Set<String> stems) {
        for (String part : words(term)) {
            if (part.length() < 2) {
                continue;
            }
            if (words.contains(part) || words.contains(singular(part)) || (part.length() >= STEM && stems.contains(part.substring(0, STEM)))) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String w) {
        return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** The maximal runs of letters and digits of {@code text}, lowercased. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String t = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                cur.append(c);
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        return out;
    }
}

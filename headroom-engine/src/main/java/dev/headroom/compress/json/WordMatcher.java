package dev.headroom.compress.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds whether a text contains any of a fixed set of lowercase ASCII words in one pass, with an
 * ASCII case-folding variant that gives the same answer as searching the {@code Locale.ROOT}
 * lowercase of the text without building it.
 */
final class WordMatcher {

    /** Per ASCII first character, the words starting with it (null when none do). */
    private final String[][] byFirst = new String[128][];
    /** Per pair of ASCII chars ({@code first << 7 | second}): whether some word starts with exactly that pair. */
    private final boolean[] exactPairs = new boolean[1 << 14];
    /** The same after ASCII case folding of the text's pair. */
    private final boolean[] foldedPairs = new boolean[1 << 14];

    WordMatcher(List<String> words) {
        List<List<String>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            lists.add(new ArrayList<>());
        }
        for (String w : words) {
            char c = w.charAt(0);
            if (c >= 128 || Character.toLowerCase(c) != c) {
                throw new IllegalArgumentException("words must start with a lowercase ASCII character: " + w);
            }
            if (w.length() < 2) {
                throw new IllegalArgumentException("words must have at least two characters: " + w);
            }
            lists.get(c).add(w);
            if (w.charAt(1) < 128) {
                exactPairs[c << 7 | w.charAt(1)] = true;
            }
        }
        for (int c = 0; c < 128; c++) {
            if (!lists.get(c).isEmpty()) {
                byFirst[c] = lists.get(c).toArray(new String[0]);
            }
        }
        for (int pair = 0; pair < foldedPairs.length; pair++) {
            foldedPairs[pair] = exactPairs[lower((char) (pair >>> 7)) << 7 | lower((char) (pair & 127))];
        }
    }

    /** Whether {@code text} contains any of the words, compared exactly. */
    boolean in(String text) {
        int n = text.length();
        if (n < 2) {
            return false;
        }
        // every word is ASCII and at least two chars long: only an ASCII pair that starts a word is checked further
        char c0 = text.charAt(0);
        for (int i = 0; i + 1 < n; i++) {
            char c1 = text.charAt(i + 1);
            if ((c0 | c1) < 128 && exactPairs[c0 << 7 | c1]) {
                for (String w : byFirst[c0]) {
                    if (text.startsWith(w, i)) {
                        return true;
                    }
                }
            }
            c0 = c1;
        }
        return false;
    }

    /** Same as {@code in(text.toLowerCase(Locale.ROOT))}; ASCII text is folded on the fly instead of copied. */
    boolean inLowercaseOf(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        // a match within the all-ASCII part before any other char is a match in the lowercase text too
        char c0 = text.charAt(0);
        if (c0 >= 128) {
            return in(text.toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i + 1 < n; i++) {
            char c1 = text.charAt(i + 1);
            if (c1 >= 128) {
                // non-ASCII may lowercase to ASCII or change the length: take the exact route
                return in(text.toLowerCase(Locale.ROOT));
            }
            if (foldedPairs[c0 << 7 | c1]) {
                for (String w : byFirst[lower(c0)]) {
                    if (regionFolded(text, i, w)) {
                        return true;
                    }
                }
            }
            c0 = c1;
        }
        return false;
    }

    private static boolean regionFolded(String text, int from, String word) {
        if (from + word.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            if (lower(text.charAt(from + j)) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}

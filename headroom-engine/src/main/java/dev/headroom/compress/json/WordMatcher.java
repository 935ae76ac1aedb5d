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
            lists.get(c).add(w);
        }
        for (int c = 0; c < 128; c++) {
            if (!lists.get(c).isEmpty()) {
                byFirst[c] = lists.get(c).toArray(new String[0]);
            }
        }
    }

    /** Whether {@code text} contains any of the words, compared exactly. */
    boolean in(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            String[] candidates = c < 128 ? byFirst[c] : null;
            if (candidates != null) {
                for (String w : candidates) {
                    if (text.startsWith(w, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Same as {@code in(text.toLowerCase(Locale.ROOT))}; ASCII text is folded on the fly instead of copied. */
    boolean inLowercaseOf(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) >= 128) {
                // non-ASCII may lowercase to ASCII or change the length: take the exact route
                return in(text.toLowerCase(Locale.ROOT));
            }
        }
        for (int i = 0; i < n; i++) {
            String[] candidates = byFirst[lower(text.charAt(i))];
            if (candidates == null) {
                continue;
            }
            for (String w : candidates) {
                if (regionFolded(text, i, w)) {
                    return true;
                }
            }
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

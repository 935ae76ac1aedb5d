package dev.headroom.compress.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into segments: a sentence ends after {@code .}, {@code !} or {@code ?} followed by
 * whitespace and a capital, digit or opening quote, and at a line break, unless the break only
 * wraps a sentence (the next line goes on in lowercase).
 * Lines inside fenced code blocks ({@code ```}) are marked so they are never elided. Linear time.
 */
final class Segmenter {

    private Segmenter() {}

    static List<Segment> split(String s) {
        List<Segment> out = new ArrayList<>();
        int n = s.length();
        int start = 0;
        boolean fenced = false;
        boolean lineStart = true;
        boolean segmentFenced = false;
        int i = 0;
        while (i < n) {
            if (lineStart) {
                int t = i;
                while (t < n && (s.charAt(t) == ' ' || s.charAt(t) == '\t')) {
                    t++;
                }
                boolean fence = s.startsWith("```", t) || s.startsWith("~~~", t);
                if (fence) {
                    fenced = !fenced;
                }
                segmentFenced = fenced || fence;
                lineStart = false;
            }
            char c = s.charAt(i);
            if (c == '\n' && !segmentFenced && continues(s, i)) {
                lineStart = true;
                i++;
                continue;
            }
            if (c != '\n' && (segmentFenced || !endsSentence(s, i))) {
                i++;
                continue;
            }
            int textEnd = c == '\n' ? i : i + 1;
            int j = textEnd;
            while (j < n && Character.isWhitespace(s.charAt(j))) {
                if (s.charAt(j) == '\n') {
                    lineStart = true;
                }
                j++;
            }
            out.add(new Segment(start, textEnd, j, segmentFenced));
            start = j;
            i = j;
        }
        if (start < n) {
            out.add(new Segment(start, n, n, segmentFenced));
        }
        return out;
    }

    /**
     * Whether the line break at {@code nl} only wraps a sentence: the line ends inside a sentence
     * (a letter, digit, comma or hyphen) and the next line goes on in lowercase.
     */
    private static boolean continues(String s, int nl) {
        int p = nl - 1;
        while (p >= 0 && (s.charAt(p) == ' ' || s.charAt(p) == '\t' || s.charAt(p) == '\r')) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        char before = s.charAt(p);
        if (!Character.isLetterOrDigit(before) && before != ',' && before != '-') {
            return false;
        }
        int k = nl + 1;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return k < s.length() && Character.isLowerCase(s.charAt(k));
    }

    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (i + 2 >= s.length() || s.charAt(i + 1) != ' ') {
            return false;
        }
        int k = i + 1;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        if (k >= s.length()) {
            return false;
        }
        char next = s.charAt(k);
        return Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\'' || next == '(';
    }
}

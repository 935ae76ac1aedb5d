package dev.headroom.compress.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scores search hits: BM25 of the line (path and text) against the question's terms, plus a
 * smaller weight for lines that carry signal on their own (errors, TODOs, definitions).
 *
 * <p>BM25 (Robertson and Zaragoza, "The Probabilistic Relevance Framework", 2009) with k1 = 1.2 and
 * b = 0.75; a term that occurs inside a longer token (a partial identifier) counts half.
 */
final class LineScorer {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private static final Pattern ERROR = Pattern.compile(
            "(?i)\\b(error|errors|exception|fail|failed|failure|fatal|panic|crash|assert|warn|warning|critical|denied|timeout)\\b");
    private static final Pattern NOTE = Pattern.compile("\\b(TODO|FIXME|XXX|HACK|BUG)\\b|(?i)\\bdeprecated\\b");
    private static final Pattern DEFINITION = Pattern.compile(
            "^\\s*(?:[\\w@<>,\\[\\]]+\\s+)*(class|interface|enum|record|struct|trait|impl|def|func|fn|function)\\s+[A-Za-z_]");
    /** A method or function declared with modifiers ({@code public Report reconcile(Instant t) {}); calls end in ';' and do not match. */
    private static final Pattern METHOD = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final|abstract|synchronized|native|default|override|async|export|pub|inline|virtual)\\s+)+"
                    + "[\\w<>\\[\\],.?& ]*?\\b[A-Za-z_]\\w*\\s*\\([^;]*$");
    private static final Pattern COMMENT = Pattern.compile("^\\s*(\\*|//|/\\*|#|--)");

    private LineScorer() {}

    /** Relevance of each hit to {@code terms}; all zero when there are no terms. */
    static double[] relevance(List<SearchLine> hits, List<String> terms) {
        int n = hits.size();
        double[] scores = new double[n];
        if (terms.isEmpty() || n == 0) {
            return scores;
        }
        String[] texts = new String[n];
        int[] lengths = new int[n];
        long totalLength = 0;
        for (int i = 0; i < n; i++) {
            SearchLine h = hits.get(i);
            texts[i] = (h.path() + " " + h.content()).toLowerCase(Locale.ROOT);
            lengths[i] = Math.max(1, tokenCount(texts[i]));
            totalLength += lengths[i];
        }
        double avg = (double) totalLength / n;
        for (String term : terms) {
            double[] tf = new double[n];
            int df = 0;
            for (int i = 0; i < n; i++) {
                tf[i] = termFrequency(texts[i], term);
                if (tf[i] > 0) {
                    df++;
                }
            }
            if (df == 0) {
                continue;
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int i = 0; i < n; i++) {
                if (tf[i] > 0) {
                    double norm = K1 * (1 - B + B * lengths[i] / avg);
                    scores[i] += idf * tf[i] * (K1 + 1) / (tf[i] + norm);
                }
            }
        }
        return scores;
    }

    /** Signal a line carries without a question: errors weigh most, then notes, then definitions. */
    static double signal(String content) {
        double s = 0;
        if (ERROR.matcher(content).find()) {
            s += 1.0;
        }
        if (NOTE.matcher(content).find()) {
            s += 0.8;
        }
        if (DEFINITION.matcher(content).find() || METHOD.matcher(content).find()) {
            s += 0.5;
        }
        if (s == 0 && COMMENT.matcher(content).find()) {
            s -= 0.2;
        }
        return s;
    }

    /** Whole-token occurrences count 1, occurrences inside a longer token 0.5. */
    static double termFrequency(String text, String term) {
        double tf = 0;
        int p = text.indexOf(term);
        while (p >= 0) {
            int e = p + term.length();
            boolean whole = (p == 0 || !isWordChar(text.charAt(p - 1))) && (e == text.length() || !isWordChar(text.charAt(e)));
            tf += whole ? 1 : 0.5;
            p = text.indexOf(term, e);
        }
        return tf;
    }

    private static int tokenCount(String text) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = isWordChar(text.charAt(i));
            if (w && !in) {
                count++;
            }
            in = w;
        }
        return count;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}

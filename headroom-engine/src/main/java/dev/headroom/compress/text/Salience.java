package dev.headroom.compress.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence carries a fact worth keeping verbatim: a number, a name (a capitalised
 * word after the first), something code-like (identifier, path, URL, flag), an error or warning
 * word, a heading, or a term of the user's question.
 */
final class Salience {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern NAME_AFTER_FIRST_WORD = Pattern.compile("[\\p{L}\\p{N},;:)]\\s+[\"'(]?(?!I\\b)\\p{Lu}[\\p{L}\\p{N}]+");
    private static final Pattern CODE_LIKE = Pattern.compile(
            "https?://|`[^`]+`|\\b\\w+[_/\\\\]\\w|\\b[a-z]+[A-Z]\\w*|\\b\\w+\\.\\w+\\.\\w+|\\b\\w+\\(\\)|(^|\\s)--?[a-zA-Z][\\w-]+|[{}<>=\\[\\]$#@]");
    private static final Pattern ALERT = Pattern.compile(
            "(?i)\\b(error|errors|exception|fail|fails|failed|failure|warn|warning|fatal|traceback|denied|refused|timeout|timed out|panic|critical|crash|deprecated|must|never|important|note)\\b");
    private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,6}\\s|[=\\-]{3,}\\s*$|[*-]\\s*$)");

    private final List<String> queryTerms;

    Salience(List<String> queryTerms) {
        this.queryTerms = queryTerms;
    }

    boolean salient(String sentence) {
        if (sentence.isBlank()) {
            return true;
        }
        if (DIGIT.matcher(sentence).find() || ALERT.matcher(sentence).find() || HEADING.matcher(sentence).find()
                || CODE_LIKE.matcher(sentence).find() || NAME_AFTER_FIRST_WORD.matcher(sentence).find()) {
            return true;
        }
        if (queryTerms.isEmpty()) {
            return false;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String term : queryTerms) {
            if (lower.contains(term)) {
                return true;
            }
        }
        return false;
    }
}

package dev.headroom.detect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises grep-style search results: {@code path:line:content} matches, {@code path-line-content}
 * context lines and {@code --} group separators (grep, git grep, ripgrep {@code -n}), and ripgrep's
 * {@code --heading} form, where a path line is followed by {@code line:content} lines.
 */
final class SearchSniffer {

    /** A path: no spaces, not a bare number or time, with a slash or a file extension. */
    private static final String PATH = "(?:[A-Za-z]:)?(?=[^\\s:]*[/\\\\.])[^\\s:]*[^\\s:\\d][^\\s:]*";
    private static final Pattern MATCH = Pattern.compile("^" + PATH + ":\\d+:(?:\\d+:)?.*");
    private static final Pattern CONTEXT = Pattern.compile("^" + PATH + "-\\d+-.*");
    /** A heading path is stricter: path characters only, not starting with a digit, with a slash or extension. */
    private static final Pattern HEADING_PATH = Pattern.compile(
            "^(?:[A-Za-z]:)?(?![\\d])[\\w@+.\\\\/-]*(?:/[\\w@+.-]+|\\.[A-Za-z]\\w{0,9})$");
    private static final Pattern HEADING_LINE = Pattern.compile("^\\d+[:-].*");

    private SearchSniffer() {}

    static boolean matches(List<String> lines, int nonBlank) {
        int hits = 0;
        int matches = 0;
        int headings = 0;
        String previous = "";
        for (String l : lines) {
            if (MATCH.matcher(l).matches()) {
                hits++;
                matches++;
            } else if (CONTEXT.matcher(l).matches() || l.equals("--")) {
                hits++;
            } else if (HEADING_LINE.matcher(l).matches()
                    && (headings > 0 || HEADING_PATH.matcher(previous).matches())) {
                hits++;
                matches++;
                if (HEADING_PATH.matcher(previous).matches()) {
                    headings++;
                    hits++;
                }
            }
            previous = l;
        }
        return matches > 0 && nonBlank > 0 && hits >= 0.6 * nonBlank;
    }
}

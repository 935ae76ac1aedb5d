package dev.headroom.detect;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises unified diffs in the git, hg, svn, bzr and plain {@code diff -u} forms, with or without a mail header. */
final class DiffSniffer {

    private static final Pattern FILE_HEADER = Pattern.compile(
            "^(?:diff --git |diff --cc |diff --combined |diff -r [0-9a-f]+ |diff -[a-zA-Z]*u|diff (?:-\\S+ )*\\S+ \\S+$|Index: \\S"
                    + "|=== (?:added|modified|removed|renamed) (?:file|directory) ).*");
    private static final Pattern HUNK = Pattern.compile("^@@@? -\\d+(?:,\\d+)? (?:-\\d+(?:,\\d+)? )?\\+\\d+(?:,\\d+)? @@@?.*");
    private static final Pattern GIT_EXTENDED = Pattern.compile(
            "^(?:new file mode|deleted file mode|old mode|new mode|similarity index|rename from|rename to|copy from|copy to|index [0-9a-f]+\\.\\.[0-9a-f]+|GIT binary patch|Binary files .* differ).*");

    private DiffSniffer() {}

    static boolean matches(List<String> lines) {
        boolean header = false;
        boolean minus = false;
        boolean pair = false;
        boolean hunk = false;
        boolean extended = false;
        for (String l : lines) {
            if (l.startsWith("--- ")) {
                minus = true;
                continue;
            }
            if (l.startsWith("+++ ") && minus) {
                pair = true;
            } else if (HUNK.matcher(l).matches()) {
                hunk = true;
            } else if (FILE_HEADER.matcher(l).matches()) {
                header = true;
            } else if (GIT_EXTENDED.matcher(l).matches()) {
                extended = true;
            }
            minus = false;
        }
        return (pair && hunk) || (header && (hunk || pair || extended));
    }
}

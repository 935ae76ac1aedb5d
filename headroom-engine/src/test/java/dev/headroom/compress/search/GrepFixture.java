package dev.headroom.compress.search;

import dev.headroom.compress.RealSources.SourceFile;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes real search output: scans {@link dev.headroom.compress.RealSources} the way {@code grep -rn},
 * {@code grep -rn -C} and {@code rg --heading} do.
 */
final class GrepFixture {

    /** {@code grep -rn -C<context> -E <pattern>} over {@code files}, at most {@code maxMatches} matches. */
    static String grep(List<SourceFile> files, Pattern pattern, int context, int maxMatches) {
        StringBuilder out = new StringBuilder();
        int matches = 0;
        boolean anyGroup = false;
        for (SourceFile f : files) {
            List<String> lines = f.lines();
            int lastPrinted = -1;
            boolean newFile = true;
            for (int i = 0; i < lines.size() && matches < maxMatches; i++) {
                if (!pattern.matcher(lines.get(i)).find()) {
                    continue;
                }
                matches++;
                int from = Math.max(Math.max(0, i - context), lastPrinted + 1);
                if (context > 0 && anyGroup && (newFile || from > lastPrinted + 1)) {
                    out.append("--\n");
                }
                newFile = false;
                for (int j = from; j < i; j++) {
                    out.append(f.path()).append('-').append(j + 1).append('-').append(lines.get(j)).append('\n');
                }
                out.append(f.path()).append(':').append(i + 1).append(':').append(lines.get(i)).append('\n');
                lastPrinted = i;
                anyGroup = true;
                int j = i + 1;
                while (j < lines.size() && j <= i + context && !pattern.matcher(lines.get(j)).find()) {
                    out.append(f.path()).append('-').append(j + 1).append('-').append(lines.get(j)).append('\n');
                    lastPrinted = j;
                    j++;
                }
            }
        }
        return out.toString();
    }

    /** {@code rg -n --heading <pattern>} over {@code files}, at most {@code maxMatches} matches. */
    static String rgHeading(List<SourceFile> files, Pattern pattern, int maxMatches) {
        StringBuilder out = new StringBuilder();
        int matches = 0;
        for (SourceFile f : files) {
            StringBuilder group = new StringBuilder();
            for (int i = 0; i < f.lines().size() && matches < maxMatches; i++) {
                if (pattern.matcher(f.lines().get(i)).find()) {
                    group.append(i + 1).append(':').append(f.lines().get(i)).append('\n');
                    matches++;
                }
            }
            if (group.length() > 0) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(f.path()).append('\n').append(group);
            }
        }
        return out.toString();
    }

    static int countMatches(String grepOutput) {
        int n = 0;
        for (SearchLine l : SearchParser.parse(grepOutput)) {
            if (l.kind() == SearchLine.Kind.MATCH) {
                n++;
            }
        }
        return n;
    }
}

package dev.headroom.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of a numbered file view ({@code 1457:    code}, {@code cat -n}) without its line numbers. */
final class NumberedLines {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,7}(?::|\\t| \\| )(.*)$");

    private NumberedLines() {}

    /** Each numbered line's text; other lines (a header, "(40 more lines above)") are left out. */
    static List<String> code(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            Matcher m = NUMBERED.matcher(l);
            if (m.matches()) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}

package dev.headroom.bench.probe;

import dev.headroom.ccr.Marker;
import dev.headroom.detect.ContentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Line helpers shared by the line-oriented probes. */
final class Lines {

    private static final Pattern MARKER = Pattern.compile(
            "\\[headroom: \\d+ [a-z][a-z ]{0,30}? elided, original kept; retrieve handle=[0-9a-f]{16}]");

    private Lines() {}

    /** The lines of {@code text} without their terminators ({@code \n} or {@code \r\n}); no trailing empty line. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            out.add(text.substring(start, stop));
            start = end + 1;
        }
        return out;
    }

    /** Counts of each line, to match kept lines against the input as a multiset. */
    static Map<String, Integer> multiset(List<String> lines) {
        Map<String, Integer> m = new HashMap<>();
        for (String l : lines) {
            m.merge(l, 1, Integer::sum);
        }
        return m;
    }

    /** Whether {@code line} is only markers and whitespace. */
    static boolean isMarkerOnly(String line) {
        return Marker.containsMarker(line) && MARKER.matcher(line).replaceAll("").isBlank();
    }

    /** Kinds whose unit of content is the line. */
    static boolean lineOriented(ContentKind kind) {
        return kind == ContentKind.LOG || kind == ContentKind.TEST_OUTPUT || kind == ContentKind.SEARCH
                || kind == ContentKind.TEXT;
    }

    /** Shortens {@code s} for a probe's detail message. */
    static String clip(String s) {
        String t = s.strip();
        return t.length() <= 120 ? t : t.substring(0, 117) + "...";
    }
}

package dev.headroom.detect;

import java.util.ArrayList;
import java.util.List;

/** The first lines of an input (at most {@link #MAX_LINES}, each cut at {@link #MAX_LINE_CHARS}), without line ends. */
record Sample(List<String> lines, int nonBlank) {

    static final int MAX_LINES = 200;
    static final int MAX_LINE_CHARS = 2_000;

    static Sample of(String content) {
        List<String> out = new ArrayList<>();
        int nonBlank = 0;
        int start = 0;
        while (out.size() < MAX_LINES && start < content.length()) {
            int nl = content.indexOf('\n', start);
            int end = nl < 0 ? content.length() : nl;
            int cut = Math.min(end, start + MAX_LINE_CHARS);
            String line = content.substring(start, cut);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            out.add(line);
            if (!line.isBlank()) {
                nonBlank++;
            }
            start = end + 1;
        }
        return new Sample(List.copyOf(out), nonBlank);
    }
}

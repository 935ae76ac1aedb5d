package dev.headroom.compress.lines;

import java.util.ArrayList;
import java.util.List;

/** An input split into lines on {@code \n}; each line keeps its bytes (a trailing {@code \r} too). */
record TextLines(List<String> lines, boolean endsWithNewline) {

    static TextLines of(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int nl;
        while ((nl = text.indexOf('\n', start)) >= 0) {
            out.add(text.substring(start, nl));
            start = nl + 1;
        }
        boolean trailing = start == text.length() && !out.isEmpty();
        if (!trailing) {
            out.add(text.substring(start));
        }
        return new TextLines(out, trailing);
    }

    int size() {
        return lines.size();
    }

    String get(int i) {
        return lines.get(i);
    }

    /** Every line without its trailing carriage return. */
    List<String> contents() {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(content(i));
        }
        return out;
    }

    /** The line without a trailing carriage return, for analysis (output always uses the raw line). */
    String content(int i) {
        String l = lines.get(i);
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }
}

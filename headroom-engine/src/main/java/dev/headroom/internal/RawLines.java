package dev.headroom.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lines on {@code '\n'} only, keeping each line's own terminator, so that
 * concatenating kept lines reproduces them byte for byte (CRLF and stray CRs included).
 */
public final class RawLines {

    private RawLines() {}

    /** The lines of {@code text}, each with its terminator ({@code "\n"}, {@code "\r\n"} or none for the last). */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl + 1;
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    /** {@code line} without its terminator ({@code "\n"} or {@code "\r\n"}). */
    public static String body(String line) {
        int e = line.length();
        if (e > 0 && line.charAt(e - 1) == '\n') {
            e--;
            if (e > 0 && line.charAt(e - 1) == '\r') {
                e--;
            }
        }
        return line.substring(0, e);
    }

    /** The terminator of {@code line}: {@code "\r\n"}, {@code "\n"} or empty. */
    public static String terminator(String line) {
        return line.substring(body(line).length());
    }

    /** The line ending the text mostly uses, judged by its first terminated line; {@code "\n"} if none. */
    public static String dominantEol(List<String> lines) {
        for (String l : lines) {
            String t = terminator(l);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "\n";
    }

    /** Appends {@code line} to {@code out}, adding {@code eol} first if the previous line lacked a terminator. */
    public static void append(StringBuilder out, String line, String eol) {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != '\n') {
            out.append(eol);
        }
        out.append(line);
    }
}

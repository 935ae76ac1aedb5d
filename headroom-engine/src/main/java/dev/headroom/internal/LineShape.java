package dev.headroom.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a log line: its whitespace-separated tokens with every variable-looking part masked.
 * A run of hex digits that contains a decimal digit (numbers, ids, hashes, UUID and IP parts, with
 * an optional sign) becomes {@code #}, and masked runs joined only by {@code . : - / ,} collapse to
 * one {@code #}, so {@code 10.251.73.220:50010}, {@code 2015-07-29} and {@code blk_-6952295868} all
 * mask alike. Words without digits stay: template mining decides which of them vary.
 */
public final class LineShape {

    public static final String MASK = "#";

    private LineShape() {}

    /** The masked tokens of {@code text}, split on whitespace. */
    public static List<String> tokens(String text) {
        return tokens(text, (char) 0);
    }

    /**
     * The masked tokens of {@code text}, split on whitespace and, when {@code delimiter} is not 0, on
     * that field delimiter too; an empty field between two delimiters is an empty token, so columns
     * keep their positions. A double-quoted value (a request, a URL, a user agent, a short name; not a
     * quoted sentence) is one token, outside JSON records, whose quotes are syntax. A line that is a single path is split on {@code /} with its file name masked, so
     * a listing's files in one directory share a shape.
     */
    public static List<String> tokens(String text, char delimiter) {
        return split(text, delimiter, true);
    }

    /** The first {@code limit} tokens of {@code text} as {@link #tokens(String, char)} splits them, unmasked. */
    public static List<String> rawTokens(String text, char delimiter, int limit) {
        return split(text, delimiter, false, limit);
    }

    private static List<String> split(String text, char delimiter, boolean masked) {
        return split(text, delimiter, masked, Integer.MAX_VALUE);
    }

    private static List<String> split(String text, char delimiter, boolean masked, int limit) {
        List<String> out = new ArrayList<>();
        boolean quoted = !text.startsWith("{") && delimiter != '"';
        int n = text.length();
        int i = 0;
        boolean afterDelimiter = false;
        while (i < n && out.size() < limit) {
            while (i < n && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != delimiter) {
                i++;
            }
            int start = i;
            int close = quoted && i < n && text.charAt(i) == '"' ? text.indexOf('"', i + 1) : -1;
            boolean field = close > 0 && (delimiter == 0 || text.indexOf(delimiter, i) < 0 || text.indexOf(delimiter, i) > close)
                    && isValueField(text, i + 1, close);
            if (field) {
                // a quoted field ("GET /a HTTP/1.1", a user agent) is one token, however many words it holds
                i = close + 1;
            }
            while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != delimiter) {
                i++;
            }
            if (start < i) {
                out.add(!masked ? text.substring(start, i) : field ? maskQuoted(text, start, close) : mask(text, start, i));
            } else if (afterDelimiter && i < n && text.charAt(i) == delimiter) {
                out.add("");
            }
            afterDelimiter = i < n && text.charAt(i) == delimiter;
            if (afterDelimiter) {
                i++;
            }
        }
        if (out.size() == 1 && delimiter != '/' && text.indexOf('/') >= 0) {
            // a line that is one path (a listing): its directories are its fields, its file name a variable
            List<String> parts = split(text, '/', masked, limit);
            if (masked && parts.size() > 1) {
                parts.set(parts.size() - 1, MASK);
            }
            return parts;
        }
        return out;
    }

    /**
     * The shape that makes two error or warning lines repeats of one another: its tokens, with every
     * quoted field (a path, a request, a host) a variable, so only the message outside the quotes
     * and the words of unquoted fields tell two errors apart.
     */
    public static String repeatShape(String text) {
        List<String> t = tokens(text);
        StringBuilder b = new StringBuilder(text.length());
        for (String token : t) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(token.length() >= 2 && token.charAt(0) == '"' && !text.startsWith("{") ? MASK : token);
        }
        return b.toString();
    }

    /**
     * Whether a quoted field holds a value (a request, a URL, a user agent, a short name) rather than
     * a sentence: it has a slash, or at most three words. A quoted sentence stays a run of words, so
     * template mining still tells one message from another.
     */
    private static boolean isValueField(String s, int from, int to) {
        int words = 1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '/') {
                return true;
            }
            if (c == ' ' && i > from && s.charAt(i - 1) != ' ') {
                words++;
            }
        }
        return words <= 3;
    }

    /**
     * A quoted field's shape: for a request, URL or agent (it has a slash), its first word, which is
     * usually what kind of thing it holds (a method), and a mask for the rest ({@code "GET /a/1 HTTP/1.1"}
     * is {@code "GET #"}); for a short name, its words with numbers masked.
     */
    private static String maskQuoted(String s, int open, int close) {
        if (s.indexOf('/', open) < 0 || s.indexOf('/', open) > close) {
            return mask(s, open, close + 1); // a short name: its words are its shape
        }
        int w = open + 1;
        while (w < close && Character.isLetter(s.charAt(w))) {
            w++;
        }
        return "\"" + s.substring(open + 1, w) + (w < close ? " " + MASK : "") + "\"";
    }

    static String mask(String s, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to && !digit; i++) {
            digit = isDigit(s.charAt(i));
        }
        if (!digit) {
            return s.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int runEnd = hexRunWithDigit(s, i, to);
            if (runEnd > i) {
                appendMask(b);
                i = runEnd;
            } else {
                b.append(s.charAt(i));
                i++;
            }
        }
        return b.toString();
    }

    /** If a hex run starting at {@code i} (and not glued to a preceding letter) holds a digit, its end; else {@code i}. */
    private static int hexRunWithDigit(String s, int i, int to) {
        if (i > 0 && Character.isLetter(s.charAt(i - 1)) && isHex(s.charAt(i - 1)) && isHex(s.charAt(i))) {
            return i;
        }
        int j = i;
        boolean digit = false;
        if (s.charAt(i) == '0' && i + 2 < to && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X') && isHex(s.charAt(i + 2))) {
            j = i + 2;
        }
        while (j < to && isHex(s.charAt(j))) {
            digit |= isDigit(s.charAt(j));
            j++;
        }
        if (!digit) {
            return i;
        }
        if (j < to && Character.isLetter(s.charAt(j))) {
            // a word with digits inside (ssh2, workers2x): mask only the digits
            int k = i;
            while (k < j && !isDigit(s.charAt(k))) {
                k++;
            }
            if (k > i) {
                return i;
            }
            int d = k;
            while (d < j && isDigit(s.charAt(d))) {
                d++;
            }
            return d;
        }
        return j;
    }

    /** Appends a mask, absorbing a sign before it and separators after an earlier mask: {@code #.#:#} is {@code #}. */
    private static void appendMask(StringBuilder b) {
        int len = b.length();
        if (len > 0 && (b.charAt(len - 1) == '-' || b.charAt(len - 1) == '+')
                && (len == 1 || !Character.isLetterOrDigit(b.charAt(len - 2)))) {
            len--;
        }
        int k = len;
        while (k > 0 && isJoiner(b.charAt(k - 1))) {
            k--;
        }
        if (k > 0 && b.charAt(k - 1) == MASK.charAt(0)) {
            b.setLength(k);
            return;
        }
        b.setLength(len);
        b.append(MASK);
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == ':' || c == '-' || c == '/' || c == ',';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}

package dev.headroom.bench.relevance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the whole unit an answer string belongs to in its input, by the unit's kind: the element of
 * the outermost JSON array (a row), the line (a log event, a search hit), the function whose
 * signature or body holds it, from the signature through its indented or braced body (a code function), the blank-line-delimited block (a paragraph), or the
 * hunk from its {@code @@} header (a diff hunk). A log event or search hit may be named by a string
 * several lines of one event type share (a template question): its unit is then every line holding
 * it. Empty when the answer is not in the input (more than once, for the other kinds), spans lines
 * where a unit is one line, or is not where a unit of that kind is.
 */
public final class AnswerUnits {

    private static final Pattern SEARCH_LINE = Pattern.compile("^[^:\\s][^:]*:\\d+:.*");
    private static final Pattern VIEW_PREFIX = Pattern.compile("^\\d+:");
    /** A C label ({@code LAB_004018c7:}), which decompilers put at column 0 inside a body. */
    private static final Pattern LABEL = Pattern.compile("^\\s*[A-Za-z_]\\w*:\\s*$");
    /** A Python/JavaScript definition, or a C-like signature: a type, a name and an opening parenthesis. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "^\\s*(?!(?:return|raise|yield|await|throw|new|else|assert|print|delete)\\b)(?:(?:async\\s+)?def\\s|class\\s|function\\s|[A-Za-z_][\\w<>,:]*(?:\\s+[\\w<>,:]+)*\\s+\\**[A-Za-z_]\\w*\\s*\\().*");

    private AnswerUnits() {}

    /** The unit of {@code kind} containing the single occurrence of {@code answer} in {@code text}. */
    public static Optional<String> unit(UnitKind kind, String text, String answer) {
        int at = text.indexOf(answer);
        boolean lineKind = kind == UnitKind.LOG_EVENT || kind == UnitKind.SEARCH_HIT;
        if (answer.isEmpty() || at < 0 || (!lineKind && text.indexOf(answer, at + 1) >= 0)) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        int line = lineOf(text, at);
        if (kind != UnitKind.ROW && kind != UnitKind.PARAGRAPH && kind != UnitKind.CODE_FUNCTION && answer.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        return switch (kind) {
            case ROW -> row(text, at, at + answer.length());
            case LOG_EVENT -> Optional.of(linesWith(lines, answer));
            case SEARCH_HIT -> {
                String hits = linesWith(lines, answer);
                boolean all = hits.lines().allMatch(l -> SEARCH_LINE.matcher(strip(l)).matches());
                yield all ? Optional.of(hits) : Optional.empty();
            }
            case CODE_FUNCTION -> enclosingFunction(lines, line);
            case PARAGRAPH -> paragraph(lines, line);
            case DIFF_HUNK -> hunk(lines, line);
        };
    }

    /** Every line containing {@code answer}, joined by newlines. */
    private static String linesWith(String[] lines, String answer) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (l.contains(answer)) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }

    private static int lineOf(String text, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The element of the outermost array enclosing [from, to), scanning strings and escapes. */
    private static Optional<String> row(String text, int from, int to) {
        Deque<int[]> stack = new ArrayDeque<>(); // {open char, start offset, depth of arrays above}
        boolean inString = false;
        int bestDepth = Integer.MAX_VALUE;
        String best = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                int arrays = 0;
                for (int[] s : stack) {
                    arrays += s[0] == '[' ? 1 : 0;
                }
                boolean element = !stack.isEmpty() && stack.peek()[0] == '[';
                stack.push(new int[] {c, element ? i : -1, arrays});
            } else if ((c == '}' || c == ']') && !stack.isEmpty()) {
                int[] s = stack.pop();
                if (s[1] >= 0 && s[1] <= from && i + 1 >= to && s[2] < bestDepth) {
                    bestDepth = s[2];
                    best = text.substring(s[1], i + 1);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The function holding line {@code at}: the nearest signature above it at a smaller indentation, or the line itself. */
    private static Optional<String> enclosingFunction(String[] lines, int at) {
        int limit = Integer.MAX_VALUE;
        for (int i = at; i >= 0; i--) {
            String l = strip(lines[i]);
            if (l.isBlank() || (i < at && indent(l) >= limit)) {
                continue;
            }
            if (SIGNATURE.matcher(l).matches()) {
                Optional<String> f = function(lines, i);
                int length = f.map(t -> (int) t.lines().count()).orElse(0);
                return i + length > at ? f : Optional.empty();
            }
            if (!l.strip().equals("{") && !LABEL.matcher(l).matches()) {
                limit = indent(l);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> function(String[] lines, int start) {
        String sig = strip(lines[start]);
        if (sig.isBlank()) {
            return Optional.empty();
        }
        int indent = indent(sig);
        StringBuilder sb = new StringBuilder(lines[start]).append('\n');
        for (int i = start + 1; i < lines.length; i++) {
            String l = strip(lines[i]);
            int ind = indent(l);
            if (l.isBlank() || ind > indent || (ind == indent && l.strip().startsWith("{")) || LABEL.matcher(l).matches()) {
                sb.append(lines[i]).append('\n');
            } else if (ind == indent && l.strip().startsWith("}")) {
                sb.append(lines[i]).append('\n');
                break;
            } else {
                break;
            }
        }
        return Optional.of(sb.toString());
    }

    private static Optional<String> paragraph(String[] lines, int at) {
        if (lines[at].isBlank()) {
            return Optional.empty();
        }
        int s = at;
        while (s > 0 && !lines[s - 1].isBlank()) {
            s--;
        }
        int e = at;
        while (e + 1 < lines.length && !lines[e + 1].isBlank()) {
            e++;
        }
        return Optional.of(String.join("\n", java.util.Arrays.copyOfRange(lines, s, e + 1)));
    }

    private static Optional<String> hunk(String[] lines, int at) {
        int s = at;
        while (s >= 0 && !lines[s].startsWith("@@")) {
            s--;
        }
        if (s < 0 || s == at) {
            return Optional.empty();
        }
        int e = at;
        while (e + 1 < lines.length && !isHunkEnd(lines[e + 1])) {
            e++;
        }
        return Optional.of(String.join("\n", java.util.Arrays.copyOfRange(lines, s, e + 1)));
    }

    private static boolean isHunkEnd(String l) {
        return l.startsWith("@@") || l.startsWith("diff ") || l.startsWith("--- ") || l.startsWith("Index: ")
                || l.startsWith("=== ") || l.startsWith("Binary files");
    }

    /** A line without its trailing CR and without a file view's {@code 123:} prefix. */
    private static String strip(String line) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return VIEW_PREFIX.matcher(l).replaceFirst("");
    }

    private static int indent(String l) {
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}

package dev.headroom.bench.workload.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A line (or, with {@code \n} inside, a record of several lines) with variable parts written as
 * {@code ${kind:arg}}; {@link Draw} fills them. Placeholders:
 *
 * <ul>
 *   <li>{@code ts:PATTERN} the record's time through a {@link java.time.format.DateTimeFormatter} pattern
 *       (UTC, English names), or one of {@code epoch}, {@code epochms}, {@code epochus}, {@code epoch.ms},
 *       {@code epoch.us} (Unix time), {@code uptime} (seconds.micros since boot), {@code monous} / {@code monohex}
 *       (microseconds since boot, decimal or hex), {@code hexus} (Unix microseconds in hex)
 *   <li>{@code int:A-B} an integer in [A, B], zero-padded to the width of A when A starts with 0;
 *       {@code dec:A-B:P} a decimal with P places
 *   <li>{@code hex:N}, {@code HEX:N}, {@code alnum:N}, {@code ALNUM:N}, {@code digits:N}, {@code lower:N}, {@code b64:N} random strings
 *   <li>{@code pick:a|b|c} one of the choices, each itself a pattern (placeholders nest); {@code v:NAME}
 *       an entry of the format's vocabulary (also a pattern)
 *   <li>{@code uuid}, {@code ip} or {@code ip:10.2} (the given leading octets), {@code mac}
 *   <li>{@code sticky:KEY:A-B} an integer drawn once per sample and key (process ids);
 *       {@code stickyhex:KEY:N} the same for hex strings; {@code seq:KEY:START} a counter per key
 *   <li>{@code NAME=kind:arg} also remembers the value as NAME for the rest of the record; {@code =NAME}
 *       repeats it
 * </ul>
 *
 * A leading {@code >N} or {@code <N} right- or left-aligns the value in N columns ({@code ${>5int:1-99999}}).
 */
final class LinePattern {

    /** One literal or placeholder piece of a pattern. */
    record Part(String literal, String kind, String arg, String capture, int align, List<LinePattern> choices) {

        boolean isLiteral() {
            return literal != null;
        }
    }

    /** The placeholder kinds {@link Draw} fills; anything else is a mistake in a format's data. */
    private static final Set<String> KINDS = Set.of("ts", "int", "dec", "hex", "HEX", "alnum", "ALNUM", "digits", "lower", "b64", "pick", "v",
            "uuid", "ip", "mac", "sticky", "stickyhex", "seq");

    private final String source;
    private final List<Part> parts;

    private LinePattern(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    static LinePattern compile(String source) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        StringBuilder lit = new StringBuilder();
        while (i < source.length()) {
            int open = source.indexOf("${", i);
            if (open < 0) {
                lit.append(source, i, source.length());
                break;
            }
            int close = closing(source, open + 2);
            lit.append(source, i, open);
            if (lit.length() > 0) {
                parts.add(new Part(lit.toString(), null, null, null, 0, List.of()));
                lit.setLength(0);
            }
            parts.add(placeholder(source.substring(open + 2, close), source));
            i = close + 1;
        }
        if (lit.length() > 0) {
            parts.add(new Part(lit.toString(), null, null, null, 0, List.of()));
        }
        return new LinePattern(source, parts);
    }

    /** The index of the brace closing a placeholder whose body starts at {@code from}; braces inside it nest. */
    private static int closing(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw new IllegalArgumentException("unclosed placeholder in: " + source);
    }

    /** {@code arg} split at the {@code |} characters outside nested braces. */
    private static List<String> topLevelChoices(String arg) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(arg.substring(start, i));
                start = i + 1;
            }
        }
        out.add(arg.substring(start));
        return out;
    }

    private static Part placeholder(String body, String source) {
        int align = 0;
        if (!body.isEmpty() && (body.charAt(0) == '>' || body.charAt(0) == '<')) {
            int j = 1;
            while (j < body.length() && Character.isDigit(body.charAt(j))) {
                j++;
            }
            if (j == 1) {
                throw new IllegalArgumentException("alignment without a width in: " + source);
            }
            int width = Integer.parseInt(body.substring(1, j));
            align = body.charAt(0) == '>' ? width : -width;
            body = body.substring(j);
        }
        if (body.startsWith("=")) {
            return new Part(null, "=", body.substring(1), null, align, List.of());
        }
        int colon = body.indexOf(':');
        String head = colon < 0 ? body : body.substring(0, colon);
        String arg = colon < 0 ? "" : body.substring(colon + 1);
        String capture = null;
        int eq = head.indexOf('=');
        if (eq >= 0) {
            capture = head.substring(0, eq);
            head = head.substring(eq + 1);
        }
        if (!KINDS.contains(head)) {
            throw new IllegalArgumentException("unknown placeholder kind '" + head + "' in: " + source);
        }
        List<LinePattern> choices = new ArrayList<>();
        if (head.equals("pick")) {
            for (String choice : topLevelChoices(arg)) {
                choices.add(compile(choice));
            }
        }
        return new Part(null, head, arg, capture, align, choices);
    }

    List<Part> parts() {
        return parts;
    }

    @Override
    public String toString() {
        return source;
    }
}

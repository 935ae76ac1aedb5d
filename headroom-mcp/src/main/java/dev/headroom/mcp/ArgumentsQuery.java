package dev.headroom.mcp;

import java.util.Map;

/**
 * The query a forwarded tool result is compressed for: the call's argument values (strings and
 * numbers, nested ones included, in the order the client sent them), so items mentioning what the
 * agent asked for stay verbatim. Keys are left out: they name parameters, not what is sought.
 */
final class ArgumentsQuery {

    /** Longer argument text is cut here: a query is a handful of terms, not a document. */
    static final int MAX_CHARS = 2_000;

    private ArgumentsQuery() {}

    /** The query for {@code arguments}, or null when they hold no string or number. */
    static String of(Map<String, Object> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        append(sb, arguments);
        String q = sb.toString().strip();
        return q.isEmpty() ? null : q;
    }

    private static void append(StringBuilder sb, Object value) {
        if (sb.length() >= MAX_CHARS || value == null) {
            return;
        }
        if (value instanceof Map) {
            for (Object v : ((Map<?, ?>) value).values()) {
                append(sb, v);
            }
        } else if (value instanceof Iterable) {
            for (Object v : (Iterable<?>) value) {
                append(sb, v);
            }
        } else if (value instanceof CharSequence || value instanceof Number) {
            String s = value.toString();
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s, 0, Math.min(s.length(), MAX_CHARS - sb.length()));
        }
    }
}

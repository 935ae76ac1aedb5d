package dev.headroom.conversation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.Marker;
import dev.headroom.internal.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The short text an older tool result is sent as once a context budget has cut it: which tool, how
 * large it was, its first line (or its shape, for JSON), the error and failure lines it held, and a
 * marker with the handle of the whole original. A function of the result alone (tool, text, error
 * flag), so the same result gets the same bytes on every request.
 *
 * @param text   the stub
 * @param handle the handle the original is stored under
 * @param error  whether the result reported or contained an error
 */
record ToolResultStub(String text, String handle, boolean error) {

    /** Error lines copied into a stub, at most. */
    static final int MAX_ERROR_LINES = 5;
    /** Characters of a line copied into a stub, at most; longer lines are cut and marked with an ellipsis. */
    static final int MAX_LINE_CHARS = 200;
    /** Top-level keys named in a JSON shape, at most. */
    private static final int MAX_KEYS = 8;

    /**
     * Failure lines of test runners and build tools that carry no log level: pytest/Maven/Gradle/Go/Jest
     * {@code FAIL}/{@code FAILED}/{@code FAILURE}, non-zero failure counts, compiler {@code error:} lines.
     */
    private static final Pattern FAILURE = Pattern.compile(
            "\\bFAIL(?:ED|URES?)?\\b|\\b[1-9][0-9]* (?:failed|failures?|errors?)\\b|\\b(?:Failures|Errors): [1-9]|\\berror(?:\\[E[0-9]+])?:");
    /** Characters of a JSON key named in a shape, at most. */
    private static final int MAX_KEY_CHARS = 40;
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * The stub of a tool result, or null when it would elide nothing (every line is shown, or the text is blank).
     *
     * @param toolName  the tool's name (null when unknown)
     * @param original  the result as the tool produced it
     * @param toolError whether the tool reported an error
     * @param tokens    the result's tokens, as reported in the stub
     */
    static ToolResultStub of(String toolName, String original, boolean toolError, int tokens) {
        if (original.isBlank()) {
            return null;
        }
        List<String> lines = lines(original);
        List<Integer> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isErrorLine(lines.get(i))) {
                errors.add(i);
            }
        }
        boolean error = toolError || !errors.isEmpty();
        StringBuilder sb = new StringBuilder(256);
        sb.append("Earlier output of ").append(toolName == null || toolName.isBlank() ? "a tool" : toolName.strip()).append(" (")
                .append(tokens).append(tokens == 1 ? " token, " : " tokens, ").append(lines.size())
                .append(lines.size() == 1 ? " line" : " lines").append("), moved out of the conversation to save context.");
        int shownWhole = 0;
        String shape = jsonShape(original);
        int first = firstNonBlank(lines);
        if (shape != null) {
            sb.append("\nShape: ").append(shape);
        } else if (first >= 0) {
            sb.append("\nFirst line: ");
            shownWhole += append(sb, lines.get(first));
        }
        if (!errors.isEmpty()) {
            List<Integer> shown = new ArrayList<>(MAX_ERROR_LINES);
            for (int i : errors) {
                if (shown.size() < MAX_ERROR_LINES && (shape != null || i != first)) {
                    shown.add(i);
                }
            }
            if (!shown.isEmpty()) {
                sb.append(String.format(Locale.ROOT, "\nError lines (%d of %d):", shown.size(), errors.size()));
                for (int i : shown) {
                    sb.append('\n');
                    shownWhole += append(sb, lines.get(i));
                }
            }
        } else if (toolError) {
            sb.append("\nThe tool reported an error.");
        }
        int elided = lines.size() - shownWhole;
        if (elided < 1) {
            return null;
        }
        String handle = Handles.of(original);
        sb.append('\n').append(new Marker(elided, elided == 1 ? "line" : "lines", handle).render());
        return new ToolResultStub(sb.toString(), handle, error);
    }

    /** Whether {@code line} reports an error or a failure: an error level or exception, or a test or build failure. */
    static boolean isErrorLine(String line) {
        return FAILURE.matcher(line).find() || Severity.of(line.strip()) == Severity.ERROR;
    }

    /** Appends {@code line}, cut to {@link #MAX_LINE_CHARS}; returns 1 when it went in whole. */
    private static int append(StringBuilder sb, String line) {
        sb.append(clip(line, MAX_LINE_CHARS));
        return line.length() <= MAX_LINE_CHARS ? 1 : 0;
    }

    /** {@code text} cut to {@code max} characters (never inside a surrogate pair) and marked with an ellipsis. */
    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The lines of {@code text}, without line terminators; a final newline ends the last line rather than starting one. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            out.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
            start = nl < 0 ? n : nl + 1;
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    /**
     * What a JSON document is, in a few words: an array and how many items it holds (and the keys of
     * its first item, when that is an object), or an object and its top-level keys (with the length of
     * those that are arrays). Null when the text is not one complete JSON array or object.
     */
    static String jsonShape(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length() || (text.charAt(i) != '[' && text.charAt(i) != '{')) {
            return null;
        }
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t = p.nextToken();
            String shape = t == JsonToken.START_ARRAY ? array(p) : object(p);
            return p.nextToken() == null ? shape : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String array(JsonParser p) throws IOException {
        int items = 0;
        List<String> firstKeys = null;
        int firstKeyCount = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw new IOException("truncated");
            }
            if (items == 0 && t == JsonToken.START_OBJECT) {
                firstKeys = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    if (firstKeys.size() < MAX_KEYS) {
                        firstKeys.add(key(p.currentName()));
                    }
                    firstKeyCount++;
                    p.nextToken();
                    p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
            items++;
        }
        StringBuilder sb = new StringBuilder("JSON array of ").append(items).append(items == 1 ? " item" : " items");
        if (firstKeys != null) {
            sb.append("; the first is an object with keys ").append(names(firstKeys, firstKeyCount));
        }
        return sb.toString();
    }

    private static String object(JsonParser p) throws IOException {
        List<String> keys = new ArrayList<>();
        int count = 0;
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
            if (k == null) {
                throw new IOException("truncated");
            }
            String name = key(p.currentName());
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_ARRAY) {
                int items = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == null) {
                        throw new IOException("truncated");
                    }
                    p.skipChildren();
                    items++;
                }
                name = name + " (" + items + (items == 1 ? " item)" : " items)");
            } else {
                p.skipChildren();
            }
            if (keys.size() < MAX_KEYS) {
                keys.add(name);
            }
            count++;
        }
        return "JSON object with " + count + (count == 1 ? " key: " : " keys: ") + names(keys, count);
    }

    private static String key(String name) {
        return clip(name, MAX_KEY_CHARS);
    }

    private static String names(List<String> shown, int total) {
        String s = String.join(", ", shown);
        return total > shown.size() ? s + " and " + (total - shown.size()) + " more" : s;
    }
}

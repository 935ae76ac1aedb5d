package dev.headroom.detect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.regex.Pattern;

/**
 * Decides what a tool output is from a bounded sample of it. Deterministic and stateless; JSON is
 * the only kind confirmed by reading the whole input (a streaming syntax check, no tree).
 */
public final class ContentDetector {

    static final int SAMPLE_LINES = 200;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(100_000)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private static final Pattern SEARCH_LINE = Pattern.compile("^[^\\s:][^:]*:\\d+[:-].*");
    private static final Pattern LOG_LINE = Pattern.compile(
            "^(\\[?\\d{2,4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{6}\\s+\\d{6}|[A-Z][a-z]{2}\\s+\\d{1,2}\\s+\\d{2}:\\d{2}|\\[[A-Z][a-z]{2} [A-Z][a-z]{2}|\\d{2}:\\d{2}:\\d{2}).*"
                    + "|.*\\b(ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|SEVERE)\\b.*");

    /** Detects the kind of {@code content}; blank content is {@link ContentKind#TEXT}. */
    public Detection detect(String content) {
        if (content == null || content.isBlank()) {
            return Detection.of(ContentKind.TEXT);
        }
        ContentKind json = jsonKind(content);
        if (json != null) {
            return Detection.of(json);
        }
        String[] lines = sampleLines(content);
        if (isDiff(lines)) {
            return Detection.of(ContentKind.DIFF);
        }
        if (ratio(lines, SEARCH_LINE) >= 0.6) {
            return Detection.of(ContentKind.SEARCH);
        }
        if (ratio(lines, LOG_LINE) >= 0.5) {
            return Detection.of(ContentKind.LOG);
        }
        return Detection.of(ContentKind.TEXT);
    }

    /** JSON_ARRAY or JSON_OBJECT when the whole input is one well-formed JSON value, else null. */
    static ContentKind jsonKind(String content) {
        int i = 0;
        while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        if (i == content.length()) {
            return null;
        }
        char first = content.charAt(i);
        if (first != '[' && first != '{') {
            return null;
        }
        try (JsonParser p = JSON.createParser(content)) {
            JsonToken t = p.nextToken();
            p.skipChildren();
            if (p.nextToken() != null) {
                return null;
            }
            return t == JsonToken.START_ARRAY ? ContentKind.JSON_ARRAY : ContentKind.JSON_OBJECT;
        } catch (Exception e) {
            return null;
        }
    }

    static String[] sampleLines(String content) {
        int end = 0;
        int count = 0;
        while (count < SAMPLE_LINES && end < content.length()) {
            int nl = content.indexOf('\n', end);
            end = nl < 0 ? content.length() : nl + 1;
            count++;
        }
        return content.substring(0, end).split("\r?\n");
    }

    private static boolean isDiff(String[] lines) {
        boolean header = false;
        boolean hunk = false;
        for (String l : lines) {
            if (l.startsWith("diff --git ") || l.startsWith("--- ") || l.startsWith("Index: ")) {
                header = true;
            } else if (l.startsWith("@@ -")) {
                hunk = true;
            }
        }
        return header && hunk;
    }

    private static double ratio(String[] lines, Pattern p) {
        int nonEmpty = 0;
        int hits = 0;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            nonEmpty++;
            if (p.matcher(l).matches()) {
                hits++;
            }
        }
        return nonEmpty == 0 ? 0 : (double) hits / nonEmpty;
    }
}

package dev.headroom.detect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a tool output is from a bounded sample of it. Deterministic and stateless; JSON is
 * the only kind confirmed by reading the whole input (a streaming syntax check, no tree).
 *
 * <p>Order of the checks, most specific first: JSON, unified diff, HTML, test-runner output, grep-style
 * search results, log, source code (with its language), and prose as the fallback.
 */
public final class ContentDetector {

    /** Lines read from the end as well, where test runners print their summary. */
    static final int TAIL_LINES = 40;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(100_000)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    /** Detects the kind of {@code content}; blank content is {@link ContentKind#TEXT}. */
    public Detection detect(String content) {
        if (content == null || content.isBlank()) {
            return Detection.of(ContentKind.TEXT);
        }
        ContentKind json = jsonKind(content);
        if (json != null) {
            return Detection.of(json);
        }
        Sample sample = Sample.of(content);
        List<String> lines = sample.lines();
        if (DiffSniffer.matches(lines)) {
            return Detection.of(ContentKind.DIFF);
        }
        if (HtmlSniffer.matches(content)) {
            return Detection.of(ContentKind.HTML);
        }
        if (TestOutputSniffer.matches(lines) || TestOutputSniffer.matches(tail(content, lines.size()))) {
            return Detection.of(ContentKind.TEST_OUTPUT);
        }
        if (SearchSniffer.matches(lines, sample.nonBlank())) {
            return Detection.of(ContentKind.SEARCH);
        }
        if (LogSniffer.matches(lines, sample.nonBlank())) {
            return Detection.of(ContentKind.LOG);
        }
        String language = CodeSniffer.language(lines, sample.nonBlank());
        if (language != null) {
            return new Detection(ContentKind.CODE, language);
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

    /** The last {@link #TAIL_LINES} lines, unless the head sample already covered them. */
    static List<String> tail(String content, int headLines) {
        List<String> out = new ArrayList<>();
        int end = content.length();
        while (end > 0 && (content.charAt(end - 1) == '\n' || content.charAt(end - 1) == '\r')) {
            end--;
        }
        while (out.size() < TAIL_LINES && end > 0) {
            int nl = content.lastIndexOf('\n', end - 1);
            String line = content.substring(nl + 1, Math.min(end, nl + 1 + Sample.MAX_LINE_CHARS));
            out.add(0, line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            end = nl < 0 ? 0 : nl;
        }
        return headLines < Sample.MAX_LINES ? List.of() : out;
    }
}

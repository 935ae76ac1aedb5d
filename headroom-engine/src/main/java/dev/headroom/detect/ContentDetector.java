package dev.headroom.detect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides what a tool output is from a bounded sample of it. Deterministic and stateless; JSON is
 * the only kind confirmed by reading the whole input (a streaming syntax check, no tree).
 *
 * <p>Formats with unmistakable markers are recognised first and alone: JSON, unified diff, HTML and
 * test-runner output. Everything else is ranked by structure ({@link LineEvidence}): a log is text
 * whose lines mostly carry a time or a level, wherever those sit; line-shaped text repeats templates
 * or agrees on a field delimiter; search results have consistent {@code path:line:} prefixes; code
 * scores on language constructs; prose is what is left. The result lists every candidate with its
 * score and evidence, so the engine can try close runners-up and keep the best verified output.
 */
public final class ContentDetector {

    /** Lines read from the end as well, where test runners print their summary. */
    static final int TAIL_LINES = 40;

    /** A structural candidate needs at least this score to be considered. */
    static final double MIN_SCORE = 0.5;

    /** Code is recognised by its constructs, which are strong evidence but not a share of lines. */
    static final double CODE_SCORE = 0.75;

    /** Below this share of lines naming a level, a table with times in it is a table rather than a log. */
    static final double NO_LEVELS = 0.3;

    /** A numbered window of a file whose text scores as code. */
    static final double NUMBERED_CODE_SCORE = 0.95;

    /** Line-shaped text ranks just below a log with the same evidence: a time or level says more. */
    static final double LINES_WEIGHT = 0.9;

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
            return certain(json, "parses as one JSON value");
        }
        Sample sample = Sample.of(content);
        List<String> lines = sample.lines();
        if (looksLikeBrokenJson(content, lines)) {
            return certain(ContentKind.TEXT, "starts like JSON but does not parse (truncated or malformed)");
        }
        if (DiffSniffer.matches(lines)) {
            return certain(ContentKind.DIFF, "file headers and hunk headers");
        }
        if (HtmlSniffer.matches(content)) {
            return certain(ContentKind.HTML, "HTML document or markup");
        }
        if (TestOutputSniffer.matches(lines) || TestOutputSniffer.matches(tail(content, lines.size()))) {
            return certain(ContentKind.TEST_OUTPUT, "test runner lines");
        }
        return rank(sample);
    }

    /** Ranks the structural candidates of a sample that no unmistakable marker settled. */
    private static Detection rank(Sample sample) {
        LineEvidence ev = LineEvidence.of(sample);
        String evidence = ev.describe();
        List<Candidate> cs = new ArrayList<>();
        double search = ev.searchScore();
        if (search >= 0.6) {
            cs.add(new Candidate(ContentKind.SEARCH, "", search, evidence));
        }
        // search results are line-shaped by their paths alone: what counts is whether the matched lines are
        LineEvidence shape = search >= 0.6 ? LineEvidence.of(LineEvidence.matchedContent(sample)) : ev;
        double log = shape.bareTrace() ? 1.0 : shape.logScore();
        if (log >= MIN_SCORE) {
            cs.add(new Candidate(ContentKind.LOG, "", log, shape == ev ? evidence : "matched lines: " + shape.describe()));
        }
        double lines = LINES_WEIGHT * shape.linesScore();
        if (shape == ev && !ev.bareTrace() && ev.tableWithTimes() && ev.share(ev.leveled()) < NO_LEVELS) {
            // a table with a date column (ls -l, a CSV with timestamps) is a table first
            lines = Math.max(lines, log + 0.01);
        }
        if (lines >= MIN_SCORE * LINES_WEIGHT && shape == ev) {
            cs.add(new Candidate(ContentKind.LINES, "", lines, evidence));
        }
        double best = cs.stream().mapToDouble(Candidate::score).max().orElse(0);
        // code cannot come close to a log or table that scores this high: spare the language rules
        String language = best - CODE_SCORE > Detection.CLOSE ? null
                : CodeSniffer.language(ev.numberedView() ? NumberedLines.code(sample.lines()) : sample.lines(), sample.nonBlank());
        if (language != null) {
            // a numbered window of source is code whatever its numbers make the lines look like
            cs.add(new Candidate(ContentKind.CODE, language, ev.numberedView() ? NUMBERED_CODE_SCORE : CODE_SCORE,
                    (ev.numberedView() ? "numbered view, " : "") + "language constructs of " + language));
        }
        cs.add(new Candidate(ContentKind.TEXT, "", 0.2 + 0.6 * ev.proseScore(), evidence));
        List<Candidate> ranked = new ArrayList<>(cs);
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Candidate top = ranked.get(0);
        return new Detection(top.kind(), top.language(), ranked);
    }

    private static Detection certain(ContentKind kind, String evidence) {
        return new Detection(kind, "", List.of(Candidate.certain(kind, evidence)));
    }

    /**
     * A document that opens like JSON but did not parse, unless its first line is a whole JSON value
     * (JSON lines, where each line is a record).
     */
    private static boolean looksLikeBrokenJson(String content, List<String> lines) {
        String first = "";
        for (String l : lines) {
            if (!l.isBlank()) {
                first = l.strip();
                break;
            }
        }
        boolean opens = first.equals("{") || first.equals("[") || first.startsWith("{\"") || first.startsWith("[{")
                || first.startsWith("[[") || first.startsWith("[\"");
        if (!opens) {
            return false;
        }
        return jsonKind(first) == null;
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

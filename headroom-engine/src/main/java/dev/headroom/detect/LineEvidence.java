package dev.headroom.detect;

import dev.headroom.internal.Delimiters;
import dev.headroom.internal.LineLayout;
import dev.headroom.internal.LineShape;
import dev.headroom.internal.Severity;
import dev.headroom.internal.TemplateMiner;
import dev.headroom.internal.TimeTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the lines of a sample have in common, counted in one pass: how many carry a time-like token
 * among their first fields, name a level, are JSON records, continue a stack trace, start with a
 * consistent {@code path:line:} prefix, share a masked template with another line, agree on a field
 * delimiter, read as sentences, or are numbered consecutively. Nothing here names a system or a
 * format: these are the structural features the detector ranks kinds by.
 */
record LineEvidence(
        int nonBlank,
        int trace,
        int timed,
        int timedFirst,
        int leveled,
        int jsonRecords,
        int searchLines,
        int searchMatches,
        int templated,
        int heads,
        int headsTemplated,
        char delimiter,
        double delimiterAgreement,
        int prose,
        int numbered,
        LineLayout layout) {

    /** A path: no spaces, not a bare number or time, with a slash or a file extension. */
    private static final String PATH = "(?:[A-Za-z]:)?(?=[^\\s:]*[/\\\\.])[^\\s:]*[^\\s:\\d][^\\s:]*";
    private static final Pattern MATCH = Pattern.compile("^(" + PATH + "):(\\d+):(?:\\d+:)?.*");
    private static final Pattern CONTEXT = Pattern.compile("^" + PATH + "-\\d+-.*");
    /** A heading path is stricter: path characters only, not starting with a digit, with a slash or extension. */
    private static final Pattern HEADING_PATH = Pattern.compile(
            "^(?:[A-Za-z]:)?(?![\\d])[\\w@+.\\\\/-]*(?:/[\\w@+.-]+|\\.[A-Za-z]\\w{0,9})$");
    private static final Pattern HEADING_LINE = Pattern.compile("^\\d+[:-].*");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^\\s+at \\S.*|^\\s*\\.\\.\\. \\d+ (?:more|common frames omitted).*|^Caused by: .*|^Traceback \\(most recent call last\\):.*"
                    + "|^Exception in thread .*|^goroutine \\d+ \\[.*|^\\s+File \".*\", line \\d+.*");
    private static final Pattern PROSE = Pattern.compile("^\\s*[A-Z\"'(*#-][^;{}=<>|]*[.!?:]\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,7})(?::|\\t| \\| )(.*)$");

    /** Scans the lines of {@code sample}. */
    static LineEvidence of(Sample sample) {
        List<String> lines = sample.lines();
        char delimiter = Delimiters.dominant(lines);
        double agreement = delimiter == 0 ? 0 : Delimiters.agreement(lines, delimiter);
        int nonBlank = 0;
        int trace = 0;
        int timed = 0;
        int timedFirst = 0;
        int leveled = 0;
        int json = 0;
        int search = 0;
        int matches = 0;
        int headings = 0;
        int prose = 0;
        int numbered = 0;
        long lastNumber = -2;
        boolean afterPyFrame = false;
        String previous = "";
        TemplateMiner miner = new TemplateMiner();
        List<Integer> templates = new ArrayList<>();
        List<Boolean> head = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank()) {
                previous = l;
                continue;
            }
            nonBlank++;
            boolean pyFrame = l.startsWith("  File \"");
            if (CONTINUATION.matcher(l).matches() || (afterPyFrame && Character.isWhitespace(l.charAt(0)))) {
                trace++;
                afterPyFrame = pyFrame;
                previous = l;
                continue;
            }
            afterPyFrame = false;
            TimeTokens.Span ts = l.startsWith("{") ? null : TimeTokens.lead(l);
            String body = TimeTokens.body(l, ts);
            if (ts != null || TimeTokens.jsonTime(l) != null) {
                timed++;
                if (ts == null || !timeAfterFirstField(l, ts.start(), delimiter)) {
                    timedFirst++;
                }
            }
            if (Severity.hasLevelWord(body.strip())) {
                leveled++;
            }
            if (l.startsWith("{") && l.stripTrailing().endsWith("}") && l.contains("\":")) {
                json++;
            }
            if (isSearchMatch(l)) {
                search++;
                matches++;
            } else if (CONTEXT.matcher(l).matches() || l.equals("--")) {
                search++;
            } else if (HEADING_LINE.matcher(l).matches() && (headings > 0 || HEADING_PATH.matcher(previous).matches())) {
                search++;
                matches++;
                if (HEADING_PATH.matcher(previous).matches()) {
                    headings++;
                    search++;
                }
            }
            if (PROSE.matcher(l).matches() && words(l) >= 6) {
                prose++;
            }
            var n = NUMBERED.matcher(l);
            if (n.matches()) {
                long v = Long.parseLong(n.group(1));
                if (v == lastNumber + 1) {
                    numbered += numbered == 0 ? 2 : 1;
                }
                lastNumber = v;
            }
            templates.add(miner.assign(LineShape.tokens(body, delimiter)));
            head.add(!Character.isWhitespace(l.charAt(0)));
            previous = l;
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int t : templates) {
            sizes.merge(t, 1, Integer::sum);
        }
        int templated = 0;
        int heads = 0;
        int headsTemplated = 0;
        for (int k = 0; k < templates.size(); k++) {
            boolean repeats = sizes.get(templates.get(k)) >= 2;
            templated += repeats ? 1 : 0;
            if (head.get(k)) {
                heads++;
                headsTemplated += repeats ? 1 : 0;
            }
        }
        return new LineEvidence(nonBlank, trace, timed, timedFirst, leveled, json, search, matches, templated, heads, headsTemplated,
                delimiter, agreement,
                prose, numbered, LineLayout.of(lines));
    }

    /**
     * The sample with each search line's {@code path:line:} (or {@code path-line-}) prefix taken off:
     * what the matched lines themselves are, so grep output of a log can be told from grep output of
     * source, whose paths alone would make any listing look like records.
     */
    static Sample matchedContent(Sample sample) {
        List<String> out = new ArrayList<>(sample.lines().size());
        int nonBlank = 0;
        for (String l : sample.lines()) {
            var m = MATCH.matcher(l);
            String content = l;
            if (m.matches() && isSearchMatch(l)) {
                content = l.substring(l.indexOf(':', m.end(1) + 1) + 1);
            } else if (CONTEXT.matcher(l).matches()) {
                int dash = l.indexOf('-', l.lastIndexOf('/') + 1);
                while (dash >= 0 && dash + 1 < l.length() && !Character.isDigit(l.charAt(dash + 1))) {
                    dash = l.indexOf('-', dash + 1);
                }
                int second = dash < 0 ? -1 : l.indexOf('-', dash + 1);
                content = second < 0 ? l : l.substring(second + 1);
            } else if (l.equals("--")) {
                continue;
            }
            out.add(content);
            nonBlank += content.isBlank() ? 0 : 1;
        }
        return new Sample(List.copyOf(out), nonBlank);
    }

    /**
     * A {@code path:line:} match whose line number is not the minutes of a time
     * ({@code nova-api.log.1.2017-05-16_13:53:08 ...} is a log line, not a grep hit).
     */
    static boolean isSearchMatch(String l) {
        var m = MATCH.matcher(l);
        if (!m.matches()) {
            return false;
        }
        int colon = m.end(1);
        return !TimeTokens.containsTime(l, Math.max(0, colon - 2), Math.min(l.length(), colon + 7));
    }

    /** Lines that are not stack-trace continuations: the denominator of most shares. */
    int records() {
        return nonBlank - trace;
    }

    double share(int count) {
        return records() <= 0 ? 0 : Math.min(1.0, (double) count / records());
    }

    /** Whether most of the sample is one bare stack trace or traceback. */
    boolean bareTrace() {
        return trace >= 3 && trace * 2 >= nonBlank;
    }

    /** The strongest sign that lines are log records: a time, a level, or a JSON record on most of them. */
    double logScore() {
        if (records() < 3) {
            return bareTrace() ? 1.0 : 0;
        }
        return Math.max(share(timed), Math.max(share(leveled), share(jsonRecords)));
    }

    /**
     * How much the lines look like records rather than sentences: they repeat a template, agree on a
     * field delimiter, align in columns, open with the same kind of field, or share long prefixes;
     * the last three count only as far as the lines do not read as prose.
     */
    double linesScore() {
        if (records() < 5 || layout.lines() == 0) {
            return 0;
        }
        double notProse = 1 - layoutShare(layout.wordy());
        double shape = Math.max(layoutShare(layout.aligned()), Math.max(layoutShare(layout.sameLead()), layoutShare(layout.sharedPrefix())));
        return Math.max(Math.max(share(templated), delimiterAgreement), Math.max(shape * notProse, recordHeads()));
    }

    /**
     * Multi-line records ({@code git log}): when many lines are indented continuations, the share of
     * the unindented lines that repeat a template.
     */
    double recordHeads() {
        boolean indentedBodies = records() - heads >= 0.3 * records();
        return !indentedBodies || heads < 5 ? 0 : (double) headsTemplated / heads;
    }

    /**
     * Whether most lines are rows of a table with its times in a column of its own: delimited or
     * aligned fields, or a value of the same kind opening every line, and a time that does not open
     * the line (as a log's does) on most of them.
     */
    boolean tableWithTimes() {
        boolean table = delimiterAgreement >= 0.8 || layoutShare(layout.aligned()) >= 0.8 || layoutShare(layout.sameRecordLead()) >= 0.8;
        return table && timedFirst < 0.5 * records();
    }

    /**
     * Whether the line's time sits after its first field: for delimited text, the first field
     * holding a time is not the first; otherwise a whitespace-separated field comes before
     * {@code timeStart}.
     */
    private static boolean timeAfterFirstField(String l, int timeStart, char delimiter) {
        if (delimiter != 0) {
            int from = 0;
            for (int field = 0; field < 8 && from <= l.length(); field++) {
                int to = l.indexOf(delimiter, from);
                to = to < 0 ? l.length() : to;
                if (TimeTokens.containsTime(l, from, to)) {
                    return field > 0;
                }
                from = to + 1;
            }
            return false;
        }
        for (int i = 1; i < timeStart; i++) {
            if (Character.isWhitespace(l.charAt(i)) && !Character.isWhitespace(l.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** How much of the sample reads as English sentences. */
    double proseScore() {
        return layout.lines() == 0 ? 0 : Math.max(share(prose), layoutShare(layout.wordy()));
    }

    private double layoutShare(int count) {
        return layout.lines() == 0 ? 0 : Math.min(1.0, (double) count / layout.lines());
    }

    /** The share of {@code path:line:} matches and their context lines; zero without a match. */
    double searchScore() {
        return searchMatches == 0 || nonBlank == 0 ? 0 : Math.min(1.0, (double) searchLines / nonBlank);
    }

    /** Whether the lines are a numbered window of a file ({@code 1457:    code}, {@code cat -n}). */
    boolean numberedView() {
        return nonBlank >= 5 && numbered >= 0.8 * nonBlank;
    }

    String describe() {
        return String.format(Locale.ROOT, "lines %d, timed %.2f, level %.2f, json %.2f, templated %.2f, delimiter %s %.2f, "
                        + "aligned %.2f, same lead %.2f, shared prefix %.2f, search %.2f, prose %.2f",
                nonBlank, share(timed), share(leveled), share(jsonRecords), share(templated),
                delimiter == 0 ? "none" : delimiter == '\t' ? "tab" : String.valueOf(delimiter), delimiterAgreement,
                layoutShare(layout.aligned()), layoutShare(layout.sameLead()), layoutShare(layout.sharedPrefix()),
                searchScore(), proseScore());
    }

    private static int words(String l) {
        int w = 0;
        boolean in = false;
        for (int i = 0; i < l.length(); i++) {
            boolean space = Character.isWhitespace(l.charAt(i));
            if (!space && !in) {
                w++;
            }
            in = !space;
        }
        return w;
    }
}

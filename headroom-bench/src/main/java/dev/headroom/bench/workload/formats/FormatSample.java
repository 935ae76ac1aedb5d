package dev.headroom.bench.workload.formats;

import dev.headroom.bench.Needle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One generated tool output of a known format with its ground truth: the template (event type) of
 * every line, where a continuation line (a stack frame, a record's second line) carries its record's
 * template; which lines start a record; which templates are errors; the labelled anomaly lines that
 * must survive verbatim; and for diffs every file header line.
 *
 * @param name            the format's name, such as {@code android-logcat}
 * @param family          what kind of output it is
 * @param expected        where it must be routed
 * @param text            the output, every line ending in {@code \n}
 * @param lineTemplates   the template id of every line, in order
 * @param continuations   indices of the lines that continue the record above them
 * @param errorTemplates  the template ids whose lines are errors
 * @param anomalies       labelled anomaly lines (each a whole line of {@code text})
 * @param fileHeaders     for diffs, the {@code ---}/{@code +++} header line of every file; empty otherwise
 */
public record FormatSample(
        String name,
        Family family,
        Route expected,
        String text,
        List<String> lineTemplates,
        Set<Integer> continuations,
        Set<String> errorTemplates,
        List<Needle> anomalies,
        List<String> fileHeaders) {

    public FormatSample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(text, "text");
        lineTemplates = List.copyOf(lineTemplates);
        continuations = Set.copyOf(new TreeSet<>(continuations));
        errorTemplates = Set.copyOf(errorTemplates);
        anomalies = List.copyOf(anomalies);
        fileHeaders = List.copyOf(fileHeaders);
        List<String> lines = lines(text);
        if (lines.size() != lineTemplates.size()) {
            throw new IllegalArgumentException(name + ": " + lines.size() + " lines but " + lineTemplates.size() + " template ids");
        }
        if (!lineTemplates.containsAll(errorTemplates)) {
            throw new IllegalArgumentException(name + ": an error template has no line");
        }
        for (Needle n : anomalies) {
            if (!lines.contains(n.text())) {
                throw new IllegalArgumentException(name + ": anomaly is not a line of the text: " + n.text());
            }
        }
        for (String h : fileHeaders) {
            if (!lines.contains(h)) {
                throw new IllegalArgumentException(name + ": file header is not a line of the text: " + h);
            }
        }
    }

    /** The lines of {@code text} without terminators (a final {@code \n} ends the last line). */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            out.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
            start = end + 1;
        }
        return out;
    }

    /** The lines of {@link #text()}. */
    public List<String> lines() {
        return lines(text);
    }

    /** How many distinct templates the sample has. */
    public int templateCount() {
        return new TreeSet<>(lineTemplates).size();
    }
}

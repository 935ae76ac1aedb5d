package dev.headroom.compress.testoutput;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Elision;
import dev.headroom.internal.Severity;
import dev.headroom.internal.StackTraces;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/*
 * Two passes over the lines, then one over the runs.
 *
 * 1. Each line gets a role on its own (LineRole): routine (a passing or skipped test, a passing test
 *    class's summary, progress chatter), a Surefire "Running X" header, or kept.
 * 2. Surefire class blocks: "Running X" up to the next "Tests run:" line before another "Running"
 *    (that line is the class's summary). When the class passed (Failures: 0, Errors: 0), the header
 *    and every line it printed in between become routine, except signal: a level word of WARN or
 *    worse or an exception named (internal.Severity, the log compressor's classifier), stack-trace
 *    frames, cause chains and Python tracebacks (internal.StackTraces), and the header line of a
 *    java.util.logging record whose level line is signal. Signal stays verbatim and in place, and so
 *    does the class's "Running X" header, so a kept warning still says which class printed it. When
 *    the class failed, or its summary never comes, the whole block is kept.
 * 3. A run of MIN_RUN or more consecutive routine lines is replaced by one line that says what was
 *    there, in exact numbers, followed by the marker that retrieves the original:
 *    "(3 test classes passed: 15 tests, 6 skipped; 42 captured output lines) [headroom: 48 lines
 *    elided, ...]". A run is replaced only when that line has fewer tokens than the run.
 *
 * Failures, their messages, assertion diffs, tracebacks, warnings, a failing class's output and the
 * runner's own summary lines are never routine, so they stay verbatim and in place.
 */
/** Compresses test-runner output: failures and summaries verbatim, passing tests as declared counts. */
public final class TestOutputCompressor implements Compressor {

    static final int MIN_RUN = 3;

    /** The second line of a java.util.logging SimpleFormatter record at a signal level; the line above is its header. */
    private static final Pattern JUL_SIGNAL_LEVEL = Pattern.compile("^(?:SEVERE|WARNING): .*");

    @Override
    public Compressed compress(String input, CompressionContext ctx) {
        List<String> lines = lines(input);
        boolean trailingNewline = input.endsWith("\n");
        ctx.checkDeadline();
        LineRole[] roles = roles(lines);
        StringBuilder out = new StringBuilder(input.length() / 2);
        List<Elision> elisions = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            ctx.checkDeadline();
            if (roles[i].kind() == LineRole.Kind.KEEP) {
                out.append(lines.get(i)).append('\n');
                i++;
                continue;
            }
            int end = i;
            Tally tally = new Tally();
            StringBuilder run = new StringBuilder();
            while (end < lines.size() && roles[end].kind() != LineRole.Kind.KEEP) {
                tally.add(roles[end]);
                run.append(lines.get(end)).append('\n');
                end++;
            }
            Elision e = end - i < MIN_RUN ? null : ctx.elide(end - i, "lines");
            String summary = e == null ? null : "(" + tally.describe() + ") " + e.render() + "\n";
            if (summary != null && ctx.tokens().count(summary) < ctx.tokens().count(run.toString(), ctx::checkDeadline)) {
                elisions.add(e);
                out.append(summary);
            } else {
                out.append(run);
            }
            i = end;
        }
        if (elisions.isEmpty()) {
            return Compressed.unchanged(input, "test-output:nothing-routine");
        }
        if (!trailingNewline) {
            out.setLength(out.length() - 1);
        }
        return new Compressed(out.toString(), "test-output:collapse-passing", elisions);
    }

    /** Every line's role, Surefire class blocks included. */
    static LineRole[] roles(List<String> lines) {
        int n = lines.size();
        LineRole[] roles = new LineRole[n];
        for (int i = 0; i < n; i++) {
            roles[i] = LineRole.of(content(lines.get(i)));
        }
        int i = 0;
        while (i < n) {
            if (roles[i].kind() != LineRole.Kind.CLASS_RUNNING) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && roles[end].kind() != LineRole.Kind.CLASS_RUNNING && !LineRole.endsClass(content(lines.get(end)))) {
                end++;
            }
            if (end == n || roles[end].kind() == LineRole.Kind.CLASS_RUNNING) {
                roles[i] = LineRole.KEEP; // no summary of its own: nothing to say for the class
                i = end;
            } else if (roles[end].kind() == LineRole.Kind.CLASS_PASSED) {
                if (markCaptured(lines, roles, i + 1, end)) {
                    roles[i] = LineRole.KEEP; // kept signal still says which class printed it
                }
                i = end + 1;
            } else {
                for (int k = i; k <= end; k++) {
                    roles[k] = LineRole.KEEP; // a failing class stays whole
                }
                i = end + 1;
            }
        }
        return roles;
    }

    /**
     * Marks what a passing class printed in lines {@code [from, to)}: signal kept, the rest captured.
     * Returns whether any signal was kept.
     */
    private static boolean markCaptured(List<String> lines, LineRole[] roles, int from, int to) {
        StackTraces traces = new StackTraces();
        boolean inTrace = false;
        boolean anySignal = false;
        for (int k = from; k < to; k++) {
            String line = content(lines.get(k));
            inTrace = traces.continues(line, inTrace);
            boolean signal = inTrace || Severity.of(line) != Severity.OTHER;
            roles[k] = signal ? LineRole.KEEP : LineRole.CAPTURED;
            anySignal |= signal;
            if (signal && k > from && JUL_SIGNAL_LEVEL.matcher(line).matches()) {
                roles[k - 1] = LineRole.KEEP;
            }
        }
        return anySignal;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int nl;
        while ((nl = text.indexOf('\n', start)) >= 0) {
            out.add(text.substring(start, nl));
            start = nl + 1;
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static String content(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Counts of what a collapsed run held. */
    private static final class Tally {
        int passed;
        int skipped;
        int classes;
        int classTests;
        int classSkipped;
        int captured;
        int progress;
        /** A class header in this run whose summary has not come yet. */
        boolean openHeader;

        void add(LineRole r) {
            switch (r.kind()) {
                case PASSED -> {
                    passed += r.tests();
                    skipped += r.skipped();
                }
                case SKIPPED -> skipped += r.tests();
                case CLASS_RUNNING -> openHeader = true;
                case CLASS_PASSED -> {
                    classes++;
                    classTests += r.tests();
                    classSkipped += r.skipped();
                    openHeader = false;
                }
                case CAPTURED -> captured++;
                default -> progress++;
            }
        }

        /**
         * What the run held. A class's "Running" line is part of the class when its summary is in the
         * same run; otherwise (signal the class printed split the run) it is counted as a progress line.
         */
        String describe() {
            List<String> parts = new ArrayList<>();
            if (passed > 0) {
                parts.add(passed + (passed == 1 ? " passing test" : " passing tests"));
            }
            if (skipped > 0) {
                parts.add(skipped + " skipped");
            }
            if (classes > 0) {
                parts.add(classes + (classes == 1 ? " test class" : " test classes") + " passed: " + classTests
                        + (classTests == 1 ? " test" : " tests") + (classSkipped > 0 ? ", " + classSkipped + " skipped" : ""));
            }
            if (captured > 0) {
                parts.add(captured + (captured == 1 ? " captured output line" : " captured output lines"));
            }
            int progressLines = progress + (openHeader ? 1 : 0);
            if (progressLines > 0) {
                parts.add(progressLines + (progressLines == 1 ? " progress line" : " progress lines"));
            }
            String separator = classSkipped > 0 && parts.size() > 1 ? "; " : ", ";
            return String.join(separator, parts);
        }
    }
}

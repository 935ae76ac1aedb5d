package dev.headroom.compress.testoutput;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Elision;
import java.util.ArrayList;
import java.util.List;

/*
 * One pass over the lines. Each line gets a role (LineRole): routine (a passing or skipped test, a
 * passing test class, progress chatter) or kept. A run of MIN_RUN or more consecutive routine lines
 * is replaced by one line that says what was there, in exact numbers, followed by the marker that
 * retrieves the original: "(113 passing tests, 5 skipped) [headroom: 118 lines elided, ...]".
 * Failures, their messages, assertion diffs, tracebacks, captured output, warnings and the runner's
 * own summary lines are never routine, so they stay verbatim and in place.
 */
/** Compresses test-runner output: failures and summaries verbatim, passing tests as declared counts. */
public final class TestOutputCompressor implements Compressor {

    static final int MIN_RUN = 3;

    @Override
    public Compressed compress(String input, CompressionContext ctx) {
        List<String> lines = lines(input);
        boolean trailingNewline = input.endsWith("\n");
        LineRole[] roles = new LineRole[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String next = i + 1 < lines.size() ? content(lines.get(i + 1)) : "";
            roles[i] = LineRole.of(content(lines.get(i)), next);
        }
        StringBuilder out = new StringBuilder(input.length() / 2);
        List<Elision> elisions = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (roles[i].kind() == LineRole.Kind.KEEP) {
                out.append(lines.get(i)).append('\n');
                i++;
                continue;
            }
            int end = i;
            Tally tally = new Tally();
            while (end < lines.size() && roles[end].kind() != LineRole.Kind.KEEP) {
                tally.add(roles[end]);
                end++;
            }
            if (end - i < MIN_RUN) {
                for (int k = i; k < end; k++) {
                    out.append(lines.get(k)).append('\n');
                }
            } else {
                Elision e = ctx.elide(end - i, end - i == 1 ? "line" : "lines");
                elisions.add(e);
                out.append('(').append(tally.describe()).append(") ").append(e.render()).append('\n');
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
        int classes;
        int classTests;
        int skipped;
        int progress;

        void add(LineRole r) {
            switch (r.kind()) {
                case PASSED -> passed += r.tests();
                case CLASS_PASSED -> {
                    classes++;
                    classTests += r.tests();
                }
                case SKIPPED -> skipped += r.tests();
                default -> progress++;
            }
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (passed > 0) {
                parts.add(passed + (passed == 1 ? " passing test" : " passing tests"));
            }
            if (classes > 0) {
                parts.add(classes + (classes == 1 ? " test class" : " test classes") + " passed with " + classTests
                        + (classTests == 1 ? " test" : " tests"));
            }
            if (skipped > 0) {
                parts.add(skipped + " skipped");
            }
            if (progress > 0) {
                parts.add(progress + (progress == 1 ? " progress line" : " progress lines"));
            }
            return String.join(", ", parts);
        }
    }
}

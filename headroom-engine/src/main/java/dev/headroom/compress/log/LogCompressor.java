package dev.headroom.compress.log;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Elision;
import dev.headroom.internal.Severity;
import dev.headroom.internal.StackTraces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/*
 * How a log is reduced, in one pass over its lines plus one over its records:
 *
 * - A record is a line plus the stack-trace lines that continue it (StackTraces).
 * - Records are grouped: errors (an error level word, or an exception) by their exact text apart from
 *   the leading timestamp, so only true repeats merge; warnings by their masked shape (LineShape),
 *   so warnings differing only in numbers merge; everything else by mined template (TemplateMiner).
 * - The first record of each group is kept verbatim, whole (a stack trace stays whole), and for
 *   errors the last one too; so are the last TAIL_LINES lines and up to MAX_QUERY_RECORDS records
 *   that mention a selective term of the user's question.
 * - Right after a group's first record, when some of its records were left out, one line declares the
 *   group's total, its first and last timestamps, and the exact number of lines elided, with the
 *   marker that retrieves the original. Every input line is either output verbatim or counted in
 *   exactly one such marker.
 */
/** Compresses logs to one verbatim line per template, every distinct error whole, and exact counts. */
public final class LogCompressor implements Compressor {

    static final int MIN_LINES = 8;
    static final int TAIL_LINES = 5;
    static final int MAX_QUERY_RECORDS = 20;
    static final String UNIT = "lines";
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{2}:?\\d{2}:?\\d{2}(?!\\d)");

    @Override
    public Compressed compress(String input, CompressionContext ctx) {
        TextLines text = TextLines.of(input);
        if (text.size() < MIN_LINES) {
            return Compressed.unchanged(input, "log:too-short");
        }
        List<Block> blocks = blocks(text);
        Map<String, Group> groups = new HashMap<>();
        TemplateMiner miner = new TemplateMiner();
        for (Block b : blocks) {
            ctx.checkDeadline();
            b.group = groups.computeIfAbsent(key(text, b, miner), k -> new Group(b));
            b.group.add(b);
        }
        markKept(text, blocks, ctx.queryTerms());
        int elided = 0;
        for (Block b : blocks) {
            if (!b.kept) {
                b.group.elidedLines += b.end - b.start;
                elided += b.end - b.start;
            }
        }
        if (elided == 0) {
            return Compressed.unchanged(input, "log:nothing-repeats");
        }
        return render(text, blocks, ctx, miner.count());
    }

    private static List<Block> blocks(TextLines text) {
        List<Block> blocks = new ArrayList<>();
        StackTraces traces = new StackTraces();
        Block current = null;
        for (int i = 0; i < text.size(); i++) {
            String line = text.content(i);
            if (current != null && traces.continues(line, current.end - current.start > 1)) {
                current.end = i + 1;
                continue;
            }
            Timestamps.Found ts = Timestamps.find(line);
            String body = ts == null ? line : line.substring(ts.end());
            String time = ts == null ? Timestamps.jsonTime(line) : ts.text();
            current = new Block(i, time, body, Severity.of(body));
            blocks.add(current);
        }
        return blocks;
    }

    private static String key(TextLines text, Block b, TemplateMiner miner) {
        boolean trace = b.end - b.start > 1;
        if (b.severity == Severity.ERROR || trace) {
            b.severity = Severity.ERROR;
            StringBuilder k = new StringBuilder("E").append(b.body);
            for (int i = b.start + 1; i < b.end; i++) {
                k.append('\n').append(text.content(i));
            }
            return k.toString();
        }
        List<String> shape = LineShape.tokens(b.body);
        if (b.severity == Severity.WARN) {
            return "W" + String.join(" ", shape);
        }
        return "T" + miner.assign(shape);
    }

    private static void markKept(TextLines text, List<Block> blocks, List<String> queryTerms) {
        for (Block b : blocks) {
            if (b.group.first == b || (b.group.last == b && b.severity == Severity.ERROR)) {
                b.kept = true;
            }
        }
        for (int i = blocks.size() - 1; i >= 0 && blocks.get(i).end > text.size() - TAIL_LINES; i--) {
            blocks.get(i).kept = true;
        }
        if (queryTerms.isEmpty()) {
            return;
        }
        List<String> selective = selectiveTerms(text, blocks, queryTerms);
        int matched = 0;
        for (Block b : blocks) {
            if (matched == MAX_QUERY_RECORDS || selective.isEmpty()) {
                break;
            }
            if (!b.kept && mentionsAny(text.content(b.start), selective)) {
                b.kept = true;
                matched++;
            }
        }
    }

    /** The query terms that pick out few records; a term found in most lines (say, "order") selects nothing. */
    private static List<String> selectiveTerms(TextLines text, List<Block> blocks, List<String> terms) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            int hits = 0;
            for (Block b : blocks) {
                if (mentionsAny(text.content(b.start), List.of(t)) && ++hits > MAX_QUERY_RECORDS) {
                    break;
                }
            }
            if (hits > 0 && hits <= MAX_QUERY_RECORDS) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean mentionsAny(String line, List<String> terms) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String t : terms) {
            if (lower.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static Compressed render(TextLines text, List<Block> blocks, CompressionContext ctx, int templates) {
        StringBuilder out = new StringBuilder(text.size() * 16);
        List<Elision> elisions = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.kept) {
                continue;
            }
            for (int i = b.start; i < b.end; i++) {
                out.append(text.get(i)).append('\n');
            }
            Group g = b.group;
            if (g.first == b && g.elidedLines > 0) {
                Elision e = ctx.elide(g.elidedLines, g.elidedLines == 1 ? "line" : UNIT);
                elisions.add(e);
                out.append("  \u00d7").append(g.count).append(' ').append(g.label());
                if (g.firstTs != null) {
                    out.append(", ").append(g.firstTs);
                    if (!g.lastTs.equals(g.firstTs)) {
                        out.append(" \u2013 ").append(g.lastTs, sharedDatePrefix(g.firstTs, g.lastTs), g.lastTs.length());
                    }
                }
                out.append(' ').append(e.render()).append('\n');
            }
        }
        if (!text.endsWithNewline()) {
            out.setLength(out.length() - 1);
        }
        return new Compressed(out.toString(), "log:templates(" + templates + ")", elisions);
    }

    /**
     * Length of the date two timestamps share (up to a space or {@code T}), so the second can omit it;
     * zero unless what remains of the second is a time of day.
     */
    static int sharedDatePrefix(String first, String last) {
        int n = Math.min(first.length(), last.length());
        int i = 0;
        while (i < n && first.charAt(i) == last.charAt(i)) {
            i++;
        }
        while (i > 0 && !(first.charAt(i - 1) == ' '
                || (first.charAt(i - 1) == 'T' && i >= 2 && Character.isDigit(first.charAt(i - 2))))) {
            i--;
        }
        return TIME_OF_DAY.matcher(last).region(i, last.length()).lookingAt() ? i : 0;
    }

    /** A record: a line and the stack-trace lines under it. */
    private static final class Block {
        final int start;
        int end;
        final String ts;
        final String body;
        Severity severity;
        Group group;
        boolean kept;

        Block(int start, String ts, String body, Severity severity) {
            this.start = start;
            this.end = start + 1;
            this.ts = ts;
            this.body = body;
            this.severity = severity;
        }
    }

    /** Records that are repeats of one another: same error, same warning shape, or same template. */
    private static final class Group {
        final Block first;
        Block last;
        int count;
        String firstTs;
        String lastTs;
        int elidedLines;

        Group(Block first) {
            this.first = first;
        }

        void add(Block b) {
            count++;
            last = b;
            if (b.ts != null) {
                if (firstTs == null) {
                    firstTs = b.ts;
                }
                lastTs = b.ts;
            }
        }

        String label() {
            switch (first.severity) {
                case ERROR:
                    return "identical errors";
                case WARN:
                    return "warnings like this";
                default:
                    return "like this";
            }
        }
    }
}

package dev.headroom.compress.lines;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Elision;
import dev.headroom.internal.Severity;
import dev.headroom.relevance.ClosestUnits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/*
 * How line-shaped text (logs of any format, command output, tables) is reduced, in one pass over its
 * lines plus one over its records:
 *
 * - A record is a line plus the stack-trace lines that continue it (StackTraces).
 * - A record's time is the run of time-like tokens among its first fields (TimeTokens), wherever it
 *   sits; the rest of the line is its body. Delimited text (CSV, TSV, pipes) is split into fields.
 * - Records are grouped (LineRecords): errors (an error level word, or an exception) and warnings by
 *   their masked shape (LineShape), so repeats differing only in numbers, ids, addresses and times
 *   merge; everything else by mined template (TemplateMiner).
 * - The first record of each group is kept verbatim, whole (a stack trace stays whole), and for
 *   errors the last one too; so are the last TAIL_LINES lines, up to MAX_QUERY_RECORDS records
 *   that mention a selective term of the user's question, and records with a rare value in a
 *   categorical field of their group (RareValues: a status, a result code, an alert label).
 * - A group whose left-out lines would cost fewer tokens than declaring them keeps them all.
 * - Right after a group's first record, when some of its records were left out, one line declares the
 *   group's total, its first and last times, and the exact number of lines elided, with the marker
 *   that retrieves the original. Every input line is either output verbatim or counted in exactly
 *   one such marker.
 */
/** Compresses line-shaped text to one verbatim line per template, every distinct error whole, and exact counts. */
public final class LineTemplateCompressor implements Compressor {

    static final int MIN_LINES = 8;
    static final int TAIL_LINES = 5;
    static final int MAX_QUERY_RECORDS = 20;

    /** Records a relevance scorer may add to those kept by the rules. */
    static final int CLOSEST_RECORDS = 3;
    /** What a group's declaration line costs, about: below this many tokens its lines are cheaper kept. */
    static final int DECLARATION_TOKENS = 36;
    static final String UNIT = "lines";
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{2}:?\\d{2}:?\\d{2}(?!\\d)");

    private final String label;
    private final boolean columns;

    /** The log compressor: strategy {@code log:templates(N)}, templates mined line by line. */
    public LineTemplateCompressor() {
        this("log", false);
    }

    /**
     * A compressor whose strategy reads {@code <label>:templates(N)}; with {@code columns}, table
     * columns that take many values are variables before mining (see {@link LineRecords#of(List, boolean)}).
     */
    public LineTemplateCompressor(String label, boolean columns) {
        this.label = label;
        this.columns = columns;
    }

    /** Whether this compressor treats many-valued columns as variables (tables) rather than mining lines alone (logs). */
    public boolean columns() {
        return columns;
    }

    @Override
    public Compressed compress(String input, CompressionContext ctx) {
        TextLines text = TextLines.of(input);
        if (text.size() < MIN_LINES) {
            return Compressed.unchanged(input, label + ":too-short");
        }
        List<Block> blocks = new ArrayList<>();
        Map<String, Group> groups = new HashMap<>();
        for (LineRecords.Record r : LineRecords.of(text.contents(), columns)) {
            ctx.checkDeadline();
            Block b = new Block(r);
            b.group = groups.computeIfAbsent(r.key(), k -> new Group(b));
            b.group.add(b);
            blocks.add(b);
        }
        markKept(text, blocks, ctx.queryTerms());
        markClosest(text, blocks, ctx);
        markRareValues(text, blocks);
        for (Block b : blocks) {
            if (!b.kept) {
                b.group.elidedLines += b.end - b.start;
                b.group.elidedChars += b.chars(text);
            }
        }
        keepWhereCheaper(text, blocks, groups.values(), ctx);
        int elided = 0;
        for (Group g : groups.values()) {
            elided += g.elidedLines;
        }
        if (elided == 0) {
            return Compressed.unchanged(input, label + ":nothing-repeats");
        }
        return render(text, blocks, ctx, groups.size());
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

    /**
     * Keeps the few records a relevance scorer finds closest to the question. Candidates are the
     * records not kept yet with a message not seen before, taken round-robin over their templates
     * (one of each template, then a second of each, ...) so that the scorer's unit limit covers
     * every template before it covers many records of one.
     */
    private static void markClosest(TextLines text, List<Block> blocks, CompressionContext ctx) {
        if (!ctx.hasRelevanceScorer()) {
            return;
        }
        Map<Group, List<Block>> byGroup = new java.util.LinkedHashMap<>();
        for (Block b : blocks) {
            if (!b.kept) {
                byGroup.computeIfAbsent(b.group, k -> new ArrayList<>()).add(b);
            }
        }
        // one candidate per distinct message: records that differ only in numbers are one unit
        ClosestUnits.Candidates<Block> candidates =
                ClosestUnits.roundRobin(byGroup.values(), b -> withoutNumbers(b.body), ctx::checkDeadline);
        for (int i : ctx.closestUnits(candidates.units(), CLOSEST_RECORDS)) {
            candidates.items().get(i).kept = true;
        }
    }

    /**
     * A record's message for a relevance scorer: its body (the time is gone) with every token that
     * holds a digit (an address, an id, a count) as {@code #}. Words carry the meaning, and records
     * that differ only in numbers become one unit, so the scorer's unit limit reaches further.
     */
    static String withoutNumbers(String body) {
        StringBuilder out = new StringBuilder(Math.min(body.length(), ClosestUnits.MAX_UNIT_CHARS));
        int i = 0;
        int n = body.length();
        while (i < n && out.length() < ClosestUnits.MAX_UNIT_CHARS) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            boolean digit = false;
            while (end < n && !Character.isWhitespace(body.charAt(end))) {
                digit |= Character.isDigit(body.charAt(end));
                end++;
            }
            if (digit) {
                out.append('#');
            } else {
                out.append(body, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    /** Keeps the lines that carry a rare value in a categorical field of their group (see {@link RareValues}). */
    private static void markRareValues(TextLines text, List<Block> blocks) {
        Map<Group, List<Block>> members = new HashMap<>();
        for (Block b : blocks) {
            if (b.group.count >= RareValues.MIN_GROUP) {
                members.computeIfAbsent(b.group, k -> new ArrayList<>()).add(b);
            }
        }
        char delimiter = LineRecords.delimiter(text.contents());
        for (List<Block> group : members.values()) {
            List<String> bodies = new ArrayList<>(group.size());
            for (Block b : group) {
                bodies.add(b.body);
            }
            for (int i : RareValues.rareLines(bodies, delimiter)) {
                group.get(i).kept = true;
            }
        }
    }

    /**
     * Keeps every left-out line of a group whose lines together cost no more tokens than the line
     * that would declare them: a marker there would save nothing and hide the lines.
     */
    private static void keepWhereCheaper(TextLines text, List<Block> blocks, Iterable<Group> groups, CompressionContext ctx) {
        Map<Group, StringBuilder> small = new HashMap<>();
        for (Group g : groups) {
            // about four characters a token: only groups that could possibly be cheaper are counted exactly
            if (g.elidedLines > 0 && g.elidedChars <= DECLARATION_TOKENS * 6) {
                small.put(g, new StringBuilder());
            }
        }
        if (small.isEmpty()) {
            return;
        }
        for (Block b : blocks) {
            StringBuilder sb = b.kept ? null : small.get(b.group);
            if (sb != null) {
                for (int i = b.start; i < b.end; i++) {
                    sb.append(text.get(i)).append('\n');
                }
            }
        }
        for (Map.Entry<Group, StringBuilder> e : small.entrySet()) {
            if (ctx.tokens().count(e.getValue().toString()) <= DECLARATION_TOKENS) {
                e.getKey().elidedLines = 0;
            }
        }
        for (Block b : blocks) {
            if (!b.kept && b.group.elidedLines == 0) {
                b.kept = true;
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

    private Compressed render(TextLines text, List<Block> blocks, CompressionContext ctx, int templates) {
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
        return new Compressed(out.toString(), label + ":templates(" + templates + ")", elisions);
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

    /** A record and what the compressor decided about it. */
    private static final class Block {
        final int start;
        final int end;
        final String ts;
        final String body;
        final Severity severity;
        Group group;
        boolean kept;

        Block(LineRecords.Record r) {
            this.start = r.start();
            this.end = r.end();
            this.ts = r.time();
            this.body = r.body();
            this.severity = r.severity();
        }

        int chars(TextLines text) {
            int c = 0;
            for (int i = start; i < end; i++) {
                c += text.get(i).length() + 1;
            }
            return c;
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
        long elidedChars;

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
                    return "errors like this";
                case WARN:
                    return "warnings like this";
                default:
                    return "like this";
            }
        }
    }
}

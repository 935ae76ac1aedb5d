package dev.headroom.compress.diff;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Elision;
import dev.headroom.internal.RawLines;
import dev.headroom.internal.Severity;
import dev.headroom.relevance.ClosestUnits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compresses unified diffs while keeping them diffs: every file header, every hunk header and every
 * added or removed line stays; unchanged context beyond {@link #CONTEXT} lines around a change is
 * dropped, splitting hunks with recomputed {@code @@} ranges; lockfiles, generated files, files
 * deleted whole and large files added whole (recognised from git's headers or from the hunk ranges
 * alone, as {@code diff -N} prints them) are summarised by counts with their first lines. A diff
 * that stays far over {@link #BUDGET_TOKENS} after that summarises its largest files too, except
 * files the question names and files with errors in them. Each omission is declared by a marker in
 * the text after a hunk header's closing {@code @@} (one per file, in its first hunk header), where
 * diff readers and {@code git apply} ignore it; every file header stays.
 *
 * <p>Malformed hunks (lines that do not add up to the header) are copied verbatim.
 */
public final class DiffCompressor implements Compressor {

    static final int CONTEXT = 2;
    /** Trimming a file costs a marker; below this many dropped lines the file stays whole. */
    static final int MIN_TRIMMED = 5;
    static final int SUMMARY_MIN_LINES = 20;
    /** A file added whole is summarised from this many lines on; a smaller new file is read whole. */
    static final int ADDITION_MIN_LINES = 100;
    /** A diff whose output stays above this many tokens (estimated) summarises its largest files. */
    static final int BUDGET_TOKENS = 12_000;

    /** Files a relevance scorer may keep whole besides those the question names. */
    static final int CLOSEST_FILES = 2;
    static final int STUB_LINES = 3;
    static final int MIN_BINARY_LINES = 8;

    @Override
    public Compressed compress(String input, CompressionContext ctx) {
        DiffParser.Parsed parsed = DiffParser.parse(input);
        if (parsed.files().isEmpty()) {
            return Compressed.unchanged(input, "not-diff");
        }
        String eol = RawLines.dominantEol(RawLines.split(input));
        StringBuilder out = new StringBuilder();
        List<Elision> elisions = new ArrayList<>();
        for (String l : parsed.preamble()) {
            out.append(l);
        }
        Map<DiffFile, String> reasons = summaryReasons(parsed.files(), input, ctx);
        for (DiffFile f : parsed.files()) {
            ctx.checkDeadline();
            writeHeader(f, input, ctx, out, elisions, eol);
            String summary = reasons.get(f);
            if (summary != null) {
                summarise(f, summary, input, ctx, out, elisions, eol);
            } else {
                trimFile(f, input, ctx, out, elisions, eol);
            }
        }
        if (elisions.isEmpty()) {
            return Compressed.unchanged(input, "nothing-to-trim");
        }
        return new Compressed(out.toString(), "diff:trimmed", elisions);
    }

    /**
     * Copies the file's header lines; the base85 data of a long {@code GIT binary patch} is left out
     * (its {@code literal} / {@code delta} size lines stay) and declared on the line after it.
     */
    private static void writeHeader(DiffFile f, String input, CompressionContext ctx, StringBuilder out, List<Elision> elisions,
            String eol) {
        boolean[] data = binaryData(f.header);
        int count = 0;
        for (boolean d : data) {
            count += d ? 1 : 0;
        }
        if (count < MIN_BINARY_LINES) {
            for (String h : f.header) {
                RawLines.append(out, h, eol);
            }
            return;
        }
        for (int i = 0; i < f.header.size(); i++) {
            if (!data[i]) {
                RawLines.append(out, f.header.get(i), eol);
            }
        }
        Elision e = ctx.elide(count, "binary patch lines", ctx.store(input.substring(f.startOffset, f.endOffset)));
        elisions.add(e);
        RawLines.append(out, e.render() + eol, eol);
    }

    /** Marks the base85 lines of a git binary patch: those after a {@code literal} or {@code delta} line, up to a blank line. */
    private static boolean[] binaryData(List<String> header) {
        boolean[] data = new boolean[header.size()];
        boolean inPatch = false;
        boolean inData = false;
        for (int i = 0; i < header.size(); i++) {
            String b = RawLines.body(header.get(i));
            if (b.equals("GIT binary patch")) {
                inPatch = true;
            } else if (inPatch && (b.startsWith("literal ") || b.startsWith("delta "))) {
                inData = true;
            } else if (b.isEmpty()) {
                inData = false;
            } else {
                data[i] = inData;
            }
        }
        return data;
    }

    /**
     * The files to summarise and why: each file's own reason, then, while the diff would stay over
     * {@link #BUDGET_TOKENS}, its largest remaining files that neither the question names nor hold an
     * error.
     */
    private static Map<DiffFile, String> summaryReasons(List<DiffFile> files, String input, CompressionContext ctx) {
        Map<DiffFile, String> reasons = new IdentityHashMap<>();
        long kept = 0;
        List<DiffFile> candidates = new ArrayList<>();
        Set<DiffFile> askedFiles = askedFor(files, input, ctx.queryTerms());
        askedFiles.addAll(closestFiles(files, input, ctx));
        for (DiffFile f : files) {
            boolean asked = askedFiles.contains(f);
            String reason = asked ? null : summaryReason(f);
            if (reason != null) {
                reasons.put(f, reason);
                continue;
            }
            kept += f.endOffset - f.startOffset;
            if (!asked && summarisable(f) && !holdsError(f) && summaryElides(f) > 0) {
                candidates.add(f);
            }
        }
        long budgetChars = 4L * BUDGET_TOKENS;
        if (kept <= 2 * budgetChars) {
            return reasons;
        }
        candidates.sort(Comparator.comparingInt((DiffFile f) -> f.endOffset - f.startOffset).reversed());
        for (DiffFile f : candidates) {
            if (kept <= budgetChars) {
                break;
            }
            reasons.put(f, "large change");
            kept -= f.endOffset - f.startOffset;
        }
        return reasons;
    }

    /** Why the file is summarised rather than shown ("lockfile", "deleted file", "added file"), or null. */
    static String summaryReason(DiffFile f) {
        if (!summarisable(f)) {
            return null;
        }
        int lines = 0;
        int added = 0;
        int removed = 0;
        for (Hunk h : f.hunks()) {
            lines += h.lines().size();
            added += h.added();
            removed += h.removed();
        }
        String generated = GeneratedFiles.kind(f.path());
        if (generated != null && lines >= SUMMARY_MIN_LINES) {
            return generated;
        }
        if (added == 0 && lines >= SUMMARY_MIN_LINES && f.isWholeFileDeletion()) {
            return "deleted file";
        }
        if (removed == 0 && added >= ADDITION_MIN_LINES && f.isWholeFileAddition()) {
            return "added file";
        }
        return null;
    }

    /** Whether the file's hunks are all well-formed, with a change in the first (a summary shows lines from there). */
    private static boolean summarisable(DiffFile f) {
        List<Hunk> hunks = f.hunks();
        if (hunks.isEmpty() || firstChange(hunks.get(0)) < 0) {
            return false;
        }
        for (Hunk h : hunks) {
            if (!h.valid()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The files a selective term of the question mentions (in their path or lines); a term found in
     * more than a quarter of the files (say, "context" in a Java diff) picks out nothing.
     */
    private static Set<DiffFile> askedFor(List<DiffFile> files, String input, List<String> terms) {
        Set<DiffFile> out = Collections.newSetFromMap(new IdentityHashMap<>());
        if (terms.isEmpty()) {
            return out;
        }
        List<String> texts = new ArrayList<>(files.size());
        for (DiffFile f : files) {
            texts.add(input.substring(f.startOffset, f.endOffset).toLowerCase(Locale.ROOT));
        }
        int selective = Math.max(1, files.size() / 4);
        for (String t : terms) {
            List<DiffFile> hits = new ArrayList<>();
            for (int i = 0; i < files.size() && hits.size() <= selective; i++) {
                if (texts.get(i).contains(t)) {
                    hits.add(files.get(i));
                }
            }
            if (hits.size() <= selective) {
                out.addAll(hits);
            }
        }
        return out;
    }

    /**
     * The few files a relevance scorer finds closest to the question, judged by their path and first
     * changed lines; none with fewer than two files (there is nothing to choose among).
     */
    private static List<DiffFile> closestFiles(List<DiffFile> files, String input, CompressionContext ctx) {
        if (!ctx.hasRelevanceScorer() || files.size() < 2) {
            return List.of();
        }
        List<String> units = new ArrayList<>(files.size());
        for (DiffFile f : files) {
            StringBuilder unit = new StringBuilder(f.path());
            for (Hunk h : f.hunks()) {
                for (String l : h.lines()) {
                    if (unit.length() >= ClosestUnits.MAX_UNIT_CHARS) {
                        break;
                    }
                    if (!l.isEmpty() && (l.charAt(0) == '+' || l.charAt(0) == '-')) {
                        unit.append('\n').append(RawLines.body(l).substring(1).strip());
                    }
                }
            }
            units.add(unit.toString());
        }
        List<DiffFile> out = new ArrayList<>();
        for (int i : ctx.closestUnits(units, CLOSEST_FILES)) {
            out.add(files.get(i));
        }
        return out;
    }

    /** Whether a changed line of the file names an error or exception. */
    private static boolean holdsError(DiffFile f) {
        for (Hunk h : f.hunks()) {
            for (String l : h.lines()) {
                if (!l.isEmpty() && (l.charAt(0) == '+' || l.charAt(0) == '-')
                        && Severity.of(RawLines.body(l).substring(1).strip()) == Severity.ERROR) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The end (exclusive) of the first lines a summary shows of the file's first hunk, from its first change. */
    private static int stubEnd(Hunk first) {
        int from = firstChange(first);
        int to = from;
        while (to < first.lines().size() && to - from < STUB_LINES) {
            to++;
        }
        while (to < first.lines().size() && RawLines.body(first.lines().get(to)).startsWith("\\")) {
            to++;
        }
        return to;
    }

    /** How many hunk lines a summary of the file leaves out (zero for a file no longer than its stub). */
    private static int summaryElides(DiffFile f) {
        int total = 0;
        for (Hunk h : f.hunks()) {
            total += h.lines().size();
        }
        Hunk first = f.hunks().get(0);
        return total - (stubEnd(first) - firstChange(first));
    }

    private static void summarise(DiffFile f, String reason, String input, CompressionContext ctx, StringBuilder out,
            List<Elision> elisions, String eol) {
        List<Hunk> hunks = f.hunks();
        Hunk first = hunks.get(0);
        int from = firstChange(first);
        int to = stubEnd(first);
        int added = 0;
        int removed = 0;
        for (Hunk h : hunks) {
            added += h.added();
            removed += h.removed();
        }
        int elided = summaryElides(f);
        String handle = ctx.store(input.substring(f.startOffset, f.endOffset));
        Elision e = ctx.elide(elided, "diff lines", handle);
        elisions.add(e);
        String section = " " + reason + " summarised: " + hunks.size() + (hunks.size() == 1 ? " hunk, +" : " hunks, +")
                + added + " -" + removed + " lines; first lines shown " + e.render();
        HunkTrimmer.Piece stub = new HunkTrimmer.Piece(from, to);
        RawLines.append(out, HunkTrimmer.header(first, stub, section, eolOf(first, eol)), eol);
        for (int i = from; i < to; i++) {
            RawLines.append(out, first.lines().get(i), eol);
        }
        for (Object part : f.body) {
            if (part instanceof String s) {
                RawLines.append(out, s, eol);
            }
        }
    }

    /**
     * Trims the context of every hunk of {@code f}; one marker, in the first hunk header, declares
     * the file's dropped context lines, so a marker is paid once per file and only when it pays.
     */
    private static void trimFile(DiffFile f, String input, CompressionContext ctx, StringBuilder out, List<Elision> elisions,
            String eol) {
        Map<Hunk, List<HunkTrimmer.Piece>> plan = new IdentityHashMap<>();
        int dropped = 0;
        for (Hunk h : f.hunks()) {
            if (!h.valid()) {
                continue;
            }
            List<HunkTrimmer.Piece> pieces = HunkTrimmer.pieces(h, CONTEXT);
            int kept = 0;
            for (HunkTrimmer.Piece p : pieces) {
                kept += p.to() - p.from();
            }
            if (!pieces.isEmpty() && kept < h.lines().size()) {
                plan.put(h, pieces);
                dropped += h.lines().size() - kept;
            }
        }
        Elision e = null;
        if (dropped >= MIN_TRIMMED) {
            e = ctx.elide(dropped, "context lines", ctx.store(input.substring(f.startOffset, f.endOffset)));
            elisions.add(e);
        } else {
            plan.clear();
        }
        boolean first = true;
        for (Object part : f.body) {
            if (!(part instanceof Hunk h)) {
                RawLines.append(out, (String) part, eol);
                continue;
            }
            String marker = first && e != null ? " " + e.render() : "";
            first = false;
            List<HunkTrimmer.Piece> pieces = plan.get(h);
            if (pieces == null) {
                String header = marker.isEmpty() ? h.header() : RawLines.body(h.header()) + marker + eolOf(h, eol);
                RawLines.append(out, header, eol);
                for (String l : h.lines()) {
                    RawLines.append(out, l, eol);
                }
                continue;
            }
            HunkTrimmer.Ranges ranges = HunkTrimmer.Ranges.of(h);
            for (int k = 0; k < pieces.size(); k++) {
                HunkTrimmer.Piece p = pieces.get(k);
                String section = k == 0 ? h.section() + marker : "";
                RawLines.append(out, HunkTrimmer.header(h, ranges, p, section, eolOf(h, eol)), eol);
                for (int i = p.from(); i < p.to(); i++) {
                    RawLines.append(out, h.lines().get(i), eol);
                }
            }
        }
    }

    private static int firstChange(Hunk h) {
        char[] kind = HunkTrimmer.kinds(h);
        for (int i = 0; i < kind.length; i++) {
            if (kind[i] == '+' || kind[i] == '-') {
                return i;
            }
        }
        return -1;
    }

    private static String eolOf(Hunk h, String fallback) {
        String t = RawLines.terminator(h.header());
        return t.isEmpty() ? fallback : t;
    }
}

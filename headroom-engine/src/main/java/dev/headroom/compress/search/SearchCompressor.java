package dev.headroom.compress.search;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Deadline;
import dev.headroom.compress.Elision;
import dev.headroom.compress.search.SearchLine.Kind;
import dev.headroom.internal.RawLines;
import dev.headroom.relevance.ClosestUnits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compresses grep / git grep / ripgrep output: groups hits by file, keeps the most relevant lines of
 * the most relevant files verbatim, and declares every elided hit with a per-file marker.
 *
 * <p>Relevance is BM25 against the question's terms when there is a question, plus a line's own
 * signal (errors, TODOs, definitions) and a little for the first and last hit of a file; repeated
 * line texts are skipped in favour of different ones so the kept sample is spread. Kept lines are
 * byte-identical input lines; files that keep no line are still named, with their hit counts, on a
 * closing marker line.
 */
public final class SearchCompressor implements Compressor {

    static final int MAX_FILES = 15;
    static final int MAX_PER_FILE = 4;
    /** Lines that match the question may fill a file up to this many. */
    static final int MAX_PER_FILE_RELEVANT = 10;
    static final int MAX_TOTAL = 40;
    static final int QUERY_WEIGHT = 4;

    /** Match lines a relevance scorer may add to those kept by the rules. */
    static final int CLOSEST_LINES = 5;

    @Override
    public Compressed compress(String input, CompressionContext ctx) {
        List<SearchLine> lines = SearchParser.parse(input, ctx.deadline());
        ctx.checkDeadline();
        Map<String, FileHits> files = group(lines, ctx.deadline());
        int matches = 0;
        int hits = 0;
        int others = 0;
        for (FileHits f : files.values()) {
            matches += f.matches;
            hits += f.hits.size();
        }
        for (SearchLine l : lines) {
            if (l.kind() == Kind.OTHER) {
                others++;
            }
        }
        if (matches == 0 || others > hits) {
            return Compressed.unchanged(input, "not-search");
        }
        if (hits <= MAX_TOTAL && files.size() <= MAX_FILES) {
            return Compressed.unchanged(input, "small");
        }
        ctx.checkDeadline();
        Set<Integer> kept = select(files, ctx);
        ctx.checkDeadline();
        return new SearchRenderer(input, lines, files, kept, ctx).render();
    }

    private static Map<String, FileHits> group(List<SearchLine> lines, Deadline deadline) {
        Map<String, FileHits> files = new LinkedHashMap<>();
        for (SearchLine l : lines) {
            if (l.index() % 1024 == 1023) {
                deadline.check();
            }
            if (l.isHit()) {
                files.computeIfAbsent(l.path(), p -> new FileHits(p, files.size())).add(l);
            } else if (l.kind() == Kind.HEADING) {
                FileHits f = files.computeIfAbsent(l.path(), p -> new FileHits(p, files.size()));
                if (f.heading == null) {
                    f.heading = l;
                }
            }
        }
        return files;
    }

    /** The input indices of the hits to keep. */
    private static Set<Integer> select(Map<String, FileHits> files, CompressionContext ctx) {
        List<String> terms = ctx.queryTerms();
        Deadline deadline = ctx.deadline();
        List<SearchLine> matchLines = new ArrayList<>();
        for (FileHits f : files.values()) {
            for (SearchLine l : f.hits) {
                if (l.kind() == Kind.MATCH) {
                    matchLines.add(l);
                }
            }
        }
        double[] relevance = LineScorer.relevance(matchLines, terms);
        Map<Integer, Double> score = new LinkedHashMap<>();
        Set<Integer> relevant = new HashSet<>();
        for (int i = 0; i < matchLines.size(); i++) {
            if (i % 256 == 255) {
                deadline.check();
            }
            SearchLine l = matchLines.get(i);
            score.put(l.index(), QUERY_WEIGHT * relevance[i] + LineScorer.signal(l.content()));
            if (relevance[i] > 0) {
                relevant.add(l.index());
            }
        }
        deadline.check();
        Map<FileHits, List<SearchLine>> ranked = new LinkedHashMap<>();
        for (FileHits f : files.values()) {
            if (ranked.size() % 256 == 255) {
                deadline.check();
            }
            List<SearchLine> own = new ArrayList<>();
            for (SearchLine l : f.hits) {
                if (l.kind() == Kind.MATCH) {
                    own.add(l);
                }
            }
            if (!own.isEmpty()) {
                score.merge(own.get(0).index(), 0.15, Double::sum);
                score.merge(own.get(own.size() - 1).index(), 0.1, Double::sum);
            }
            own.sort(Comparator.comparingDouble((SearchLine l) -> -score.get(l.index())).thenComparingInt(SearchLine::index));
            f.score = own.isEmpty() ? Double.NEGATIVE_INFINITY : score.get(own.get(0).index());
            ranked.put(f, own);
        }
        deadline.check();
        List<FileHits> order = new ArrayList<>(files.values());
        order.sort(Comparator.comparingDouble((FileHits f) -> -f.score)
                .thenComparingInt(f -> -f.matches)
                .thenComparingInt(f -> f.order));
        List<FileHits> chosen = order.subList(0, Math.min(MAX_FILES, order.size()));

        Set<Integer> kept = new HashSet<>();
        Set<String> seenTexts = new HashSet<>();
        Map<FileHits, Integer> perFile = new LinkedHashMap<>();
        for (FileHits f : chosen) {
            perFile.put(f, 0);
            List<SearchLine> own = ranked.get(f);
            if (own.isEmpty()) {
                continue;
            }
            SearchLine best = own.get(0);
            for (SearchLine l : own) {
                if (!seenTexts.contains(l.content().strip())) {
                    best = l;
                    break;
                }
            }
            keep(best, kept, seenTexts);
            perFile.put(f, 1);
        }
        List<SearchLine> rest = new ArrayList<>();
        Map<Integer, FileHits> fileOf = new LinkedHashMap<>();
        for (FileHits f : chosen) {
            for (SearchLine l : ranked.get(f)) {
                if (!kept.contains(l.index())) {
                    rest.add(l);
                    fileOf.put(l.index(), f);
                }
            }
        }
        deadline.check();
        rest.sort(Comparator.comparingDouble((SearchLine l) -> -score.get(l.index())).thenComparingInt(SearchLine::index));
        int total = kept.size();
        int budget = Math.max(MAX_FILES, (int) ((long) MAX_TOTAL * matchLines.size() / Math.max(1, hitCount(files))));
        for (SearchLine l : rest) {
            if (total >= budget) {
                break;
            }
            FileHits f = fileOf.get(l.index());
            int cap = relevant.contains(l.index()) ? MAX_PER_FILE_RELEVANT : MAX_PER_FILE;
            boolean repeat = seenTexts.contains(l.content().strip()) && !relevant.contains(l.index());
            if (perFile.get(f) >= cap || repeat) {
                continue;
            }
            keep(l, kept, seenTexts);
            perFile.merge(f, 1, Integer::sum);
            total++;
        }
        keepClosest(files, ctx, kept);
        addContext(new ArrayList<>(files.values()), kept);
        return kept;
    }

    /**
     * Keeps the few match lines a relevance scorer finds closest to the question, in any file;
     * candidates are taken round-robin over the files so the scorer's unit limit reaches every file.
     */
    private static void keepClosest(Map<String, FileHits> files, CompressionContext ctx, Set<Integer> kept) {
        if (!ctx.hasRelevanceScorer()) {
            return;
        }
        List<List<SearchLine>> byFile = new ArrayList<>(files.size());
        for (FileHits f : files.values()) {
            byFile.add(f.hits);
        }
        ClosestUnits.Candidates<SearchLine> candidates = ClosestUnits.roundRobin(byFile,
                l -> l.kind() == Kind.MATCH && !kept.contains(l.index()) ? l.path() + ": " + l.content().strip() : null,
                ctx::checkDeadline);
        for (int i : ctx.closestUnits(candidates.units(), CLOSEST_LINES)) {
            kept.add(candidates.items().get(i).index());
        }
    }

    private static int hitCount(Map<String, FileHits> files) {
        int n = 0;
        for (FileHits f : files.values()) {
            n += f.hits.size();
        }
        return n;
    }

    private static void keep(SearchLine l, Set<Integer> kept, Set<String> seenTexts) {
        kept.add(l.index());
        seenTexts.add(l.content().strip());
    }

    /**
     * Keeps the context lines the tool printed around each kept match (the run of context lines
     * directly before and after it), so a kept match reads as the tool showed it.
     */
    private static void addContext(List<FileHits> chosen, Set<Integer> kept) {
        for (FileHits f : chosen) {
            List<SearchLine> h = f.hits;
            Set<Integer> extra = new HashSet<>();
            for (int k = 0; k < h.size(); k++) {
                SearchLine l = h.get(k);
                if (l.kind() != Kind.MATCH || !kept.contains(l.index())) {
                    continue;
                }
                for (int j = k - 1; j >= 0 && isAdjacentContext(h.get(j), h.get(j + 1)); j--) {
                    extra.add(h.get(j).index());
                }
                for (int j = k + 1; j < h.size() && isAdjacentContext(h.get(j), h.get(j - 1)); j++) {
                    extra.add(h.get(j).index());
                }
            }
            kept.addAll(extra);
        }
    }

    private static boolean isAdjacentContext(SearchLine l, SearchLine neighbour) {
        return l.kind() == Kind.CONTEXT && Math.abs(l.index() - neighbour.index()) == 1;
    }

    /** Writes the kept lines, per-file markers and the closing list of files that kept nothing. */
    private static final class SearchRenderer {
        private final String input;
        private final List<SearchLine> lines;
        private final Map<String, FileHits> files;
        private final Set<Integer> kept;
        private final CompressionContext ctx;
        private final String eol;
        private final String separator;
        private final String blank;
        private final int[] offsets;
        private final StringBuilder out = new StringBuilder();
        private final List<Elision> elisions = new ArrayList<>();

        SearchRenderer(String input, List<SearchLine> lines, Map<String, FileHits> files, Set<Integer> kept, CompressionContext ctx) {
            this.input = input;
            this.lines = lines;
            this.files = files;
            this.kept = kept;
            this.ctx = ctx;
            List<String> raws = new ArrayList<>(lines.size());
            this.offsets = new int[lines.size() + 1];
            String sep = null;
            String bl = null;
            for (SearchLine l : lines) {
                raws.add(l.raw());
                offsets[l.index() + 1] = offsets[l.index()] + l.raw().length();
                if (sep == null && l.kind() == Kind.SEPARATOR) {
                    sep = l.raw();
                }
                if (bl == null && l.kind() == Kind.BLANK) {
                    bl = l.raw();
                }
            }
            this.eol = RawLines.dominantEol(raws);
            this.separator = sep;
            this.blank = bl;
        }

        Compressed render() {
            Map<Integer, FileHits> startsAt = new LinkedHashMap<>();
            for (FileHits f : files.values()) {
                startsAt.put(f.firstIndex(), f);
            }
            List<FileHits> dropped = new ArrayList<>();
            boolean previousWasGroup = false;
            boolean endsWithMarker = false;
            int seen = 0;
            for (SearchLine l : lines) {
                if (++seen % 1024 == 0) {
                    ctx.checkDeadline();
                }
                if (l.kind() == Kind.OTHER) {
                    RawLines.append(out, l.raw(), eol);
                    previousWasGroup = false;
                    continue;
                }
                FileHits f = startsAt.get(l.index());
                if (f == null) {
                    continue;
                }
                if (!hasKept(f)) {
                    dropped.add(f);
                    continue;
                }
                if (previousWasGroup && f.heading != null && blank != null) {
                    RawLines.append(out, blank, eol);
                } else if (previousWasGroup && f.heading == null && separator != null && !endsWithMarker) {
                    RawLines.append(out, separator, eol);
                }
                endsWithMarker = renderFile(f);
                previousWasGroup = true;
            }
            if (!dropped.isEmpty()) {
                renderDropped(dropped);
            }
            return new Compressed(out.toString(), "search:grouped", elisions);
        }

        private boolean hasKept(FileHits f) {
            for (SearchLine l : f.hits) {
                if (kept.contains(l.index())) {
                    return true;
                }
            }
            return false;
        }

        /** Writes one file's kept lines and marker; returns whether it ended with a marker line. */
        private boolean renderFile(FileHits f) {
            if (f.heading != null) {
                RawLines.append(out, f.heading.raw(), eol);
            }
            int last = -2;
            int droppedMatches = 0;
            int droppedContext = 0;
            for (SearchLine l : f.hits) {
                if (!kept.contains(l.index())) {
                    if (l.kind() == Kind.MATCH) {
                        droppedMatches++;
                    } else {
                        droppedContext++;
                    }
                    continue;
                }
                if (separator != null && last >= 0 && l.index() != last + 1) {
                    RawLines.append(out, separator, eol);
                }
                RawLines.append(out, l.raw(), eol);
                last = l.index();
            }
            if (droppedMatches + droppedContext == 0) {
                return false;
            }
            String span = span(f.firstIndex(), f.lastIndex());
            Elision e = ctx.elide(droppedMatches + droppedContext, unit(droppedContext), ctx.store(span));
            elisions.add(e);
            StringBuilder line = new StringBuilder(e.render());
            if (f.heading == null) {
                line.append(" in ").append(f.path);
            }
            if (droppedContext > 0) {
                line.append(" (").append(droppedMatches).append(" matches, ").append(droppedContext).append(" context lines)");
            }
            RawLines.append(out, line.append(eol).toString(), eol);
            return true;
        }

        private void renderDropped(List<FileHits> dropped) {
            int matches = 0;
            int context = 0;
            for (FileHits f : dropped) {
                matches += f.matches;
                context += f.hits.size() - f.matches;
            }
            if (matches + context == 0) {
                return;
            }
            Elision e = ctx.elide(matches + context, unit(context));
            elisions.add(e);
            StringBuilder line = new StringBuilder(e.render());
            line.append(" in ").append(dropped.size()).append(dropped.size() == 1 ? " more file: " : " more files: ");
            line.append(FileList.render(dropped, context > 0));
            RawLines.append(out, line.append(eol).toString(), eol);
        }

        private String span(int fromIndex, int toIndex) {
            return input.substring(offsets[fromIndex], offsets[toIndex + 1]);
        }

        private static String unit(int context) {
            return context == 0 ? "matches" : "lines";
        }
    }
}

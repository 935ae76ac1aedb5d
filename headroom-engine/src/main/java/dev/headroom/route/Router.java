package dev.headroom.route;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.detect.Candidate;
import dev.headroom.detect.ContentKind;
import dev.headroom.detect.Detection;
import dev.headroom.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Runs the compressor of each close candidate of a detection and keeps the smallest output (in
 * tokens) that passes {@link OutputChecks}; with a single candidate, its compressor runs alone and
 * its output is taken as it is. A candidate whose compressor throws or returns its input drops out.
 * Deterministic: candidates are tried in rank order and ties go to the better-ranked one.
 */
public final class Router {

    private final Map<ContentKind, Compressor> compressors;

    /** A router over {@code compressors} (one per kind). */
    public Router(Map<ContentKind, Compressor> compressors) {
        this.compressors = Objects.requireNonNull(compressors, "compressors");
    }

    /** What routing chose: the winning candidate, its output and staged parts, and how many candidates ran. */
    public record Routed(Candidate candidate, Compressed output, StagedParts parts, int tried) {}

    /**
     * Compresses {@code input} as {@code detection} suggests. {@code contextFor} builds the context for
     * one candidate, storing through the given staging; an exception from a lone candidate propagates
     * (the engine fails open), one from a contender only drops it.
     *
     * @return the winner, or null when no candidate's compressor exists or none produced a usable output
     */
    public Routed route(String input, Detection detection, TokenCounter tokens,
            BiFunction<Candidate, StagedParts, CompressionContext> contextFor, String scope) {
        List<Candidate> contenders = distinctCompressors(detection.contenders());
        if (contenders.isEmpty()) {
            return null;
        }
        if (contenders.size() == 1) {
            Candidate c = contenders.get(0);
            StagedParts parts = new StagedParts(scope);
            Compressed out = compressors.get(c.kind()).compress(input, contextFor.apply(c, parts));
            return out == null ? null : new Routed(c, out, parts, 1);
        }
        boolean lineShaped = contenders.stream().anyMatch(c -> c.kind() == ContentKind.LOG || c.kind() == ContentKind.LINES);
        OutputChecks checks = new OutputChecks(input, lineShaped);
        Routed best = null;
        int bestTokens = Integer.MAX_VALUE;
        List<String> rejected = new ArrayList<>();
        for (Candidate c : contenders) {
            StagedParts parts = new StagedParts(scope);
            Compressed out;
            try {
                out = compressors.get(c.kind()).compress(input, contextFor.apply(c, parts));
            } catch (RuntimeException | StackOverflowError e) {
                rejected.add(c.kind().id() + " failed");
                continue;
            }
            if (out == null || out.text().equals(input) || out.text().isEmpty()) {
                rejected.add(c.kind().id() + " unchanged");
                continue;
            }
            String violation = checks.firstViolation(out.text());
            if (violation != null) {
                rejected.add(c.kind().id() + " broke an invariant");
                continue;
            }
            int t = tokens.count(out.text());
            if (t < bestTokens) {
                best = new Routed(c, out, parts, contenders.size());
                bestTokens = t;
            }
        }
        if (best == null) {
            return null;
        }
        Compressed o = best.output();
        String note = " [chosen of " + contenders.size() + " candidates" + (rejected.isEmpty() ? "" : "; " + String.join(", ", rejected)) + "]";
        return new Routed(best.candidate(), new Compressed(o.text(), o.strategy() + note, o.elisions()), best.parts(), best.tried());
    }

    /** The candidates in rank order, without those whose kind of compressor an earlier one already runs. */
    private List<Candidate> distinctCompressors(List<Candidate> candidates) {
        Map<Class<?>, Boolean> seen = new IdentityHashMap<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Compressor k = compressors.get(c.kind());
            if (k != null && seen.put(k.getClass(), Boolean.TRUE) == null) {
                out.add(c);
            }
        }
        return out;
    }
}

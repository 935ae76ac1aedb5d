package dev.headroom.route;

import dev.headroom.ccr.Marker;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Elision;
import dev.headroom.compress.TimeBudgetExceededException;
import dev.headroom.compress.lines.LineTemplateCompressor;
import dev.headroom.detect.Candidate;
import dev.headroom.detect.ContentKind;
import dev.headroom.detect.Detection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Runs the compressor of each close candidate of a detection and keeps the smallest output (in
 * tokens) that passes {@link OutputChecks}; with a single candidate, its compressor runs alone and
 * its output is taken as it is. A contender whose compressor fails or returns its input drops out.
 * Deterministic: candidates are tried in rank order and ties go to the better-ranked one.
 */
public final class Router {

    private final Map<ContentKind, Compressor> compressors;

    /** A router over {@code compressors} (one per kind). */
    public Router(Map<ContentKind, Compressor> compressors) {
        this.compressors = Objects.requireNonNull(compressors, "compressors");
    }

    /**
     * What routing chose: the winning candidate, its output, the context it ran with (holding the
     * originals its markers name, for the engine to store once it accepts the output), and how many
     * candidates ran.
     */
    public record Routed(Candidate candidate, Compressed output, CompressionContext context, int tried) {}

    /**
     * Compresses {@code input} as {@code detection} suggests. {@code contextFor} builds the context for
     * one candidate (collecting, not writing, the originals it keeps); {@code tokenCount} counts
     * outputs. A {@link TimeBudgetExceededException} always propagates: past the budget nothing is
     * chosen.
     *
     * <p>A compressor that throws, or declares an elision its text does not show, is broken for this
     * input: alone, its failure propagates (the engine fails open and counts it); among contenders it
     * drops out, and its failure propagates only when no other contender produced a usable output.
     *
     * @return the winner; when no candidate changed the input, the best-ranked one with its input
     *     unchanged (so its strategy says why); null when no candidate has a compressor
     */
    public Routed route(String input, Detection detection, ToIntFunction<String> tokenCount,
            Function<Candidate, CompressionContext> contextFor) {
        List<Candidate> contenders = distinctCompressors(detection.contenders());
        if (contenders.isEmpty()) {
            return null;
        }
        boolean alone = contenders.size() == 1;
        OutputChecks checks = alone ? null : checksFor(input, contenders);
        Routed best = null;
        Routed unchanged = null;
        int bestTokens = Integer.MAX_VALUE;
        Throwable firstFailure = null;
        List<String> rejected = new ArrayList<>();
        for (Candidate c : contenders) {
            CompressionContext ctx = contextFor.apply(c);
            Compressed out;
            try {
                out = compressors.get(c.kind()).compress(input, ctx);
                String undeclared = out == null ? null : firstUnrenderedElision(out);
                if (undeclared != null) {
                    throw new IllegalStateException("compressor for " + c.kind() + " declared an elision it did not render: " + undeclared);
                }
            } catch (TimeBudgetExceededException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                if (alone) {
                    throw e;
                }
                firstFailure = firstFailure == null ? e : firstFailure;
                rejected.add(c.kind().id() + " failed");
                continue;
            }
            if (out == null || out.text().equals(input) || out.text().isEmpty()) {
                if (unchanged == null && out != null) {
                    unchanged = new Routed(c, out, ctx, contenders.size());
                }
                rejected.add(c.kind().id() + " unchanged");
                continue;
            }
            if (alone) {
                return new Routed(c, out, ctx, 1);
            }
            String violation = checks.firstViolation(out.text());
            if (violation != null) {
                rejected.add(c.kind().id() + " broke an invariant");
                continue;
            }
            int t = tokenCount.applyAsInt(out.text());
            if (t < bestTokens) {
                best = new Routed(c, out, ctx, contenders.size());
                bestTokens = t;
            }
        }
        if (best == null) {
            if (firstFailure instanceof RuntimeException r) {
                throw r;
            }
            if (firstFailure instanceof Error e) {
                throw e;
            }
            return unchanged != null ? unchanged
                    : new Routed(contenders.get(0), Compressed.unchanged(input, "no-candidate-passed"), contextFor.apply(contenders.get(0)),
                            contenders.size());
        }
        Compressed o = best.output();
        String note = " [chosen of " + contenders.size() + " candidates" + (rejected.isEmpty() ? "" : "; " + String.join(", ", rejected)) + "]";
        return new Routed(best.candidate(), new Compressed(o.text(), o.strategy() + note, o.elisions()), best.context(), best.tried());
    }

    /** The checks for a dispute among {@code contenders}: template coverage matters when one of them is line-shaped. */
    private OutputChecks checksFor(String input, List<Candidate> contenders) {
        boolean lineShaped = false;
        boolean columns = false;
        for (Candidate c : contenders) {
            if (compressors.get(c.kind()) instanceof LineTemplateCompressor l) {
                lineShaped = true;
                columns = l.columns();
            }
        }
        return new OutputChecks(input, lineShaped, columns);
    }

    /** One pass over the output finds its markers; each declared elision must be among them. */
    private static String firstUnrenderedElision(Compressed out) {
        if (out.elisions().isEmpty()) {
            return null;
        }
        Set<Marker> rendered = new HashSet<>(Marker.findAll(out.text()));
        for (Elision e : out.elisions()) {
            if (!rendered.contains(e.marker())) {
                return e.render();
            }
        }
        return null;
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

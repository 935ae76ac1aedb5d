package dev.headroom.bench.probe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Template coverage of a labelled log: at least {@link #MIN_COVERAGE} of its templates (EventIds,
 * from the corpus's structured CSV) keep at least one of their lines verbatim in the output, and no
 * template disappears without the output declaring an elision. A marker alone does not cover a
 * template: the compressor exposes no per-template counts, so only a kept line shows that the event
 * type is still there.
 */
public final class LogTemplateProbe implements Probe {

    /** The share of templates that must keep a verbatim line (issue 3: "template coverage of at least 98%"). */
    static final double MIN_COVERAGE = 0.98;

    @Override
    public String name() {
        return "log-templates";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        List<String> events = s.input().lineEvents();
        if (events.isEmpty()) {
            return ProbeResult.skip(name(), "no template labels for this input");
        }
        List<String> lines = Lines.of(s.text());
        if (lines.size() != events.size()) {
            return ProbeResult.fail(name(), "labels cover " + events.size() + " lines but the input has " + lines.size());
        }
        Set<String> kept = new HashSet<>(Lines.of(s.output()));
        Map<String, Boolean> templateKept = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean k = kept.contains(lines.get(i));
            templateKept.merge(events.get(i), k, Boolean::logicalOr);
        }
        int verbatim = 0;
        List<String> uncovered = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : templateKept.entrySet()) {
            if (e.getValue()) {
                verbatim++;
            } else {
                uncovered.add(e.getKey());
            }
        }
        int total = templateKept.size();
        double coverage = (double) verbatim / total;
        String counts = String.format(Locale.ROOT, "template coverage %.1f%% (%d of %d with a verbatim kept line)",
                100 * coverage, verbatim, total);
        if (!uncovered.isEmpty() && !s.declaresElision()) {
            return ProbeResult.fail(name(), counts + ", " + uncovered.size() + " lost silently, e.g. " + uncovered.get(0));
        }
        if (coverage < MIN_COVERAGE) {
            return ProbeResult.fail(name(), counts + ", below " + Math.round(100 * MIN_COVERAGE) + "%; no kept line for e.g. "
                    + uncovered.get(0));
        }
        return ProbeResult.pass(name(), uncovered.isEmpty() ? counts : counts + "; no kept line for " + uncovered.size() + ", declared");
    }
}

package dev.headroom.bench.probe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every log template (EventId, from the corpus's structured CSV) is still represented: at least one
 * of its lines is kept verbatim, or the output declares an elision with a marker (the compressor
 * exposes no per-template counts, so a marker is the declaration).
 */
public final class LogTemplateProbe implements Probe {

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
        List<String> undeclared = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : templateKept.entrySet()) {
            if (e.getValue()) {
                verbatim++;
            } else if (!s.declaresElision()) {
                undeclared.add(e.getKey());
            }
        }
        int total = templateKept.size();
        String counts = total + " templates: " + verbatim + " with a kept line, " + (total - verbatim - undeclared.size()) + " declared";
        if (!undeclared.isEmpty()) {
            return ProbeResult.fail(name(), counts + ", " + undeclared.size() + " lost silently, e.g. " + undeclared.get(0));
        }
        return ProbeResult.pass(name(), counts);
    }
}

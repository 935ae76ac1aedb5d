package dev.headroom.bench.probe;

import dev.headroom.RetrievalResult;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.Marker;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every handle in the output retrieves content byte-identical to what was stored under it (its
 * SHA-256 handle matches), and the whole-input handle returns exactly the input.
 */
public final class RetrievalProbe implements Probe {

    @Override
    public String name() {
        return "retrieval";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        if (s.headroom() == null) {
            return ProbeResult.skip(name(), "no store behind this output");
        }
        Set<String> handles = new LinkedHashSet<>();
        for (Marker m : s.markers()) {
            handles.add(m.handle());
        }
        if (handles.isEmpty()) {
            return ProbeResult.skip(name(), "no handles");
        }
        String whole = Handles.of(s.text());
        for (String h : handles) {
            RetrievalResult r = s.headroom().retrieve(h, null, s.input().hints().scope());
            if (!r.found()) {
                return ProbeResult.fail(name(), "handle " + h + " not retrievable: " + r.status());
            }
            if (!Handles.of(r.content()).equals(h)) {
                return ProbeResult.fail(name(), "handle " + h + " returned content that is not what was stored");
            }
            if (h.equals(whole) && !r.content().equals(s.text())) {
                return ProbeResult.fail(name(), "handle " + h + " did not return the input byte-identical");
            }
        }
        return ProbeResult.pass(name(), handles.size() + " handles round-trip byte-identical");
    }
}

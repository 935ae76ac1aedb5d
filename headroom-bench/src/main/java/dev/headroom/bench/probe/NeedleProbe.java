package dev.headroom.bench.probe;

import dev.headroom.bench.Needle;
import java.util.ArrayList;
import java.util.List;

/** Every labelled needle planted in the input (error row, anomalous value, queried ID) is in the output verbatim. */
public final class NeedleProbe implements Probe {

    @Override
    public String name() {
        return "needles";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        List<Needle> needles = s.input().needles();
        if (needles.isEmpty()) {
            return ProbeResult.skip(name(), "no needles planted");
        }
        List<String> lost = new ArrayList<>();
        for (Needle n : needles) {
            if (!s.output().contains(n.text())) {
                lost.add(n.label());
            }
        }
        if (!lost.isEmpty()) {
            return ProbeResult.fail(name(), lost.size() + " of " + needles.size() + " needles lost: " + String.join(", ", lost));
        }
        return ProbeResult.pass(name(), needles.size() + " needles kept");
    }
}

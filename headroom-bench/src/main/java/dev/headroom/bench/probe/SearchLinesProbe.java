package dev.headroom.bench.probe;

import dev.headroom.ccr.Marker;
import dev.headroom.detect.ContentKind;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Every {@code path:line:content} line kept in a search output is exactly a line of the input. */
public final class SearchLinesProbe implements Probe {

    static final Pattern SEARCH_LINE = Pattern.compile("^[^\\s:][^:]*:\\d+[:-].*");

    @Override
    public String name() {
        return "search-lines";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        if (s.kind() != ContentKind.SEARCH) {
            return ProbeResult.skip(name(), "not search results");
        }
        Set<String> input = new HashSet<>(Lines.of(s.text()));
        int checked = 0;
        for (String line : Lines.of(s.output())) {
            if (Marker.containsMarker(line) || !SEARCH_LINE.matcher(line).matches()) {
                continue;
            }
            checked++;
            if (!input.contains(line)) {
                return ProbeResult.fail(name(), "kept line not in the input: " + Lines.clip(line));
            }
        }
        return ProbeResult.pass(name(), checked + " kept search lines exact");
    }
}

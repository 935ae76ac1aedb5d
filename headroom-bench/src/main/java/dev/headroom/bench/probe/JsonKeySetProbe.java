package dev.headroom.bench.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every key path of a JSON input appears in the output, or the output declares an elision. When the
 * output is not JSON (a declared table form), a key counts as present when its name appears in the text.
 */
public final class JsonKeySetProbe implements Probe {

    @Override
    public String name() {
        return "json-keys";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        if (!s.kind().isJson()) {
            return ProbeResult.skip(name(), "not JSON");
        }
        JsonNode in = Json.parse(s.text());
        if (in == null) {
            return ProbeResult.skip(name(), "input is not well-formed JSON");
        }
        Set<String> inPaths = Json.keyPaths(in);
        if (inPaths.isEmpty()) {
            return ProbeResult.skip(name(), "input has no keys");
        }
        JsonNode out = Json.parse(s.output());
        Set<String> outPaths = out == null ? Set.of() : Json.keyPaths(out);
        List<String> missing = new ArrayList<>();
        for (String p : inPaths) {
            boolean present = out != null ? outPaths.contains(p) : s.output().contains(Json.leaf(p));
            if (!present) {
                missing.add(p);
            }
        }
        String recall = "key recall " + (inPaths.size() - missing.size()) + "/" + inPaths.size();
        if (missing.isEmpty()) {
            return ProbeResult.pass(name(), recall);
        }
        if (s.declaresElision()) {
            return ProbeResult.pass(name(), recall + ", the rest declared elided");
        }
        return ProbeResult.fail(name(), recall + ", lost silently e.g. " + missing.get(0));
    }
}

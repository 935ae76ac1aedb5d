package dev.headroom.bench.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every key path of a JSON input appears in the output, or the output declares an elision. A key
 * whose path is not in the output (a declared table form, JSON or not) counts as present when its name
 * appears in the output as a column name, quoted or bare.
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
            boolean present = outPaths.contains(p) || mentions(s.output(), Json.leaf(p), out != null);
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

    /** Whether {@code key} appears as a name: in JSON, a quoted string or one segment of a dotted column name. */
    private static boolean mentions(String output, String key, boolean json) {
        if (!json) {
            return output.contains(key);
        }
        return Pattern.compile("[\".]" + Pattern.quote(key) + "[\".]").matcher(output).find();
    }
}

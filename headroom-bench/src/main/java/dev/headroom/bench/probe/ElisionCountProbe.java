package dev.headroom.bench.probe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.ccr.Marker;
import dev.headroom.detect.ContentKind;
import java.util.List;
import java.util.Map;

/**
 * Declared elision counts are exact where that can be checked: for a JSON array, kept rows plus
 * declared rows equal the input's rows; for lines, kept lines plus declared lines equal the input's
 * lines; for a diff, kept hunks plus declared hunks equal the input's hunks. Outputs whose markers
 * use other units are not checkable and skipped.
 */
public final class ElisionCountProbe implements Probe {

    @Override
    public String name() {
        return "elision-counts";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        if (s.kind() == ContentKind.JSON_ARRAY) {
            return jsonArray(s);
        }
        if (s.kind() == ContentKind.DIFF) {
            return hunks(s);
        }
        if (Lines.lineOriented(s.kind())) {
            return lines(s);
        }
        return ProbeResult.skip(name(), "no countable unit for " + s.kind().id());
    }

    private ProbeResult jsonArray(ProbeSubject s) {
        JsonNode in = Json.parse(s.text());
        JsonNode out = Json.parse(s.output());
        if (in == null || !in.isArray()) {
            return ProbeResult.skip(name(), "input is not a JSON array");
        }
        JsonNode rows = out == null ? null : out.isArray() ? out : tableRows(out);
        if (rows == null) {
            return ProbeResult.skip(name(), "output is neither a JSON array nor a table with rows");
        }
        int kept = 0;
        int declared = 0;
        if (rows != out) {
            // a table declares its elided rows anywhere in its own object, not necessarily among the rows
            for (Marker m : s.markers()) {
                if (m.unit().endsWith("rows") || m.unit().endsWith("items")) {
                    declared += m.count();
                }
            }
            for (JsonNode item : rows) {
                if (markerElement(item).isEmpty()) {
                    kept++;
                }
            }
            return compare(kept, declared, in.size(), "rows");
        }
        for (JsonNode item : rows) {
            List<Marker> markers = markerElement(item);
            if (markers.isEmpty()) {
                kept++;
            } else {
                for (Marker m : markers) {
                    declared += m.count();
                }
            }
        }
        return compare(kept, declared, in.size(), "rows");
    }

    /** The rows of a declared table form: an object with one field holding an object with a {@code rows} array. */
    private static JsonNode tableRows(JsonNode out) {
        if (!out.isObject() || out.size() != 1) {
            return null;
        }
        JsonNode rows = out.elements().next().path("rows");
        return rows.isArray() ? rows : null;
    }

    /** The markers of an array element that stands for elided rows: a marker string, or a one-field object holding one. */
    private static List<Marker> markerElement(JsonNode item) {
        if (item.isTextual()) {
            return Marker.findAll(item.asText());
        }
        if (item.isObject() && item.size() == 1) {
            JsonNode v = item.elements().next();
            return v.isTextual() ? Marker.findAll(v.asText()) : List.of();
        }
        return List.of();
    }

    private ProbeResult lines(ProbeSubject s) {
        for (Marker m : s.markers()) {
            if (!m.unit().endsWith("lines") && !m.unit().equals("matches")) {
                return ProbeResult.skip(name(), "markers count " + m.unit() + ", not lines");
            }
        }
        List<String> input = Lines.of(s.text());
        Map<String, Integer> available = Lines.multiset(input);
        int kept = 0;
        for (String line : Lines.of(s.output())) {
            if (Lines.isMarkerOnly(line)) {
                continue;
            }
            String l = Marker.containsMarker(line) ? stripMarkers(line) : line;
            Integer left = available.get(l);
            if (left != null && left > 0) {
                available.put(l, left - 1);
                kept++;
            }
        }
        return compare(kept, declared(s), input.size(), "lines");
    }

    private ProbeResult hunks(ProbeSubject s) {
        for (Marker m : s.markers()) {
            if (!m.unit().equals("hunks")) {
                return ProbeResult.skip(name(), "markers count " + m.unit() + ", not hunks");
            }
        }
        return compare(countHunks(s.output()), declared(s), countHunks(s.text()), "hunks");
    }

    private static int countHunks(String diff) {
        int n = 0;
        for (String l : Lines.of(diff)) {
            if (l.startsWith("@@ -")) {
                n++;
            }
        }
        return n;
    }

    private static int declared(ProbeSubject s) {
        int d = 0;
        for (Marker m : s.markers()) {
            d += m.count();
        }
        return d;
    }

    private static String stripMarkers(String line) {
        String out = line;
        for (Marker m : Marker.findAll(line)) {
            out = out.replace(m.render(), "");
        }
        return out.stripTrailing();
    }

    private ProbeResult compare(int kept, int declared, int input, String unit) {
        String detail = kept + " kept + " + declared + " declared vs " + input + " " + unit + " in the input";
        return kept + declared == input ? ProbeResult.pass(name(), detail) : ProbeResult.fail(name(), detail);
    }
}

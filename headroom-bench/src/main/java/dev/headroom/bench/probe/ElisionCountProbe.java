package dev.headroom.bench.probe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.ccr.Marker;
import dev.headroom.detect.ContentKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declared elision counts are exact where that can be checked: for a JSON array, kept rows plus
 * declared rows equal the input's rows; for lines, kept lines plus declared lines equal the input's
 * lines; for a diff, file by file, kept context lines plus declared context lines equal the input's
 * context lines, every changed line is kept, and files summarised by line count or by hunks add up
 * likewise. Outputs whose markers use other units are not checkable and skipped.
 */
public final class ElisionCountProbe implements Probe {

    /** The units a diff's markers may count. */
    private static final Set<String> DIFF_UNITS = Set.of("context lines", "diff lines", "hunks", "binary patch lines");

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
            return diff(s);
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

    /**
     * Checks a diff file by file (the preamble first): lines outside hunks are kept or declared as
     * binary patch lines; a file summarised by a {@code diff lines} marker keeps or declares every hunk
     * line; a file with {@code hunks} markers keeps or declares every hunk; any other file keeps every
     * changed line and keeps or declares (as {@code context lines}) every context line.
     */
    private ProbeResult diff(ProbeSubject s) {
        for (Marker m : s.markers()) {
            if (!DIFF_UNITS.contains(m.unit())) {
                return ProbeResult.skip(name(), "markers count " + m.unit() + ", not a diff unit");
            }
        }
        List<DiffCounts.Section> in = DiffCounts.of(s.text());
        List<DiffCounts.Section> out = DiffCounts.of(s.output());
        if (in.size() != out.size()) {
            return ProbeResult.fail(name(), "output has " + (out.size() - 1) + " files, the input " + (in.size() - 1));
        }
        int[] context = new int[3];
        int[] changes = new int[2];
        int[] summarised = new int[3];
        int[] hunks = new int[3];
        for (int f = 0; f < in.size(); f++) {
            DiffCounts.Section a = in.get(f);
            DiffCounts.Section b = out.get(f);
            String where = f == 0 ? "preamble" : "file " + f + " (" + Lines.clip(a.name) + ")";
            int binary = b.declared("binary patch lines");
            if (b.other + binary != a.other) {
                return ProbeResult.fail(name(), where + ": " + b.other + " kept + " + binary
                        + " declared binary patch lines vs " + a.other + " lines outside hunks in the input");
            }
            if (b.declares("diff lines")) {
                int d = b.declared("diff lines");
                if (b.hunkLines() + d != a.hunkLines()) {
                    return ProbeResult.fail(name(), where + ": " + b.hunkLines() + " kept + " + d + " declared vs "
                            + a.hunkLines() + " diff lines in the input");
                }
                add(summarised, b.hunkLines(), d, a.hunkLines());
            } else if (b.declares("hunks")) {
                int d = b.declared("hunks");
                if (b.hunks + d != a.hunks) {
                    return ProbeResult.fail(name(), where + ": " + b.hunks + " kept + " + d + " declared vs " + a.hunks
                            + " hunks in the input");
                }
                add(hunks, b.hunks, d, a.hunks);
            } else {
                int d = b.declared("context lines");
                if (b.changes != a.changes) {
                    return ProbeResult.fail(name(), where + ": " + b.changes + " changed lines kept vs " + a.changes
                            + " in the input, none declared");
                }
                if (b.context + d != a.context) {
                    return ProbeResult.fail(name(), where + ": " + b.context + " kept + " + d + " declared vs " + a.context
                            + " context lines in the input");
                }
                add(context, b.context, d, a.context);
                changes[0] += b.changes;
                changes[1] += a.changes;
            }
        }
        StringBuilder detail = new StringBuilder().append(in.size() - 1).append(" files: context lines ")
                .append(context[0]).append(" kept + ").append(context[1]).append(" declared vs ").append(context[2])
                .append("; changed lines ").append(changes[0]).append(" kept vs ").append(changes[1]);
        if (summarised[2] > 0) {
            detail.append("; summarised files ").append(summarised[0]).append(" kept + ").append(summarised[1])
                    .append(" declared vs ").append(summarised[2]).append(" lines");
        }
        if (hunks[2] > 0) {
            detail.append("; hunks ").append(hunks[0]).append(" kept + ").append(hunks[1]).append(" declared vs ").append(hunks[2]);
        }
        return ProbeResult.pass(name(), detail.toString());
    }

    private static void add(int[] totals, int kept, int declared, int input) {
        totals[0] += kept;
        totals[1] += declared;
        totals[2] += input;
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

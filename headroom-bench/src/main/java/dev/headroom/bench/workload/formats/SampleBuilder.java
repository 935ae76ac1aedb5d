package dev.headroom.bench.workload.formats;

import dev.headroom.bench.Needle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Collects a sample's lines with their ground truth, record by record. */
final class SampleBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<String> templates = new ArrayList<>();
    private final Set<Integer> continuations = new TreeSet<>();
    private final Set<String> errors = new LinkedHashSet<>();
    private final List<Needle> anomalies = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();

    /** Adds a one-line record of {@code template}. */
    SampleBuilder line(String template, String line) {
        return record(template, List.of(line));
    }

    /** Adds a record: its first line and the lines continuing it, all of {@code template}. */
    SampleBuilder record(String template, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.indexOf('\n') >= 0 || l.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a line must not contain a line break: " + l);
            }
            if (i > 0) {
                continuations.add(templates.size());
            }
            templates.add(template);
            text.append(l).append('\n');
        }
        return this;
    }

    /** Marks {@code template} as an error template. */
    SampleBuilder error(String template) {
        errors.add(template);
        return this;
    }

    /** Labels a line already added (or about to be) as an anomaly that must survive verbatim. */
    SampleBuilder anomaly(String label, String line) {
        anomalies.add(new Needle(label, line));
        return this;
    }

    /** Records a diff's file header line. */
    SampleBuilder fileHeader(String line) {
        headers.add(line);
        return this;
    }

    FormatSample build(String name, Family family, Route expected) {
        Set<String> present = new LinkedHashSet<>(templates);
        errors.retainAll(present);
        return new FormatSample(name, family, expected, text.toString(), templates, continuations, errors, anomalies, headers);
    }
}

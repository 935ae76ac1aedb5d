package dev.headroom.bench.probe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Error, exception, warning and failure lines of a line-oriented input are kept verbatim. A repeat of
 * an error line may be elided only when the output declares an elision and keeps a verbatim line of
 * the same shape: the same log template (EventId) when the input has template labels, otherwise the
 * same line with its numbers and hex IDs masked.
 */
public final class ErrorLinesProbe implements Probe {

    static final Pattern SIGNAL = Pattern.compile(
            "(?i)\\b(errors?|exceptions?|\\w+(exception|error)|warn|warning|fatal|severe|critical|traceback|panic|failed|failure|failures)\\b");
    /** Zero counts ("Failures: 0", "0 errors") are summaries, not errors. */
    private static final Pattern ZERO_COUNT = Pattern.compile(
            "(?i)\\b(errors?|failures?|failed|warnings?)\\s*[:=]\\s*0\\b|\\b0\\s+(errors?|failures?|failed|warnings?)\\b");
    /** Numbers, dotted/colon-separated number groups (times, IPs, versions) and long hex IDs vary between repeats. */
    private static final Pattern VARIABLE = Pattern.compile("[0-9a-fA-F]{8,}|\\d+([.:,/-]\\d+)*");

    @Override
    public String name() {
        return "error-lines";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        if (!Lines.lineOriented(s.kind())) {
            return ProbeResult.skip(name(), "not a line-oriented kind");
        }
        Set<String> kept = new HashSet<>(Lines.of(s.output()));
        List<String> lines = Lines.of(s.text());
        List<String> events = s.input().lineEvents().size() == lines.size() ? s.input().lineEvents() : null;
        List<String> signal = new ArrayList<>();
        List<String> shapes = new ArrayList<>();
        Set<String> keptShapes = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isSignal(line)) {
                String shape = events != null ? "event " + events.get(i) : shape(line);
                signal.add(line);
                shapes.add(shape);
                if (kept.contains(line)) {
                    keptShapes.add(shape);
                }
            }
        }
        if (signal.isEmpty()) {
            return ProbeResult.skip(name(), "no error lines in the input");
        }
        int verbatim = 0;
        int represented = 0;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < signal.size(); i++) {
            String line = signal.get(i);
            if (kept.contains(line)) {
                verbatim++;
            } else if (s.declaresElision() && keptShapes.contains(shapes.get(i))) {
                represented++;
            } else {
                missing.add(line);
            }
        }
        String counts = signal.size() + " error lines: " + verbatim + " verbatim, " + represented + " repeats declared";
        if (!missing.isEmpty()) {
            return ProbeResult.fail(name(), counts + ", " + missing.size() + " lost, e.g. " + Lines.clip(missing.get(0)));
        }
        return ProbeResult.pass(name(), counts);
    }

    static boolean isSignal(String line) {
        return SIGNAL.matcher(ZERO_COUNT.matcher(line).replaceAll("")).find();
    }

    static String shape(String line) {
        return VARIABLE.matcher(line).replaceAll("#");
    }
}

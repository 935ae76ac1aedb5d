package dev.headroom.bench.probe;

import static dev.headroom.bench.probe.Subjects.input;
import static dev.headroom.bench.probe.Subjects.marker;
import static dev.headroom.bench.probe.Subjects.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.bench.BenchInput;
import dev.headroom.detect.ContentKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogTemplateProbeTest {

    private static final String LOG = "open a\nopen b\nclose a\nclose b\n";
    private final LogTemplateProbe probe = new LogTemplateProbe();
    private final BenchInput in = input(LOG, List.of(), List.of("E1", "E1", "E2", "E2"));

    @Test
    void should_fail_when_a_template_disappears_without_a_marker() {
        ProbeResult r = probe.check(subject(in, ContentKind.LOG, "open a\nopen b\n"));

        assertThat(r.failed()).isTrue();
        assertThat(r.detail()).contains("lost silently", "E2");
    }

    @Test
    void should_pass_when_every_template_keeps_a_line() {
        ProbeResult r = probe.check(subject(in, ContentKind.LOG, "open a\nclose b\n"));

        assertThat(r.passed()).isTrue();
        assertThat(r.detail()).contains("template coverage 100.0% (2 of 2");
    }

    @Test
    void should_fail_when_every_line_of_a_template_is_dropped_even_if_declared() {
        // given: a compressor that declares what it dropped, but drops all of E2's lines
        String out = "open a\n" + marker(3, "lines", LOG) + "\n";

        // when
        ProbeResult r = probe.check(subject(in, ContentKind.LOG, out));

        // then
        assertThat(r.failed()).isTrue();
        assertThat(r.detail()).contains("template coverage 50.0% (1 of 2", "below 98%", "E2");
    }

    @Test
    void should_require_98_percent_of_templates_to_keep_a_verbatim_line() {
        // given: 100 templates of two lines each
        StringBuilder log = new StringBuilder();
        List<String> events = new ArrayList<>();
        for (int t = 0; t < 100; t++) {
            log.append("event ").append(t).append(" first\nevent ").append(t).append(" second\n");
            events.add("E" + t);
            events.add("E" + t);
        }
        BenchInput labelled = input(log.toString(), List.of(), events);

        // when: two, then three, templates keep no line (the rest keep their first)
        ProbeResult two = probe.check(subject(labelled, ContentKind.LOG, keepFirstLines(100, 2) + marker(102, "lines", log.toString())));
        ProbeResult three = probe.check(subject(labelled, ContentKind.LOG, keepFirstLines(100, 3) + marker(103, "lines", log.toString())));

        // then
        assertThat(two.passed()).as(two.detail()).isTrue();
        assertThat(two.detail()).contains("98.0% (98 of 100");
        assertThat(three.failed()).isTrue();
        assertThat(three.detail()).contains("97.0% (97 of 100");
    }

    private static String keepFirstLines(int templates, int dropped) {
        StringBuilder out = new StringBuilder();
        for (int t = dropped; t < templates; t++) {
            out.append("event ").append(t).append(" first\n");
        }
        return out.toString();
    }
}

package dev.headroom.bench.probe;

import static dev.headroom.bench.probe.Subjects.input;
import static dev.headroom.bench.probe.Subjects.marker;
import static dev.headroom.bench.probe.Subjects.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.bench.BenchInput;
import dev.headroom.detect.ContentKind;
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
        assertThat(r.detail()).contains("E2");
    }

    @Test
    void should_pass_when_every_template_keeps_a_line() {
        assertThat(probe.check(subject(in, ContentKind.LOG, "open a\nclose b\n")).passed()).isTrue();
    }

    @Test
    void should_pass_when_a_missing_template_is_declared() {
        String out = "open a\n" + marker(3, "lines", LOG) + "\n";

        ProbeResult r = probe.check(subject(in, ContentKind.LOG, out));

        assertThat(r.passed()).isTrue();
        assertThat(r.detail()).contains("1 with a kept line, 1 declared");
    }
}

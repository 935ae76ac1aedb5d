package dev.headroom.bench.workload.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Outcome;
import dev.headroom.bench.BenchInput;
import dev.headroom.bench.probe.LogTemplateProbe;
import dev.headroom.bench.probe.NeedleProbe;
import dev.headroom.bench.probe.ProbeResult;
import dev.headroom.bench.probe.ProbeSubject;
import dev.headroom.detect.ContentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsWorkloadTest {

    @Test
    void should_turn_every_sample_into_an_input_whose_labels_the_probes_accept() {
        List<FormatSample> samples = FormatSamples.all(42);

        for (FormatSample s : samples) {
            BenchInput in = FormatsWorkload.input(s);

            // the input passed through unchanged keeps every template and every anomaly: the labels line up with the probes' lines
            ProbeSubject unchanged = ProbeSubject.of(in, ContentKind.LOG, in.text(), Outcome.NOT_SMALLER, null, in.text());
            ProbeResult templates = new LogTemplateProbe().check(unchanged);
            assertThat(templates.passed()).as(s.name() + ": " + templates.detail()).isTrue();
            assertThat(templates.detail()).contains("(" + s.templateCount() + " of " + s.templateCount() + " ");
            if (!s.anomalies().isEmpty()) {
                assertThat(new NeedleProbe().check(unchanged).passed()).as(s.name()).isTrue();
            }
            assertThat(in.workload()).isEqualTo(FormatsWorkload.NAME);
            assertThat(in.name()).isEqualTo("formats/" + s.family().id() + "/" + s.name());
            assertThat(in.hints().kind()).as("routed by detection, as in production").isNull();
        }
    }

    @Test
    void should_fail_the_template_probe_when_an_output_drops_a_template_silently() {
        FormatSample s = FormatSamples.all(42).get(0);
        BenchInput in = FormatsWorkload.input(s);
        String firstLineOnly = s.lines().get(0) + "\n";

        ProbeResult r = new LogTemplateProbe().check(ProbeSubject.of(in, ContentKind.LOG, firstLineOnly, Outcome.COMPRESSED, null, firstLineOnly));

        assertThat(r.failed()).isTrue();
    }
}

package dev.headroom.bench.probe;

import static dev.headroom.bench.probe.Subjects.input;
import static dev.headroom.bench.probe.Subjects.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.bench.BenchInput;
import dev.headroom.bench.Needle;
import dev.headroom.detect.ContentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedleProbeTest {

    private final NeedleProbe probe = new NeedleProbe();
    private final BenchInput in = input("id=1 ok\nid=2 trace 4bf92f3577b34da6 failed\nid=3 ok\n",
            List.of(new Needle("queried ID", "4bf92f3577b34da6")), List.of());

    @Test
    void should_fail_naming_the_label_when_a_needle_is_lost() {
        ProbeResult r = probe.check(subject(in, ContentKind.LOG, "id=1 ok\nid=3 ok\n"));

        assertThat(r.failed()).isTrue();
        assertThat(r.detail()).contains("queried ID");
    }

    @Test
    void should_pass_when_every_needle_is_kept() {
        assertThat(probe.check(subject(in, ContentKind.LOG, "id=2 trace 4bf92f3577b34da6 failed\n")).passed()).isTrue();
    }
}

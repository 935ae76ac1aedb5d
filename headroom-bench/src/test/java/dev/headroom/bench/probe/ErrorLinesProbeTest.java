package dev.headroom.bench.probe;

import static dev.headroom.bench.probe.Subjects.marker;
import static dev.headroom.bench.probe.Subjects.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.detect.ContentKind;
import org.junit.jupiter.api.Test;

class ErrorLinesProbeTest {

    private static final String LOG = "10:00:01 INFO start\n10:00:02 INFO work 1\n10:00:03 ERROR disk full on /dev/sda1\n"
            + "10:00:04 INFO work 2\n10:00:05 INFO done\n";
    private final ErrorLinesProbe probe = new ErrorLinesProbe();

    @Test
    void should_fail_when_an_error_line_is_dropped() {
        String broken = "10:00:01 INFO start\n" + marker(3, "lines", LOG) + "\n10:00:05 INFO done\n";

        ProbeResult r = probe.check(subject(LOG, ContentKind.LOG, broken));

        assertThat(r.failed()).isTrue();
        assertThat(r.detail()).contains("disk full");
    }

    @Test
    void should_pass_when_error_lines_are_kept_verbatim() {
        String good = "10:00:01 INFO start\n" + marker(2, "lines", LOG) + "\n10:00:03 ERROR disk full on /dev/sda1\n10:00:05 INFO done\n";

        assertThat(probe.check(subject(LOG, ContentKind.LOG, good)).passed()).isTrue();
    }

    @Test
    void should_fail_when_an_error_line_is_altered() {
        String altered = LOG.replace("disk full on /dev/sda1", "disk full");

        assertThat(probe.check(subject(LOG, ContentKind.LOG, altered)).failed()).isTrue();
    }

    @Test
    void should_accept_a_declared_repeat_of_a_kept_error_shape() {
        String log = "a\nERROR retry 1 failed\nERROR retry 2 failed\nb\n";
        String out = "a\nERROR retry 1 failed\n" + marker(1, "lines", log) + "\nb\n";

        assertThat(probe.check(subject(log, ContentKind.LOG, out)).passed()).isTrue();
    }

    @Test
    void should_treat_lines_of_one_log_template_as_repeats() {
        String log = "x\nERROR disk sda full\nERROR disk sdb full\ny\n";
        String out = "x\nERROR disk sda full\n" + marker(1, "lines", log) + "\ny\n";
        var labelled = Subjects.input(log, java.util.List.of(), java.util.List.of("E1", "E2", "E2", "E3"));
        var unlabelled = Subjects.input(log);

        assertThat(probe.check(subject(labelled, ContentKind.LOG, out)).passed()).isTrue();
        assertThat(probe.check(subject(unlabelled, ContentKind.LOG, out)).failed()).isTrue();
    }

    @Test
    void should_not_count_zero_failure_summaries_as_errors() {
        assertThat(ErrorLinesProbe.isSignal("Tests run: 5, Failures: 0, Errors: 0, Skipped: 0")).isFalse();
        assertThat(ErrorLinesProbe.isSignal("Tests run: 5, Failures: 1, Errors: 0, Skipped: 0")).isTrue();
    }

    @Test
    void should_skip_kinds_that_are_not_line_oriented() {
        assertThat(probe.check(subject("[1]", ContentKind.JSON_ARRAY, "[1]")).status()).isEqualTo(ProbeResult.Status.SKIP);
    }
}

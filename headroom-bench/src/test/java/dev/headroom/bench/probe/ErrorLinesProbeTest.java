package dev.headroom.bench.probe;

import static dev.headroom.bench.probe.Subjects.marker;
import static dev.headroom.bench.probe.Subjects.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.detect.ContentKind;
import java.util.List;
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
    void should_accept_a_declared_repeat_that_differs_only_in_its_leading_timestamp() {
        // given: the same error at two times; the output keeps the first and declares the second
        String log = "2024-03-14T09:12:00Z INFO a\n2024-03-14T09:12:01Z ERROR payment call failed for ord-7\n"
                + "2024-03-14T09:12:05Z ERROR payment call failed for ord-7\n2024-03-14T09:12:09Z INFO b\n";
        String out = "2024-03-14T09:12:00Z INFO a\n2024-03-14T09:12:01Z ERROR payment call failed for ord-7\n"
                + marker(1, "line", log) + "\n2024-03-14T09:12:09Z INFO b\n";

        // when
        ProbeResult r = probe.check(subject(log, ContentKind.LOG, out));

        // then
        assertThat(r.passed()).as(r.detail()).isTrue();
        assertThat(r.detail()).contains("2 error lines: 1 verbatim, 1 repeats");
    }

    @Test
    void should_fail_a_timestamp_only_repeat_when_no_elision_is_declared() {
        String log = "09:12:01 ERROR payment call failed\n09:12:05 ERROR payment call failed\n";

        assertThat(probe.check(subject(log, ContentKind.LOG, "09:12:01 ERROR payment call failed\n")).failed()).isTrue();
    }

    @Test
    void should_accept_a_declared_repeat_that_differs_only_in_numbers_and_quoted_fields() {
        // given: the same error for another attempt and another path
        String log = "a\nERROR retry 1 failed for \"/api/a\"\nERROR retry 2 failed for \"/api/b\"\nb\n";
        String out = "a\nERROR retry 1 failed for \"/api/a\"\n" + marker(1, "line", log) + "\nb\n";

        // when
        ProbeResult r = probe.check(subject(log, ContentKind.LOG, out));

        // then
        assertThat(r.failed()).isFalse();
        assertThat(r.detail()).contains("1 verbatim, 1 repeats");
    }

    @Test
    void should_fail_an_error_line_whose_words_differ_from_every_kept_one() {
        // given: two different errors that share only their shape
        String log = "a\nERROR retry failed\nERROR rollback failed\nb\n";
        String out = "a\nERROR retry failed\n" + marker(1, "line", log) + "\nb\n";

        // when
        ProbeResult r = probe.check(subject(log, ContentKind.LOG, out));

        // then
        assertThat(r.failed()).isTrue();
        assertThat(r.detail()).contains("ERROR rollback failed");
    }

    @Test
    void should_fail_an_error_line_that_only_shares_its_log_template_with_a_kept_one() {
        String log = "x\nERROR disk sda full\nERROR disk sdb full\ny\n";
        String out = "x\nERROR disk sda full\n" + marker(1, "line", log) + "\ny\n";
        var labelled = Subjects.input(log, List.of(), List.of("E1", "E2", "E2", "E3"));

        assertThat(probe.check(subject(labelled, ContentKind.LOG, out)).failed()).isTrue();
    }

    @Test
    void should_let_warnings_be_deduplicated_by_shape_when_declared() {
        // given: warnings that differ only in numbers, as the log compressor merges them
        String log = "a\n09:00:01 WARN retrying call (attempt 2/3) after 250 ms\n09:00:02 WARN retrying call (attempt 3/3) after 800 ms\nb\n";
        String declared = "a\n09:00:01 WARN retrying call (attempt 2/3) after 250 ms\n" + marker(1, "line", log) + "\nb\n";
        String silent = "a\n09:00:01 WARN retrying call (attempt 2/3) after 250 ms\nb\n";

        // when / then
        assertThat(probe.check(subject(log, ContentKind.LOG, declared)).passed()).isTrue();
        assertThat(probe.check(subject(log, ContentKind.LOG, silent)).failed()).isTrue();
    }

    @Test
    void should_use_log_templates_as_the_shape_of_failure_lines() {
        String log = "x\nFailed password for root from 1.2.3.4\nFailed password for admin from 5.6.7.8\ny\n";
        String out = "x\nFailed password for root from 1.2.3.4\n" + marker(1, "line", log) + "\ny\n";
        var labelled = Subjects.input(log, List.of(), List.of("E1", "E2", "E2", "E3"));
        var unlabelled = Subjects.input(log);

        assertThat(probe.check(subject(labelled, ContentKind.LOG, out)).passed()).isTrue();
        assertThat(probe.check(subject(unlabelled, ContentKind.LOG, out)).failed()).isTrue();
    }

    @Test
    void should_tell_error_lines_from_warning_and_failure_lines() {
        assertThat(ErrorLinesProbe.isError("2024-03-14 09:12:00,123 ERROR [main] c.a.Foo - boom")).isTrue();
        assertThat(ErrorLinesProbe.isError("[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6")).isTrue();
        assertThat(ErrorLinesProbe.isError("Dec 10 06:55:46 LabSZ sshd[24200]: error: Received disconnect")).isTrue();
        assertThat(ErrorLinesProbe.isError("{\"ts\":\"2024\",\"level\":\"error\",\"msg\":\"x\"}")).isTrue();
        assertThat(ErrorLinesProbe.isError("java.lang.IllegalStateException: ledger closed")).isTrue();
        assertThat(ErrorLinesProbe.isError("Traceback (most recent call last):")).isTrue();
        assertThat(ErrorLinesProbe.isError("09:00:01 WARN retrying call")).isFalse();
        assertThat(ErrorLinesProbe.isError("Dec 10 06:55:46 LabSZ sshd[24200]: Failed password for root")).isFalse();
        assertThat(ErrorLinesProbe.isError("081109 204005 35 INFO dfs.DataNode: a long message that mentions an error later")).isFalse();
    }

    @Test
    void should_strip_only_a_leading_timestamp() {
        assertThat(ErrorLinesProbe.withoutTimestamp("2024-03-14T09:12:01Z ERROR x")).isEqualTo(" ERROR x");
        assertThat(ErrorLinesProbe.withoutTimestamp("[Sun Dec 04 04:47:44 2005] [error] x")).isEqualTo(" [error] x");
        assertThat(ErrorLinesProbe.withoutTimestamp("081109 204005 35 ERROR x")).isEqualTo(" 35 ERROR x");
        assertThat(ErrorLinesProbe.withoutTimestamp("ERROR at 09:12:01 x")).isEqualTo("ERROR at 09:12:01 x");
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

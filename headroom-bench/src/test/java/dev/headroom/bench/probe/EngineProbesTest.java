package dev.headroom.bench.probe;

import static dev.headroom.bench.probe.Subjects.input;
import static dev.headroom.bench.probe.Subjects.marker;
import static dev.headroom.bench.probe.Subjects.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.bench.BenchInput;
import dev.headroom.bench.HonestLineCompressor;
import dev.headroom.detect.ContentKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The probes that need the engine: retrieval, never-larger, determinism, no fail-open, and all probes on an honest compressor. */
class EngineProbesTest {

    private static String log() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("2024-03-14T09:12:").append(i % 60).append(" INFO worker ").append(i).append(" finished batch ").append(i * 7).append('\n');
            if (i == 120) {
                sb.append("2024-03-14T09:14:00 ERROR worker 120 crashed: out of memory\n");
            }
        }
        return sb.toString();
    }

    private static Headroom headroom() {
        return Headroom.builder().timeBudget(Duration.ZERO).compressor(ContentKind.LOG, new HonestLineCompressor()).build();
    }

    @Test
    void should_pass_every_probe_on_an_honest_compressor() {
        String log = log();
        Headroom h = headroom();
        CompressionResult r = h.compress(log, CompressionHints.NONE.withKind(ContentKind.LOG));
        String rerun = headroom().compress(log, CompressionHints.NONE.withKind(ContentKind.LOG)).text();

        List<ProbeResult> results = Probes.run(ProbeSubject.of(input(log), r, h, rerun));

        assertThat(r.compressed()).isTrue();
        assertThat(results).noneMatch(ProbeResult::failed);
        assertThat(results).filteredOn(p -> p.probe().equals("retrieval")).allMatch(ProbeResult::passed);
        assertThat(results).filteredOn(p -> p.probe().equals("elision-counts")).allMatch(ProbeResult::passed);
        assertThat(results).filteredOn(p -> p.probe().equals("no-fail-open")).allMatch(ProbeResult::passed);
    }

    @Test
    void should_fail_only_no_fail_open_when_a_compressor_throws() {
        // given: a compressor that crashes; the engine fails open and returns the input unchanged
        String log = log();
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).compressor(ContentKind.LOG, (input, ctx) -> {
            throw new IllegalStateException("boom");
        }).build();
        CompressionResult r = h.compress(log, CompressionHints.NONE.withKind(ContentKind.LOG));

        // when
        List<ProbeResult> results = Probes.run(ProbeSubject.of(input(log), r, h, r.text()));

        // then: nothing is lost or larger, so only the fail-open probe notices
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED_OPEN);
        assertThat(results).filteredOn(ProbeResult::failed).extracting(ProbeResult::probe).containsExactly("no-fail-open");
        assertThat(results).filteredOn(ProbeResult::failed).first()
                .satisfies(p -> assertThat(p.detail()).contains("FAILED_OPEN"));
    }

    @Test
    void should_pass_no_fail_open_on_a_pass_through_and_skip_it_for_baselines() {
        BenchInput in = input("abc");
        NoFailOpenProbe probe = new NoFailOpenProbe();

        assertThat(probe.check(ProbeSubject.of(in, ContentKind.TEXT, "abc", Outcome.BELOW_THRESHOLD, null, "abc")).passed()).isTrue();
        assertThat(probe.check(ProbeSubject.of(in, ContentKind.TEXT, "abc", Outcome.FAILED_OPEN, null, "abc")).failed()).isTrue();
        assertThat(probe.check(ProbeSubject.baseline(in, ContentKind.TEXT, "abc")).status()).isEqualTo(ProbeResult.Status.SKIP);
    }

    @Test
    void should_fail_retrieval_when_a_handle_was_never_stored() {
        String log = log();
        String out = "first\n" + marker(200, "lines", "something else") + "\n";

        ProbeResult r = new RetrievalProbe().check(ProbeSubject.of(input(log), ContentKind.LOG, out, Outcome.COMPRESSED, headroom(), out));

        assertThat(r.failed()).isTrue();
        assertThat(r.detail()).contains("NOT_FOUND");
    }

    @Test
    void should_fail_never_larger_when_the_output_grew() {
        ProbeResult r = new NeverLargerProbe().check(subject("short text", ContentKind.TEXT, "short text, now with many more words added"));

        assertThat(r.failed()).isTrue();
    }

    @Test
    void should_fail_determinism_when_the_second_run_differs() {
        BenchInput in = input("abc");

        assertThat(new DeterminismProbe().check(ProbeSubject.of(in, ContentKind.TEXT, "a", Outcome.COMPRESSED, null, "b")).failed()).isTrue();
        assertThat(new DeterminismProbe().check(ProbeSubject.of(in, ContentKind.TEXT, "a", Outcome.COMPRESSED, null, "a")).passed()).isTrue();
    }
}

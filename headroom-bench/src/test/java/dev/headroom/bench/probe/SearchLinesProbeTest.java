package dev.headroom.bench.probe;

import static dev.headroom.bench.probe.Subjects.marker;
import static dev.headroom.bench.probe.Subjects.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.detect.ContentKind;
import org.junit.jupiter.api.Test;

class SearchLinesProbeTest {

    private static final String IN = "src/A.java:10:  retry(3);\nsrc/A.java:20:  retry(4);\nsrc/B.java:5:retry();\n";
    private final SearchLinesProbe probe = new SearchLinesProbe();

    @Test
    void should_fail_when_a_kept_search_line_was_changed() {
        String out = "src/A.java:10: retry(3);\n" + marker(2, "matches", IN) + "\n";

        ProbeResult r = probe.check(subject(IN, ContentKind.SEARCH, out));

        assertThat(r.failed()).isTrue();
        assertThat(r.detail()).contains("src/A.java:10");
    }

    @Test
    void should_pass_when_kept_lines_are_exact() {
        String out = "src/A.java:10:  retry(3);\n" + marker(2, "matches", IN) + "\n";

        assertThat(probe.check(subject(IN, ContentKind.SEARCH, out)).passed()).isTrue();
    }
}

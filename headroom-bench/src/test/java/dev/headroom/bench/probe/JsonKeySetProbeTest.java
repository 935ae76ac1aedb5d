package dev.headroom.bench.probe;

import static dev.headroom.bench.probe.Subjects.marker;
import static dev.headroom.bench.probe.Subjects.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.detect.ContentKind;
import org.junit.jupiter.api.Test;

class JsonKeySetProbeTest {

    private static final String IN = "[{\"id\":1,\"user\":{\"login\":\"a\"}},{\"id\":2,\"user\":{\"login\":\"b\",\"site_admin\":true}}]";
    private final JsonKeySetProbe probe = new JsonKeySetProbe();

    @Test
    void should_fail_when_a_key_path_is_dropped_silently() {
        ProbeResult r = probe.check(subject(IN, ContentKind.JSON_ARRAY, "[{\"id\":1,\"user\":{\"login\":\"a\"}}]"));

        assertThat(r.failed()).isTrue();
        assertThat(r.detail()).contains("[].user.site_admin");
    }

    @Test
    void should_pass_when_the_dropped_row_is_declared() {
        String out = "[{\"id\":1,\"user\":{\"login\":\"a\"}},\"" + marker(1, "rows", IN) + "\"]";

        assertThat(probe.check(subject(IN, ContentKind.JSON_ARRAY, out)).passed()).isTrue();
    }

    @Test
    void should_pass_when_every_key_path_is_kept() {
        String out = "[{\"id\":2,\"user\":{\"login\":\"b\",\"site_admin\":true}}]";

        assertThat(probe.check(subject(IN, ContentKind.JSON_ARRAY, out)).passed()).isTrue();
    }

    @Test
    void should_find_nested_keys_in_flattened_column_names() {
        String table = "{\"_t\":{\"columns\":[\"id\",\"user.login\",\"user.site_admin\"],\"rows\":[[1,\"a\",null],[2,\"b\",true]]}}";

        assertThat(probe.check(subject(IN, ContentKind.JSON_ARRAY, table)).passed()).isTrue();
    }

    @Test
    void should_look_for_key_names_in_a_table_form_output() {
        assertThat(probe.check(subject(IN, ContentKind.JSON_ARRAY, "id,user.login\n1,a\n2,b")).failed()).isTrue();
        assertThat(probe.check(subject(IN, ContentKind.JSON_ARRAY, "id,user.login,user.site_admin\n1,a,\n2,b,true")).passed()).isTrue();
    }
}

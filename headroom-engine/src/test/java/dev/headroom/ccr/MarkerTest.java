package dev.headroom.ccr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkerTest {

    @Test
    void should_parse_what_it_renders() {
        Marker m = new Marker(1842, "rows", "3f9a2c0d1e4b5a69");

        assertThat(m.render()).isEqualTo("[headroom: 1842 rows elided, original kept; retrieve handle=3f9a2c0d1e4b5a69]");
        assertThat(Marker.findAll("before " + m.render() + " after")).containsExactly(m);
    }

    @Test
    void should_find_markers_inside_json_strings() {
        Marker m = new Marker(3, "body lines", "0123456789abcdef");
        String json = "[{\"id\":1},{\"_headroom\":\"" + m.render() + "\"}]";

        assertThat(Marker.findAll(json)).containsExactly(m);
        assertThat(Marker.containsMarker(json)).isTrue();
        assertThat(Marker.containsMarker("[headroom: lots elided]")).isFalse();
    }

    @Test
    void should_reject_malformed_parts() {
        assertThatThrownBy(() -> new Marker(0, "rows", "3f9a2c0d1e4b5a69")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Marker(1, "Rows!", "3f9a2c0d1e4b5a69")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Marker(1, "rows", "XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_address_content_by_hash_and_namespace_scopes() {
        String h = Handles.of("some content");

        assertThat(h).hasSize(16).isEqualTo(Handles.of("some content")).isNotEqualTo(Handles.of("other content"));
        assertThat(Handles.storeKey(null, h)).isEqualTo(h);
        assertThat(Handles.storeKey("tenant-a", h)).isNotEqualTo(Handles.storeKey("tenant-b", h)).endsWith(h);
    }
}

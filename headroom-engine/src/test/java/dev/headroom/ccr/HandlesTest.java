package dev.headroom.ccr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandlesTest {

    @Test
    void should_be_the_sha256_prefix_of_the_utf8_content() {
        assertThat(Handles.of("hello")).isEqualTo("2cf24dba5fb0a30e");
    }

    @Test
    void should_not_collide_when_utf8_would_replace_a_lone_surrogate() {
        String malformed = "row \uD800 end";
        String replaced = "row ? end";

        assertThat(Handles.of(malformed)).isNotEqualTo(Handles.of(replaced));
        assertThat(Handles.of(malformed)).isNotEqualTo(Handles.of("row \uDC00 end"));
        assertThat(Handles.of(malformed)).isNotEqualTo(Handles.of("row \uFFFD end"));
        assertThat(Handles.isHandle(Handles.of(malformed))).isTrue();
        assertThat(Handles.of(malformed)).isEqualTo(Handles.of(new String(malformed.toCharArray())));
    }

    @Test
    void should_namespace_store_keys_by_scope_and_not_without_one() {
        String h = Handles.of("content");

        assertThat(Handles.storeKey(null, h)).isEqualTo(h);
        assertThat(Handles.storeKey("", h)).isEqualTo(h);
        assertThat(Handles.storeKey("tenant-a", h)).endsWith(":" + h).isNotEqualTo(Handles.storeKey("tenant-b", h));
    }
}

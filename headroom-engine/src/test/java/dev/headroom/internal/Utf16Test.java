package dev.headroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf16Test {

    @Test
    void should_count_utf8_bytes_exactly_below_the_limit() {
        String s = "aé€😀";

        assertThat(Utf16.utf8LengthUpTo(s, 100)).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        assertThat(Utf16.utf8LengthUpTo("x".repeat(1000), 10)).isGreaterThanOrEqualTo(10);
    }
}

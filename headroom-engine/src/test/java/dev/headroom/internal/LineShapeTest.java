package dev.headroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapeTest {

    @Test
    void should_mask_numbers_ids_addresses_and_dates_alike() {
        assertThat(LineShape.tokens("blk_-6952295868487656571 blk_38865049064139660 10.251.73.220:50010 2015-07-29 0x1f3a"))
                .containsExactly("blk_#", "blk_#", "#", "#", "#");
    }

    @Test
    void should_mask_uuids_and_pids_but_keep_words() {
        assertThat(LineShape.tokens("sshd[24200]: session 123e4567-e89b-12d3-a456-426614174000 closed for ssh2"))
                .containsExactly("sshd[#]:", "session", "#", "closed", "for", "ssh#");
    }

    @Test
    void should_leave_words_without_digits_untouched() {
        assertThat(LineShape.tokens("Deleting block cafe")).containsExactly("Deleting", "block", "cafe");
    }
}

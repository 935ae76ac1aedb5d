package dev.headroom.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityMemoTest {

    @Test
    void should_find_the_same_instance_but_not_an_equal_one() {
        IdentityMemo<Object, String> memo = new IdentityMemo<>();
        String stored = new String("hello");
        String equal = new String("hello");

        memo.put(stored, "seen");

        assertThat(equal).isEqualTo(stored);
        assertThat(memo.get(stored)).isEqualTo("seen");
        assertThat(memo.get(equal)).isNull();
        assertThat(memo.size()).isEqualTo(1);
    }
}

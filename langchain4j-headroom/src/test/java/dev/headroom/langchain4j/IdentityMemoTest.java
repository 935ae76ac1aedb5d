package dev.headroom.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;

class IdentityMemoTest {

    @Test
    void should_find_the_same_instance_but_not_an_equal_one() {
        IdentityMemo<ChatMessage, String> memo = new IdentityMemo<>();
        UserMessage stored = UserMessage.from("hello");
        UserMessage equal = UserMessage.from("hello");

        memo.put(stored, "seen");

        assertThat(equal).isEqualTo(stored);
        assertThat(memo.get(stored)).isEqualTo("seen");
        assertThat(memo.get(equal)).isNull();
        assertThat(memo.size()).isEqualTo(1);
    }
}

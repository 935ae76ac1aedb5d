package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Conversations.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixDigestTest {

    static List<ChatMessage> conversation(String system) {
        return List.of(SystemMessage.from(system), UserMessage.from("why?"), AiMessage.from(call("c1", "searchLogs", "{}")),
                ToolExecutionResultMessage.from("c1", "searchLogs", "ERROR timeout"));
    }

    @Test
    void should_give_equal_sequences_of_new_objects_the_same_key() {
        AiMessage answer = AiMessage.from("It timed out.");

        assertThat(PrefixDigest.of(conversation("shop A")).keyWith(answer))
                .isEqualTo(PrefixDigest.of(conversation("shop A")).keyWith(AiMessage.from("It timed out.")));
    }

    @Test
    void should_give_sequences_that_differ_anywhere_before_the_last_message_different_keys() {
        AiMessage answer = AiMessage.from("It timed out.");

        assertThat(PrefixDigest.of(conversation("shop A")).keyWith(answer))
                .isNotEqualTo(PrefixDigest.of(conversation("shop B")).keyWith(answer))
                .isNotEqualTo(PrefixDigest.of(conversation("shop A").subList(1, 4)).keyWith(answer))
                .isNotEqualTo(PrefixDigest.of(conversation("shop A")).keyWith(AiMessage.from("It timed out")));
    }

    @Test
    void should_not_confuse_where_one_field_ends_and_the_next_begins() {
        assertThat(PrefixDigest.of(List.of(ToolExecutionResultMessage.from("c1", "ab", "c"))).keyWith(AiMessage.from("x")))
                .isNotEqualTo(PrefixDigest.of(List.of(ToolExecutionResultMessage.from("c1", "a", "bc"))).keyWith(AiMessage.from("x")));
    }

    @Test
    void should_catch_up_with_a_growing_sequence_as_if_digested_at_once() {
        List<ChatMessage> growing = new ArrayList<>(conversation("shop A").subList(0, 2));
        PrefixDigest d = PrefixDigest.of(growing);
        growing.addAll(conversation("shop A").subList(2, 4));

        d.catchUp(growing);

        assertThat(d.keyWith(AiMessage.from("done"))).isEqualTo(PrefixDigest.of(conversation("shop A")).keyWith(AiMessage.from("done")));
    }
}

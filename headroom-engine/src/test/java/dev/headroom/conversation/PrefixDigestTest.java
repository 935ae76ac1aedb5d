package dev.headroom.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixDigestTest {

    static List<Message> conversation(String system) {
        return List.of(Message.System.of(system), Message.User.of("why?"),
                Message.Assistant.of(null, new ToolCall("c1", "searchLogs", "{}")),
                Message.ToolResults.of(ToolResult.of("c1", "searchLogs", "ERROR timeout")));
    }

    @Test
    void should_give_equal_sequences_of_new_objects_the_same_key() {
        assertThat(PrefixDigest.of(null, conversation("shop A")).keyWith(Message.Assistant.of("It timed out.")))
                .isEqualTo(PrefixDigest.of(null, conversation("shop A")).keyWith(Message.Assistant.of("It timed out.")));
    }

    @Test
    void should_give_sequences_that_differ_anywhere_before_the_last_message_or_in_scope_different_keys() {
        Message.Assistant answer = Message.Assistant.of("It timed out.");

        assertThat(PrefixDigest.of(null, conversation("shop A")).keyWith(answer))
                .isNotEqualTo(PrefixDigest.of(null, conversation("shop B")).keyWith(answer))
                .isNotEqualTo(PrefixDigest.of(null, conversation("shop A").subList(1, 4)).keyWith(answer))
                .isNotEqualTo(PrefixDigest.of(null, conversation("shop A")).keyWith(Message.Assistant.of("It timed out")))
                .isNotEqualTo(PrefixDigest.of("tenant-a", conversation("shop A")).keyWith(answer));
    }

    @Test
    void should_tell_messages_apart_by_what_the_front_end_adds_and_by_errors() {
        Message.User plain = Message.User.of("look at this");
        Message.User withImage = new Message.User("look at this", "image:https://example.com/a.png", null);
        ToolResult ok = ToolResult.of("c1", "t", "out");
        ToolResult failed = new ToolResult("c1", "t", "out", true, true);

        assertThat(PrefixDigest.of(null, List.of(plain)).key()).isNotEqualTo(PrefixDigest.of(null, List.of(withImage)).key());
        assertThat(PrefixDigest.of(null, List.of(Message.ToolResults.of(ok))).key())
                .isNotEqualTo(PrefixDigest.of(null, List.of(Message.ToolResults.of(failed))).key());
    }

    @Test
    void should_not_confuse_where_one_field_ends_and_the_next_begins() {
        assertThat(PrefixDigest.of(null, List.of(Message.ToolResults.of(ToolResult.of("c1", "ab", "c")))).keyWith(Message.Assistant.of("x")))
                .isNotEqualTo(PrefixDigest.of(null, List.of(Message.ToolResults.of(ToolResult.of("c1", "a", "bc")))).keyWith(Message.Assistant.of("x")));
    }

    @Test
    void should_catch_up_with_a_growing_sequence_as_if_digested_at_once() {
        List<Message> growing = new ArrayList<>(conversation("shop A").subList(0, 2));
        PrefixDigest d = PrefixDigest.of(null, growing);
        growing.addAll(conversation("shop A").subList(2, 4));

        d.catchUp(growing);

        assertThat(d.keyWith(Message.Assistant.of("done"))).isEqualTo(PrefixDigest.of(null, conversation("shop A")).keyWith(Message.Assistant.of("done")));
    }
}

package dev.headroom.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.conversation.ToolCall;
import org.junit.jupiter.api.Test;

class SweAgentTracesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_turn_each_trajectory_step_into_a_bash_call_answered_by_its_observation() throws Exception {
        var traj = JSON.readTree("{\"history\":[{\"role\":\"system\",\"content\":\"You are an agent.\"},"
                + "{\"role\":\"user\",\"content\":\"Fix the bug.\"}],"
                + "\"trajectory\":[{\"action\":\"ls\\n\",\"observation\":\"a.py\",\"response\":\"Let me look.\\n```\\nls\\n```\"},"
                + "{\"action\":\"submit\",\"observation\":\"diff --git a/a.py\",\"response\":\"Done.\"}]}");

        Trace t = SweAgentTraces.of("demo", traj);

        assertThat(t.system()).isEqualTo("You are an agent.");
        assertThat(t.turns()).singleElement().satisfies(turn -> assertThat(turn.user()).isEqualTo("Fix the bug."));
        Trace.Step first = t.turns().get(0).steps().get(0);
        assertThat(first.reply().toolCalls()).containsExactly(new ToolCall("call_1", "bash", "{\"command\":\"ls\\n\"}"));
        assertThat(first.observations()).containsExactly("a.py");
        assertThat(t.turns().get(0).steps()).hasSize(3);
        assertThat(t.turns().get(0).steps().get(2).reply().hasToolCalls()).isFalse();
        assertThat(t.tools()).extracting(d -> d.name()).containsExactly("bash");
    }

    @Test
    void should_keep_function_calls_their_ids_and_describe_each_tool_by_its_arguments() throws Exception {
        var traj = JSON.readTree("{\"history\":[{\"role\":\"system\",\"content\":\"sys\"},{\"role\":\"user\",\"content\":\"task\"},"
                + "{\"role\":\"assistant\",\"content\":\"open it\",\"tool_calls\":[{\"id\":\"call_x\",\"type\":\"function\","
                + "\"function\":{\"name\":\"open\",\"arguments\":\"{\\\"path\\\":\\\"a.py\\\",\\\"line\\\":3}\"}}]},"
                + "{\"role\":\"tool\",\"content\":\"1: import os\",\"tool_call_ids\":[\"call_x\"]}]}");

        Trace t = SweAgentTraces.of("fc", traj);

        Trace.Step step = t.turns().get(0).steps().get(0);
        assertThat(step.reply().text()).isEqualTo("open it");
        assertThat(step.reply().toolCalls()).containsExactly(new ToolCall("call_x", "open", "{\"path\":\"a.py\",\"line\":3}"));
        assertThat(step.observations()).containsExactly("1: import os");
        assertThat(t.tools()).singleElement().satisfies(d -> assertThat(d.parametersJson())
                .isEqualTo("{\"type\":\"object\",\"properties\":{\"line\":{\"type\":\"string\"},\"path\":{\"type\":\"string\"}}}"));
    }
}

package dev.headroom.bench.replay;

import dev.headroom.conversation.Message;
import dev.headroom.conversation.ToolDefinition;
import java.util.List;
import java.util.Objects;

/**
 * A multi-turn agent conversation to replay: the system prompt, the tools, and per user turn the
 * model's replies with the tool outputs each reply's calls produce.
 *
 * @param name   a name for reports
 * @param source where it comes from ({@code swe-agent} for corpus trajectories, {@code seeded} for generated sessions)
 */
public record Trace(String name, String source, String system, List<ToolDefinition> tools, List<Turn> turns) {

    public Trace {
        Objects.requireNonNull(name, "name");
        tools = List.copyOf(tools);
        turns = List.copyOf(turns);
    }

    /** One user turn: the user's message, then the model's steps until it answers without tool calls. */
    public record Turn(String user, List<Step> steps) {
        public Turn {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One model response and what its tool calls return, in call order. With a {@code retrieveQuery},
     * the model first calls {@code headroom_retrieve} for the last tool result's first marker (when it
     * sees one and the tool is offered), then gives {@code reply}.
     */
    public record Step(Message.Assistant reply, List<String> observations, String retrieveQuery) {
        public Step {
            observations = List.copyOf(observations);
            if (observations.size() != reply.toolCalls().size()) {
                throw new IllegalArgumentException(reply.toolCalls().size() + " calls but " + observations.size() + " observations");
            }
        }
    }

    /** How many model responses the trace scripts (retrieve rounds not included). */
    public int steps() {
        return turns.stream().mapToInt(t -> t.steps().size()).sum();
    }
}

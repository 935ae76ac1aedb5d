package dev.headroom.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A long agent session for context-budget tests: an application loop over a {@link ConversationPolicy}
 * and a {@link ScriptedModel} that calls one tool per step, keeps its history as a list (as chat memory
 * does) and records every request the model received.
 */
final class AgentSession {

    static final ToolDefinition READ = new ToolDefinition("read", "Reads a file", "{\"type\":\"object\"}");

    final ConversationPolicy policy;
    final ScriptedModel model = new ScriptedModel();
    final List<Message> history = new ArrayList<>();
    final List<Reply> replies = new ArrayList<>();
    private final IntFunction<String> outputs;
    private int step;

    /** A session whose step {@code i} returns {@code outputs.apply(i)}. */
    AgentSession(ConversationPolicy policy, IntFunction<String> outputs) {
        this.policy = policy;
        this.outputs = outputs;
        history.add(Message.System.of("You are a coding agent."));
        history.add(Message.User.of("Fix the failing build."));
    }

    /** Runs {@code steps} more steps: the model calls {@code read}, the tool answers, the history grows. */
    AgentSession run(int steps) {
        for (int k = 0; k < steps; k++) {
            int i = step++;
            model.then(r -> Message.Assistant.of("Step " + i + ": reading part " + i + ".",
                    new ToolCall("call_" + i, "read", "{\"part\":" + i + "}")));
            Reply reply = policy.call(Conversation.of(history, List.of(READ)),
                    plan -> model.respond(Conversation.of(plan.messages(), plan.tools())));
            replies.add(reply);
            history.add(reply.message());
            history.add(Message.ToolResults.of(new ToolResult("call_" + i, "read", outputs.apply(i), false, true)));
        }
        return this;
    }

    /** The requests the model received, in order. */
    List<Conversation> requests() {
        return model.requests();
    }

    /** Indexes of the requests that do not extend the one before them (messages and tools). */
    List<Integer> breaks() {
        List<Conversation> r = requests();
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < r.size(); i++) {
            List<Message> a = r.get(i - 1).messages();
            List<Message> b = r.get(i).messages();
            if (!r.get(i).tools().equals(r.get(i - 1).tools()) || b.size() <= a.size() || !b.subList(0, a.size()).equals(a)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Four long lines of about 900 tokens in all: too few lines for the test engines' line compressor. */
    static String wideView(int part) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < 4; l++) {
            for (int k = 0; k < 20; k++) {
                sb.append(String.format(Locale.ROOT, "w%d_%d_%d=%d; ", part, l, k, part * 97 + l * 13 + k));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A file view of about {@code lines} * 12 tokens that no compressor shortens, distinct per part. */
    static String fileView(int part, int lines) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < lines; l++) {
            sb.append(String.format(Locale.ROOT, "%4d  int v%d_%d = compute(%d, \"k%d\") + offset%d;%n", l + 1, part, l,
                    part * 31 + l, l * 7 + part, part % 13));
        }
        return sb.toString();
    }
}

package dev.headroom.bench.replay;

import dev.headroom.bench.BenchInput;
import dev.headroom.bench.workload.Workloads;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agent sessions with large tool outputs, from the seeded workloads (same seed, same bytes): per
 * workload, the user asks its question and the agent calls one tool per output, retrieves part of the
 * first output by a query after seeing it, and answers; a second turn is answered without tools; a
 * third re-runs the first tool (the same output again) and answers. Answers end with a newline, as
 * model output often does.
 */
public final class SeededSessions {

    public static final String SOURCE = "seeded";
    static final String SYSTEM = "You are an engineering assistant with access to tools. Investigate with the tools,"
            + " cite the evidence you used, and say what you could not verify.";
    static final String QUERY_SCHEMA = "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\","
            + "\"description\":\"What to look for\"}},\"required\":[\"query\"]}";

    private SeededSessions() {}

    /** One session per seeded workload, in the workloads' order. */
    public static List<Trace> all(long seed) {
        Map<String, List<BenchInput>> byWorkload = new LinkedHashMap<>();
        for (BenchInput in : Workloads.all(seed)) {
            byWorkload.computeIfAbsent(in.workload(), k -> new ArrayList<>()).add(in);
        }
        List<Trace> out = new ArrayList<>();
        byWorkload.forEach((workload, inputs) -> out.add(session(workload, inputs)));
        return out;
    }

    static Trace session(String workload, List<BenchInput> inputs) {
        Set<String> toolNames = new LinkedHashSet<>();
        inputs.forEach(in -> toolNames.add(tool(in)));
        List<ToolDefinition> tools = new ArrayList<>();
        toolNames.forEach(t -> tools.add(new ToolDefinition(t, "Runs " + t + " with the given query and returns its raw output.",
                QUERY_SCHEMA)));

        List<Trace.Step> investigate = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            BenchInput in = inputs.get(i);
            String label = in.name().substring(in.name().indexOf('/') + 1);
            Message.Assistant call = Message.Assistant.of("Checking " + label + ".",
                    new ToolCall("call_" + (i + 1), tool(in), "{\"query\":\"" + label + "\"}"));
            investigate.add(new Trace.Step(call, List.of(in.text()), i == 1 ? "error" : null));
        }
        investigate.add(new Trace.Step(Message.Assistant.of("Here is what the " + inputs.size()
                + " sources show, with the lines and rows that support it.\n"), List.of(), null));

        BenchInput first = inputs.get(0);
        Trace.Turn followUp = new Trace.Turn("Which of these findings matter most, and why?",
                List.of(new Trace.Step(Message.Assistant.of("The error rows and the outliers matter most; the rest is routine.\n"),
                        List.of(), null)));
        Trace.Turn recheck = new Trace.Turn("Check the first source once more for anything new.", List.of(
                new Trace.Step(Message.Assistant.of("Re-running it.", new ToolCall("call_recheck", tool(first), "{\"query\":\"recheck\"}")),
                        List.of(first.text()), null),
                new Trace.Step(Message.Assistant.of("Nothing new since the first run.\n"), List.of(), null)));
        String question = first.hints().query() == null ? "What happened?" : first.hints().query();
        return new Trace("seeded/" + workload, SOURCE, SYSTEM, tools,
                List.of(new Trace.Turn(question, investigate), followUp, recheck));
    }

    private static String tool(BenchInput in) {
        return in.hints().toolName() == null ? "read" : in.hints().toolName().replaceAll("[^A-Za-z0-9_-]", "_");
    }
}

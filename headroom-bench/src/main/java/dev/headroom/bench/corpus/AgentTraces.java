package dev.headroom.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.CompressionHints;
import dev.headroom.bench.BenchInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a SWE-agent trajectory into one input per tool observation, compressed with the step's
 * thought and action as the query and the action's first word as the tool name. Reads both the
 * {@code trajectory[]} form and the {@code history[]} (chat messages) form.
 */
public final class AgentTraces {

    /** The workload name of every observation. */
    public static final String WORKLOAD = "corpus/agent-traces";

    private AgentTraces() {}

    /** The observations of {@code trace}, named {@code name#stepN}; blank observations are skipped. */
    public static List<BenchInput> observations(String name, JsonNode trace) {
        List<BenchInput> out = new ArrayList<>();
        JsonNode steps = trace.path("trajectory");
        if (steps.isArray()) {
            int i = 0;
            for (JsonNode step : steps) {
                i++;
                add(out, name + "#step" + i, text(step.path("observation")), text(step.path("thought")), text(step.path("action")));
            }
            return out;
        }
        String thought = "";
        String action = "";
        int i = 0;
        for (JsonNode m : trace.path("history")) {
            String role = m.path("role").asText("");
            if (role.equals("assistant")) {
                thought = text(m.path("thought"));
                action = text(m.path("action"));
            } else if (role.equals("tool")) {
                i++;
                add(out, name + "#step" + i, text(m.path("content")), thought, action);
            }
        }
        return out;
    }

    private static void add(List<BenchInput> out, String name, String observation, String thought, String action) {
        if (observation.isBlank()) {
            return;
        }
        String query = (thought + "\n" + action).strip();
        CompressionHints hints = CompressionHints.query(query.isEmpty() ? null : query).withToolName(toolName(action));
        out.add(BenchInput.of(WORKLOAD, name, observation, hints));
    }

    /** The tool name of an observation: the first word of the action that produced it (null for a blank action). */
    public static String toolName(String action) {
        String a = action.strip();
        if (a.isEmpty()) {
            return null;
        }
        int end = 0;
        while (end < a.length() && !Character.isWhitespace(a.charAt(end))) {
            end++;
        }
        return a.substring(0, end);
    }

    /** A message's text: a string, or the concatenated {@code text} parts of a content list. */
    private static String text(JsonNode n) {
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode part : n) {
                sb.append(part.isTextual() ? part.asText() : part.path("text").asText(""));
            }
            return sb.toString();
        }
        return "";
    }
}

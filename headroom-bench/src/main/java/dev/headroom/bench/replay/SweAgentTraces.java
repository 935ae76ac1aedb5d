package dev.headroom.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the corpus' SWE-agent trajectories as conversations to replay. Trajectories recorded with
 * function calling keep their tools, calls and call ids (tools described by the argument names their
 * calls use); the others become calls of one {@code bash} tool whose argument is the action, answered
 * by the step's observation. Each ends with a short closing answer, so its last turn ends like every
 * other. Deterministic: files in name order.
 */
public final class SweAgentTraces {

    public static final String SOURCE = "swe-agent";
    static final String CLOSING = "Submitted.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SweAgentTraces() {}

    /** Every {@code .traj} file in {@code dir}, as traces. */
    public static List<Trace> read(Path dir) throws IOException {
        List<Trace> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".traj")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.traj$", "");
                Trace t = of(name, JSON.readTree(f.toFile()));
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** One trajectory as a trace, or null when it holds no tool step. */
    static Trace of(String name, JsonNode traj) {
        JsonNode history = traj.path("history");
        boolean functionCalling = false;
        for (JsonNode m : history) {
            functionCalling |= m.has("tool_calls") && m.path("tool_calls").size() > 0;
        }
        return functionCalling ? fromHistory(name, history) : fromTrajectory(name, history, traj.path("trajectory"));
    }

    private static Trace fromTrajectory(String name, JsonNode history, JsonNode trajectory) {
        if (!trajectory.isArray() || trajectory.isEmpty()) {
            return null;
        }
        List<Trace.Step> steps = new ArrayList<>();
        int n = 0;
        for (JsonNode s : trajectory) {
            n++;
            String args = JSON.createObjectNode().put("command", text(s.path("action"))).toString();
            Message.Assistant reply = Message.Assistant.of(text(s.path("response")), new ToolCall("call_" + n, "bash", args));
            steps.add(new Trace.Step(reply, List.of(text(s.path("observation"))), null));
        }
        steps.add(new Trace.Step(Message.Assistant.of(CLOSING), List.of(), null));
        ToolDefinition bash = new ToolDefinition("bash", "Runs one command of the agent's shell interface and returns its output.",
                schema(new TreeSet<>(List.of("command"))));
        return new Trace(name, SOURCE, firstOf(history, "system"), List.of(bash),
                List.of(new Trace.Turn(firstOf(history, "user"), steps)));
    }

    private static Trace fromHistory(String name, JsonNode history) {
        Map<String, TreeSet<String>> argumentsByTool = new TreeMap<>();
        List<Trace.Step> steps = new ArrayList<>();
        List<JsonNode> messages = new ArrayList<>();
        history.forEach(messages::add);
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            if (!m.path("role").asText().equals("assistant")) {
                continue;
            }
            List<ToolCall> calls = new ArrayList<>();
            for (JsonNode c : m.path("tool_calls")) {
                String tool = c.path("function").path("name").asText();
                String args = c.path("function").path("arguments").asText("{}");
                calls.add(new ToolCall(c.path("id").asText(), tool, args));
                TreeSet<String> keys = argumentsByTool.computeIfAbsent(tool, k -> new TreeSet<>());
                try {
                    JSON.readTree(args).fieldNames().forEachRemaining(keys::add);
                } catch (IOException e) {
                    // arguments that are not JSON add no parameter names
                }
            }
            List<String> observations = new ArrayList<>();
            for (int j = i + 1; j < messages.size() && observations.size() < calls.size()
                    && messages.get(j).path("role").asText().equals("tool"); j++) {
                observations.add(text(messages.get(j).path("content")));
            }
            if (observations.size() < calls.size()) {
                break; // the trajectory ends before this call was answered
            }
            steps.add(new Trace.Step(new Message.Assistant(text(m.path("content")), calls, "", null), observations, null));
        }
        if (steps.isEmpty()) {
            return null;
        }
        steps.add(new Trace.Step(Message.Assistant.of(CLOSING), List.of(), null));
        List<ToolDefinition> tools = new ArrayList<>();
        argumentsByTool.forEach((tool, keys) -> tools.add(new ToolDefinition(tool, "The agent's " + tool + " command.", schema(keys))));
        return new Trace(name, SOURCE, firstOf(history, "system"), tools, List.of(new Trace.Turn(firstOf(history, "user"), steps)));
    }

    private static String schema(TreeSet<String> keys) {
        ObjectNode s = JSON.createObjectNode().put("type", "object");
        ObjectNode props = s.putObject("properties");
        keys.forEach(k -> props.putObject(k).put("type", "string"));
        return s.toString();
    }

    private static String firstOf(JsonNode history, String role) {
        for (JsonNode m : history) {
            if (m.path("role").asText().equals(role)) {
                return text(m.path("content"));
            }
        }
        return "";
    }

    /** A string, or the concatenated {@code text} parts of a content list. */
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

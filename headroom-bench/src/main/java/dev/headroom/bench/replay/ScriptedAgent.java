package dev.headroom.bench.replay;

import dev.headroom.ccr.Marker;
import dev.headroom.conversation.Conversation;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The model of a replay: answers each request with the trace's next reply, whatever the request
 * holds, so every arm sees the same conversation. Before a step that asks for it, it first calls
 * {@code headroom_retrieve} for the first marker in the request's last tool result, when there is one
 * and the tool is offered (without Headroom there is none, and the step goes on as recorded). Also
 * hands out the tool outputs in call order, as the application executes the calls. Not thread-safe;
 * one per run.
 */
final class ScriptedAgent {

    private final List<Trace.Step> steps = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();
    private int next;
    private int nextOutput;
    private boolean retrieved;
    private int retrieveCalls;

    ScriptedAgent(Trace trace) {
        for (Trace.Turn t : trace.turns()) {
            for (Trace.Step s : t.steps()) {
                steps.add(s);
                outputs.addAll(s.observations());
            }
        }
    }

    /** The response to {@code request}. */
    Message.Assistant respond(Conversation request) {
        if (next >= steps.size()) {
            throw new IllegalStateException("the trace has no reply left for request " + request.messages().size());
        }
        Trace.Step step = steps.get(next);
        if (step.retrieveQuery() != null && !retrieved) {
            retrieved = true;
            String handle = lastHandle(request);
            if (handle != null && offersRetrieve(request)) {
                retrieveCalls++;
                return Message.Assistant.of(null, new ToolCall("call_retrieve_" + retrieveCalls, "headroom_retrieve",
                        "{\"handle\":\"" + handle + "\",\"query\":\"" + step.retrieveQuery() + "\"}"));
            }
        }
        next++;
        retrieved = false;
        return step.reply();
    }

    /** The next tool output, as the application's tool returns it. */
    String nextOutput() {
        if (nextOutput >= outputs.size()) {
            throw new IllegalStateException("the trace has no tool output left");
        }
        return outputs.get(nextOutput++);
    }

    /** Whether every scripted reply was given. */
    boolean finished() {
        return next == steps.size() && nextOutput == outputs.size();
    }

    /** Where the script stands, for error messages. */
    String progress() {
        return "reply " + next + " of " + steps.size() + ", output " + nextOutput + " of " + outputs.size();
    }

    private static boolean offersRetrieve(Conversation request) {
        return request.tools().stream().anyMatch(ToolDefinition::isRetrieve);
    }

    private static String lastHandle(Conversation request) {
        List<Message> m = request.messages();
        for (int i = m.size() - 1; i >= 0; i--) {
            if (m.get(i) instanceof Message.ToolResults t) {
                List<Marker> markers = Marker.findAll(t.text());
                return markers.isEmpty() ? null : markers.get(0).handle();
            }
        }
        return null;
    }
}

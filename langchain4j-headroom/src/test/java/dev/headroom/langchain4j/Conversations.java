package dev.headroom.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ccr.Marker;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Assertions and helpers about conversations as the model saw them. */
final class Conversations {

    private Conversations() {}

    /** Every request starts with exactly the messages of the request before it. */
    static void assertAppendOnly(List<ChatRequest> requests) {
        for (int i = 1; i < requests.size(); i++) {
            List<ChatMessage> prev = requests.get(i - 1).messages();
            List<ChatMessage> next = requests.get(i).messages();
            assertThat(next.size()).as("request %d is longer than request %d", i, i - 1).isGreaterThan(prev.size());
            assertThat(next.subList(0, prev.size())).as("request %d starts with request %d", i, i - 1).isEqualTo(prev);
        }
    }

    /** Every tool call of every AI message is answered by a tool result before the next AI or user message. */
    static void assertEveryCallAnswered(ChatRequest request) {
        List<ChatMessage> m = request.messages();
        for (int i = 0; i < m.size(); i++) {
            if (m.get(i) instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                Set<String> answered = new HashSet<>();
                for (int j = i + 1; j < m.size() && m.get(j) instanceof ToolExecutionResultMessage t; j++) {
                    answered.add(t.id());
                }
                for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                    assertThat(answered).as("result for call %s (%s)", call.id(), call.name()).contains(call.id());
                }
            }
        }
    }

    static ToolExecutionResultMessage lastToolResult(ChatRequest request) {
        List<ChatMessage> m = request.messages();
        for (int i = m.size() - 1; i >= 0; i--) {
            if (m.get(i) instanceof ToolExecutionResultMessage t) {
                return t;
            }
        }
        throw new AssertionError("no tool result in " + m);
    }

    static String firstHandle(String text) {
        List<Marker> markers = Marker.findAll(text);
        assertThat(markers).as("markers in %s", text).isNotEmpty();
        return markers.get(0).handle();
    }

    static ToolExecutionRequest call(String id, String name, String arguments) {
        return ToolExecutionRequest.builder().id(id).name(name).arguments(arguments).build();
    }

    static ToolExecutionRequest retrieveCall(String id, String handle) {
        return call(id, "headroom_retrieve", "{\"handle\":\"" + handle + "\"}");
    }
}

package dev.headroom.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.FakeOpenAiServer.Call;
import dev.headroom.langchain4j.FakeOpenAiServer.Reply;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AiServices with real {@code @Tool}s and the real OpenAI client, against a local fake endpoint:
 * what goes over the wire, sync and streaming.
 */
class OpenAiEndToEndTest {

    static final String LOG = TestHeadroom.bigLog(300);

    interface Assistant {
        String chat(String message);
    }

    interface StreamingAssistant {
        TokenStream chat(String message);
    }

    static final class OpsTools {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Tool("Searches the service logs")
        String searchLogs(String query) {
            calls.add("searchLogs");
            return LOG;
        }

        @Tool("Returns the status of one order")
        String orderStatus(int orderId) {
            calls.add("orderStatus");
            return "{\"id\":" + orderId + ",\"status\":\"PAYMENT_FAILED\"}";
        }
    }

    FakeOpenAiServer server;
    OpsTools tools = new OpsTools();

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer()
                .then(req -> Reply.calls(null, new Call("call_1", "searchLogs", "{\"query\":\"payment\"}")))
                .then(req -> Reply.calls("Let me look at the elided lines.",
                        new Call("call_2", RetrieveTool.NAME, "{\"handle\":\"" + handle(lastContent(req)) + "\"}")))
                .then(req -> Reply.text("Order 150 failed: gateway timeout."))
                .then(req -> Reply.calls(null, new Call("call_3", "orderStatus", "{\"orderId\":150}")))
                .then(req -> Reply.text("Order 150 is PAYMENT_FAILED."));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_compress_on_the_wire_answer_retrieve_and_keep_every_request_a_prefix_of_the_next() {
        HeadroomChatModel model = HeadroomChatModel.builder()
                .delegate(OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("test").modelName("gpt-4o-mini").build())
                .headroom(TestHeadroom.lines())
                .build();
        Assistant assistant = AiServices.builder(Assistant.class).chatModel(model).tools(tools)
                .chatMemory(MessageWindowChatMemory.withMaxMessages(100)).build();

        String first = assistant.chat("Why did the payment for order 150 fail?");
        String second = assistant.chat("What is its status now?");

        assertThat(first).isEqualTo("Order 150 failed: gateway timeout.");
        assertThat(second).isEqualTo("Order 150 is PAYMENT_FAILED.");
        assertWire(server.requests());
        assertThat(model.stats().retrieveCalls()).isEqualTo(1);
    }

    @Test
    void should_stream_only_the_final_answers_and_behave_like_sync_on_the_wire() throws Exception {
        HeadroomStreamingChatModel model = HeadroomStreamingChatModel.builder()
                .delegate(OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl()).apiKey("test").modelName("gpt-4o-mini").build())
                .headroom(TestHeadroom.lines())
                .build();
        StreamingAssistant assistant = AiServices.builder(StreamingAssistant.class).streamingChatModel(model).tools(tools)
                .chatMemory(MessageWindowChatMemory.withMaxMessages(100)).build();

        List<String> partials1 = new ArrayList<>();
        String first = stream(assistant.chat("Why did the payment for order 150 fail?"), partials1);
        List<String> partials2 = new ArrayList<>();
        String second = stream(assistant.chat("What is its status now?"), partials2);

        assertThat(first).isEqualTo("Order 150 failed: gateway timeout.");
        assertThat(String.join("", partials1)).isEqualTo(first);
        assertThat(second).isEqualTo("Order 150 is PAYMENT_FAILED.");
        assertThat(String.join("", partials2)).isEqualTo(second);
        assertWire(server.requests());
        assertThat(server.requests()).allMatch(r -> r.path("stream").asBoolean());
    }

    private void assertWire(List<JsonNode> requests) {
        assertThat(server.errors()).isEmpty();
        assertThat(requests).hasSize(5);
        assertThat(tools.calls).containsExactly("searchLogs", "orderStatus");

        // request 2 carries the compressed log with a marker, and offers headroom_retrieve
        JsonNode toolMessage = last(messages(requests.get(1)));
        assertThat(toolMessage.path("role").asText()).isEqualTo("tool");
        String compressed = toolMessage.path("content").asText();
        assertThat(compressed).hasSizeLessThan(LOG.length() / 10);
        assertThat(Marker.containsMarker(compressed)).isTrue();
        assertThat(toolNames(requests.get(0))).containsExactly("searchLogs", "orderStatus");
        assertThat(toolNames(requests.get(1))).containsExactly("searchLogs", "orderStatus", RetrieveTool.NAME);

        // request 3 answers the retrieve call with the original, byte for byte
        JsonNode retrieved = last(messages(requests.get(2)));
        assertThat(retrieved.path("role").asText()).isEqualTo("tool");
        assertThat(retrieved.path("tool_call_id").asText()).isEqualTo("call_2");
        assertThat(retrieved.path("content").asText()).isEqualTo(LOG);

        // every request starts with exactly the previous one, and the retrieve tool bytes never change
        for (int i = 1; i < requests.size(); i++) {
            List<JsonNode> prev = messages(requests.get(i - 1));
            List<JsonNode> next = messages(requests.get(i));
            assertThat(next.size()).isGreaterThan(prev.size());
            for (int j = 0; j < prev.size(); j++) {
                assertThat(next.get(j)).as("request %d message %d", i + 1, j).isEqualTo(prev.get(j));
            }
        }
        for (int i = 2; i < requests.size(); i++) {
            assertThat(requests.get(i).get("tools")).isEqualTo(requests.get(1).get("tools"));
        }

        // the ordinary tool's small result went through unchanged
        JsonNode status = last(messages(requests.get(4)));
        assertThat(status.path("content").asText()).isEqualTo("{\"id\":150,\"status\":\"PAYMENT_FAILED\"}");
    }

    private static String stream(TokenStream tokens, List<String> partials) throws Exception {
        CompletableFuture<String> done = new CompletableFuture<>();
        tokens.onPartialResponse(partials::add)
                .onCompleteResponse(r -> done.complete(r.aiMessage().text()))
                .onError(done::completeExceptionally)
                .start();
        return done.get(30, TimeUnit.SECONDS);
    }

    static List<JsonNode> messages(JsonNode request) {
        return StreamSupport.stream(request.get("messages").spliterator(), false).toList();
    }

    static List<String> toolNames(JsonNode request) {
        return StreamSupport.stream(request.path("tools").spliterator(), false)
                .map(t -> t.path("function").path("name").asText())
                .toList();
    }

    static JsonNode last(List<JsonNode> messages) {
        return messages.get(messages.size() - 1);
    }

    static String lastContent(JsonNode request) {
        return last(messages(request)).path("content").asText();
    }

    static String handle(String text) {
        return Marker.findAll(text).get(0).handle();
    }
}

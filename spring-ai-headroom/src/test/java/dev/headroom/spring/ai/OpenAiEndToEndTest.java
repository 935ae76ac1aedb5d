package dev.headroom.spring.ai;

import static dev.headroom.spring.ai.FakeOpenAiServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.spring.ai.autoconfigure.HeadroomAutoConfiguration;
import dev.headroom.spring.ai.autoconfigure.HeadroomMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration;
import org.springframework.ai.model.openai.autoconfigure.OpenAiChatAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The real Spring AI OpenAI model (openai-java) against a local fake OpenAI endpoint: what goes over
 * the wire, for call and stream, under the Boot auto-configuration. Two user turns share Spring AI
 * chat memory, placed inside the tool loop so it keeps every tool round (Spring AI 2.0 then lets
 * the memory carry the loop's history); a system prompt is set because without one Spring AI's loop
 * adds an empty system message from the second tool round on.
 */
class OpenAiEndToEndTest {

    private static final String FIRST = "Why did checkout fail?";
    private static final String SECOND = "Did it fail again?";

    @Test
    void should_send_compressed_results_and_retrieve_over_the_wire_when_calling() throws Exception {
        run(client -> client.prompt(FIRST).tools(HeadroomAdvisorTest.SEARCH_LOGS).call().content(),
                client -> client.prompt(SECOND).tools(HeadroomAdvisorTest.SEARCH_LOGS).call().content());
    }

    @Test
    void should_send_compressed_results_and_retrieve_over_the_wire_when_streaming() throws Exception {
        run(client -> String.join("", client.prompt(FIRST).tools(HeadroomAdvisorTest.SEARCH_LOGS)
                        .stream().content().collectList().block()),
                client -> String.join("", client.prompt(SECOND).tools(HeadroomAdvisorTest.SEARCH_LOGS)
                        .stream().content().collectList().block()));
    }

    private void run(Function<ChatClient, String> firstTurn, Function<ChatClient, String> secondTurn) throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(ToolCallingAutoConfiguration.class,
                            OpenAiChatAutoConfiguration.class, ChatClientAutoConfiguration.class,
                            MetricsAutoConfiguration.class, HeadroomAutoConfiguration.class))
                    .withPropertyValues("spring.ai.openai.api-key=test-key", "spring.ai.openai.base-url=" + server.baseUrl(),
                            "spring.ai.openai.chat.options.model=gpt-4o-mini", "spring.ai.openai.max-retries=0")
                    .withBean(Headroom.class, TestHeadroom::headroom)
                    .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .run(ctx -> {
                        assertThat(ctx).hasNotFailed();
                        MessageChatMemoryAdvisor memory = MessageChatMemoryAdvisor
                                .builder(MessageWindowChatMemory.builder().build())
                                .order(ToolCallingAdvisor.DEFAULT_ORDER + 100)
                                .build();
                        ChatClient client = ctx.getBean(ChatClient.Builder.class)
                                .defaultSystem("You are a support agent.")
                                .defaultAdvisors(a -> a.advisors(memory).param(ChatMemory.CONVERSATION_ID, "e2e"))
                                .build();

                        assertThat(firstTurn.apply(client)).isEqualTo(FakeOpenAiServer.ANSWER);
                        assertThat(secondTurn.apply(client)).isEqualTo(FakeOpenAiServer.ANSWER);

                        List<JsonNode> requests = server.requests;
                        // turn 1: search, retrieve, answer; turn 2: search, answer
                        assertThat(requests).hasSize(5);
                        // 1: no marker yet -> retrieve not offered
                        assertThat(toolNames(requests.get(0))).containsExactly("search_logs");
                        // 2: the tool result went over the wire compressed, retrieve is offered
                        String sent = lastMessage(requests.get(1)).path("content").asText();
                        assertThat(Marker.containsMarker(sent)).isTrue();
                        assertThat(sent.length()).isLessThan(HeadroomAdvisorTest.LOG.length() / 4);
                        assertThat(toolNames(requests.get(1))).containsExactly("search_logs", RetrieveTool.NAME);
                        // 3: the retrieve answer is the original, byte for byte
                        assertThat(lastMessage(requests.get(2)).path("content").asText()).isEqualTo(HeadroomAdvisorTest.LOG);
                        // 4: the second turn resends the whole first turn, then its own question
                        assertThat(lastMessage(requests.get(3)).path("content").asText()).isEqualTo(SECOND);
                        // 5: the same tool output in the second turn is sent as the same compressed text
                        assertThat(lastMessage(requests.get(4)).path("content").asText()).isEqualTo(sent);
                        // append-only: each request's messages start with the previous request's, byte for byte
                        for (int i = 1; i < requests.size(); i++) {
                            List<String> prev = messages(requests.get(i - 1));
                            List<String> cur = messages(requests.get(i));
                            assertThat(cur).as("request %d", i).hasSizeGreaterThan(prev.size());
                            assertThat(cur.subList(0, prev.size())).as("request %d", i).isEqualTo(prev);
                        }
                        // the tool definitions, once retrieve is offered, are byte-identical on every request
                        String tools = JSON.writeValueAsString(requests.get(1).get("tools"));
                        for (int i = 2; i < requests.size(); i++) {
                            assertThat(JSON.writeValueAsString(requests.get(i).get("tools"))).as("request %d", i)
                                    .isEqualTo(tools);
                        }
                        // metrics: one distinct tool result, compressed once; resends counted apart
                        // (request 2: 1, request 4: 1, request 5: 2 -- the second turn's search returned the same text)
                        MeterRegistry registry = ctx.getBean(MeterRegistry.class);
                        assertThat(count(registry, HeadroomMetrics.CALLS)).isEqualTo(1);
                        assertThat(count(registry, HeadroomMetrics.COMPRESSIONS)).isEqualTo(1);
                        assertThat(count(registry, HeadroomMetrics.TOOL_RESULTS_RESENT)).isEqualTo(4);
                        assertThat(count(registry, HeadroomMetrics.RETRIEVALS)).isEqualTo(1);
                        assertThat(count(registry, HeadroomMetrics.TOKENS_AFTER))
                                .isLessThan(count(registry, HeadroomMetrics.TOKENS_BEFORE));
                    });
        }
    }

    private static double count(MeterRegistry registry, String name) {
        return registry.get(name).functionCounter().count();
    }

    /** Each message of the request as the JSON text it was sent as (key order included). */
    private static List<String> messages(JsonNode request) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode m : request.get("messages")) {
            out.add(JSON.writeValueAsString(m));
        }
        return out;
    }

    private static JsonNode lastMessage(JsonNode request) {
        JsonNode m = request.get("messages");
        return m.get(m.size() - 1);
    }

    private static List<String> toolNames(JsonNode request) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : request.path("tools")) {
            out.add(t.path("function").path("name").asText());
        }
        return out;
    }
}

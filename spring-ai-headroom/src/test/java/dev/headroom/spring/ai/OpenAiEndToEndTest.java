package dev.headroom.spring.ai;

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
import org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration;
import org.springframework.ai.model.openai.autoconfigure.OpenAiChatAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The real Spring AI OpenAI model (openai-java) against a local fake OpenAI endpoint: what goes over
 * the wire, for call and stream, under the Boot auto-configuration.
 */
class OpenAiEndToEndTest {

    @Test
    void should_send_compressed_results_and_retrieve_over_the_wire_when_calling() throws Exception {
        run(client -> client.prompt("Why did checkout fail?").tools(HeadroomAdvisorTest.SEARCH_LOGS).call().content());
    }

    @Test
    void should_send_compressed_results_and_retrieve_over_the_wire_when_streaming() throws Exception {
        run(client -> String.join("", client.prompt("Why did checkout fail?").tools(HeadroomAdvisorTest.SEARCH_LOGS)
                .stream().content().collectList().block()));
    }

    private void run(Function<ChatClient, String> conversation) throws Exception {
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
                        ChatClient client = ctx.getBean(ChatClient.Builder.class).build();

                        String answer = conversation.apply(client);

                        assertThat(answer).isEqualTo(FakeOpenAiServer.ANSWER);
                        List<JsonNode> requests = server.requests;
                        assertThat(requests).hasSize(3);
                        // 1: no marker yet -> retrieve not offered
                        assertThat(toolNames(requests.get(0))).containsExactly("search_logs");
                        // 2: the tool result went over the wire compressed, retrieve is offered
                        String sent = lastMessage(requests.get(1)).path("content").asText();
                        assertThat(Marker.containsMarker(sent)).isTrue();
                        assertThat(sent.length()).isLessThan(HeadroomAdvisorTest.LOG.length() / 4);
                        assertThat(toolNames(requests.get(1))).containsExactly("search_logs", RetrieveTool.NAME);
                        // 3: the retrieve answer is the original, byte for byte
                        assertThat(lastMessage(requests.get(2)).path("content").asText()).isEqualTo(HeadroomAdvisorTest.LOG);
                        // append-only: each request's messages start with the previous request's
                        for (int i = 1; i < requests.size(); i++) {
                            JsonNode prev = requests.get(i - 1).get("messages");
                            JsonNode cur = requests.get(i).get("messages");
                            for (int j = 0; j < prev.size(); j++) {
                                assertThat(cur.get(j)).as("request %d message %d", i, j).isEqualTo(prev.get(j));
                            }
                        }
                        // the tool definitions, once offered, are byte-identical
                        assertThat(requests.get(2).get("tools")).isEqualTo(requests.get(1).get("tools"));
                        MeterRegistry registry = ctx.getBean(MeterRegistry.class);
                        assertThat(registry.get(HeadroomMetrics.COMPRESSIONS).functionCounter().count()).isEqualTo(1);
                        assertThat(registry.get(HeadroomMetrics.RETRIEVALS).functionCounter().count()).isEqualTo(1);
                        assertThat(registry.get(HeadroomMetrics.TOKENS_AFTER).functionCounter().count())
                                .isLessThan(registry.get(HeadroomMetrics.TOKENS_BEFORE).functionCounter().count());
                    });
        }
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

package dev.headroom.spring.ai;

import static dev.headroom.spring.ai.FakeOpenAiServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.cost.CachePricing;
import dev.headroom.spring.ai.autoconfigure.HeadroomAutoConfiguration;
import dev.headroom.spring.ai.autoconfigure.HeadroomMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.function.FunctionToolCallback;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The context budget through the Boot auto-configuration and the real Spring AI OpenAI model against
 * a local fake endpoint: {@code headroom.context.*} reach the policy, older tool results go over the
 * wire as stubs, and every request extends the one before except where a cut was made.
 */
class ContextBudgetEndToEndTest {

    static final int STEPS = 20;
    static final String STUB_START = "Earlier output of ";

    public record Part(int part) {}

    static final ToolCallback READ_PART = FunctionToolCallback.builder("read_part", (Part p) -> view(p.part()))
            .description("Reads one part of the source tree")
            .inputType(Part.class)
            .build();

    /** About 900 tokens that no compressor shortens, distinct per part. */
    static String view(int part) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < 40; l++) {
            sb.append(String.format(Locale.ROOT, "%4d  int v%d_%d = compute(%d, k%d) + offset%d;%n", l + 1, part, l, part * 31 + l,
                    l * 7 + part, part % 13));
        }
        return sb.toString();
    }

    /** Reads parts 0, 1, ... one per round until {@link #STEPS} results are in, then answers. */
    static ObjectNode agent(JsonNode messages) {
        int results = 0;
        for (JsonNode m : messages) {
            results += "tool".equals(m.path("role").asText()) ? 1 : 0;
        }
        ObjectNode msg = JSON.createObjectNode().put("role", "assistant");
        if (results < STEPS) {
            return FakeOpenAiServer.withToolCall(msg, "call_" + results, "read_part", "{\"part\":" + results + "}");
        }
        return msg.put("content", FakeOpenAiServer.ANSWER);
    }

    @Test
    void should_apply_the_context_properties_and_cut_older_results_on_the_wire_when_calling() throws Exception {
        run(client -> client.prompt("Why does the build fail?").tools(READ_PART).call().content());
    }

    @Test
    void should_cut_the_same_way_when_streaming() throws Exception {
        run(client -> String.join("", client.prompt("Why does the build fail?").tools(READ_PART).stream().content().collectList().block()));
    }

    private void run(Function<ChatClient, String> turn) throws Exception {
        Headroom headroom = Headroom.builder().minTokens(1_000_000).build();
        try (FakeOpenAiServer server = new FakeOpenAiServer(ContextBudgetEndToEndTest::agent)) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(ToolCallingAutoConfiguration.class,
                            OpenAiChatAutoConfiguration.class, ChatClientAutoConfiguration.class,
                            MetricsAutoConfiguration.class, HeadroomAutoConfiguration.class))
                    .withPropertyValues("spring.ai.openai.api-key=test-key", "spring.ai.openai.base-url=" + server.baseUrl(),
                            "spring.ai.openai.chat.options.model=gpt-4o-mini", "spring.ai.openai.max-retries=0",
                            "headroom.context.budget=8000", "headroom.context.keep-recent=2",
                            "headroom.context.cache-pricing=openai-automatic")
                    .withBean(Headroom.class, () -> headroom)
                    .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .run(ctx -> {
                        assertThat(ctx).hasNotFailed();
                        ConversationPolicy policy = ctx.getBean(ConversationPolicy.class);
                        assertThat(policy.contextBudget()).isEqualTo(8_000);
                        assertThat(policy.keepRecentToolResults()).isEqualTo(2);
                        assertThat(policy.cachePricing()).isEqualTo(CachePricing.OPENAI_AUTOMATIC);
                        MessageChatMemoryAdvisor memory = MessageChatMemoryAdvisor
                                .builder(MessageWindowChatMemory.builder().maxMessages(1_000).build())
                                .order(ToolCallingAdvisor.DEFAULT_ORDER + 100)
                                .build();
                        ChatClient client = ctx.getBean(ChatClient.Builder.class)
                                .defaultSystem("You are a coding agent.")
                                .defaultAdvisors(a -> a.advisors(memory).param(ChatMemory.CONVERSATION_ID, "budget"))
                                .build();

                        assertThat(turn.apply(client)).isEqualTo(FakeOpenAiServer.ANSWER);

                        List<JsonNode> requests = server.requests;
                        assertThat(requests).hasSize(STEPS + 1);
                        long cuts = policy.stats().cuts();
                        assertThat(cuts).isPositive();
                        double counted = ctx.getBean(MeterRegistry.class).get(HeadroomMetrics.CUTS).functionCounter().count();
                        assertThat(counted).isEqualTo((double) cuts);

                        // the last request: the oldest results are stubs, the two most recent whole
                        List<String> results = toolContents(requests.get(STEPS));
                        assertThat(results).hasSize(STEPS);
                        assertThat(results.get(0)).startsWith(STUB_START);
                        assertThat(results.get(STEPS - 1)).isEqualTo(view(STEPS - 1));
                        assertThat(results.get(STEPS - 2)).isEqualTo(view(STEPS - 2));
                        assertThat(toolNames(requests.get(STEPS))).containsExactly("read_part", RetrieveTool.NAME);
                        String handle = Marker.findAll(results.get(0)).get(0).handle();
                        assertThat(headroom.retrieve(handle).content()).isEqualTo(view(0));

                        // every request extends the previous one byte for byte, except the ones that cut
                        int breaks = 0;
                        for (int i = 1; i < requests.size(); i++) {
                            List<String> prev = messages(requests.get(i - 1));
                            List<String> cur = messages(requests.get(i));
                            boolean extension = cur.size() > prev.size() && cur.subList(0, prev.size()).equals(prev)
                                    && requests.get(i).path("tools").equals(requests.get(i - 1).path("tools"));
                            breaks += extension ? 0 : 1;
                        }
                        assertThat(breaks).isEqualTo((int) cuts);
                    });
        }
    }

    /** The tool results of a request, as text (Spring AI sends a function's string result as a JSON string literal). */
    private static List<String> toolContents(JsonNode request) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode m : request.get("messages")) {
            if ("tool".equals(m.path("role").asText())) {
                String content = m.path("content").asText();
                out.add(content.startsWith("\"") ? JSON.readTree(content).asText() : content);
            }
        }
        return out;
    }

    private static List<String> messages(JsonNode request) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode m : request.get("messages")) {
            out.add(JSON.writeValueAsString(m));
        }
        return out;
    }

    private static List<String> toolNames(JsonNode request) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : request.path("tools")) {
            out.add(t.path("function").path("name").asText());
        }
        return out;
    }
}

package dev.headroom.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.cost.CachePricing;
import dev.headroom.langchain4j.FakeOpenAiServer.Call;
import dev.headroom.langchain4j.FakeOpenAiServer.Reply;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The context budget through both decorators, AiServices and the real OpenAI client against a local
 * fake endpoint: the builder options reach the policy, older tool results go over the wire as stubs,
 * and every request extends the one before except where a cut was made.
 */
class ContextBudgetEndToEndTest {

    static final int STEPS = 20;
    static final String STUB_START = "Earlier output of ";

    interface Assistant {
        String chat(String message);
    }

    interface StreamingAssistant {
        TokenStream chat(String message);
    }

    static final class FileTools {
        @Tool("Reads one part of the source tree")
        String readPart(int part) {
            return view(part);
        }
    }

    /** About 900 tokens that no compressor shortens, distinct per part. */
    static String view(int part) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < 40; l++) {
            sb.append(String.format(Locale.ROOT, "%4d  int v%d_%d = compute(%d, \"k%d\") + offset%d;%n", l + 1, part, l, part * 31 + l,
                    l * 7 + part, part % 13));
        }
        return sb.toString();
    }

    FakeOpenAiServer server;
    Headroom headroom = Headroom.builder().minTokens(1_000_000).build();

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
        for (int i = 0; i < STEPS; i++) {
            Call call = new Call("call_" + i, "readPart", "{\"part\":" + i + "}");
            server.then(req -> Reply.calls("Reading the next part.", call));
        }
        server.then(req -> Reply.text("The build fails in part 7."));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_pass_the_budget_options_to_the_policy_and_cut_older_results_on_the_wire() {
        HeadroomChatModel model = HeadroomChatModel.builder()
                .delegate(OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("test").modelName("gpt-4o-mini").build())
                .headroom(headroom)
                .contextBudget(8_000)
                .keepRecentToolResults(2)
                .cachePricing(CachePricing.OPENAI_AUTOMATIC)
                .build();
        Assistant assistant = AiServices.builder(Assistant.class).chatModel(model).tools(new FileTools())
                .chatMemory(MessageWindowChatMemory.withMaxMessages(1_000)).build();

        String answer = assistant.chat("Why does the build fail?");

        assertThat(answer).isEqualTo("The build fails in part 7.");
        assertThat(model.policy().contextBudget()).isEqualTo(8_000);
        assertThat(model.policy().keepRecentToolResults()).isEqualTo(2);
        assertThat(model.policy().cachePricing()).isEqualTo(CachePricing.OPENAI_AUTOMATIC);
        assertWire(model.stats().cuts());
    }

    @Test
    void should_cut_the_same_way_when_streaming() throws Exception {
        HeadroomStreamingChatModel model = HeadroomStreamingChatModel.builder()
                .delegate(OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl()).apiKey("test").modelName("gpt-4o-mini").build())
                .headroom(headroom)
                .contextBudget(8_000)
                .keepRecentToolResults(2)
                .build();
        StreamingAssistant assistant = AiServices.builder(StreamingAssistant.class).streamingChatModel(model).tools(new FileTools())
                .chatMemory(MessageWindowChatMemory.withMaxMessages(1_000)).build();

        CompletableFuture<String> done = new CompletableFuture<>();
        assistant.chat("Why does the build fail?").onPartialResponse(p -> { })
                .onCompleteResponse(r -> done.complete(r.aiMessage().text())).onError(done::completeExceptionally).start();

        assertThat(done.get(30, TimeUnit.SECONDS)).isEqualTo("The build fails in part 7.");
        assertThat(model.policy().contextBudget()).isEqualTo(8_000);
        assertThat(model.policy().keepRecentToolResults()).isEqualTo(2);
        assertWire(model.stats().cuts());
    }

    private void assertWire(long cuts) {
        assertThat(server.errors()).isEmpty();
        List<JsonNode> requests = server.requests();
        assertThat(requests).hasSize(STEPS + 1);
        assertThat(cuts).isPositive();

        // the last request: the oldest results are stubs, the two most recent are whole
        List<String> results = toolContents(requests.get(STEPS));
        assertThat(results).hasSize(STEPS);
        assertThat(results.get(0)).startsWith(STUB_START);
        assertThat(results.get(STEPS - 1)).isEqualTo(view(STEPS - 1));
        assertThat(results.get(STEPS - 2)).isEqualTo(view(STEPS - 2));
        assertThat(OpenAiEndToEndTest.toolNames(requests.get(STEPS))).containsExactly("readPart", RetrieveTool.NAME);

        // each stub's original is in the store under its handle
        String handle = Marker.findAll(results.get(0)).get(0).handle();
        assertThat(headroom.retrieve(handle).content()).isEqualTo(view(0));

        // every request extends the previous one byte for byte, except the ones that cut
        int breaks = 0;
        for (int i = 1; i < requests.size(); i++) {
            List<JsonNode> prev = OpenAiEndToEndTest.messages(requests.get(i - 1));
            List<JsonNode> next = OpenAiEndToEndTest.messages(requests.get(i));
            boolean extends_ = next.size() > prev.size() && next.subList(0, prev.size()).equals(prev)
                    && requests.get(i).path("tools").equals(requests.get(i - 1).path("tools"));
            breaks += extends_ ? 0 : 1;
        }
        assertThat(breaks).isEqualTo((int) cuts);
    }

    private static List<String> toolContents(JsonNode request) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : OpenAiEndToEndTest.messages(request)) {
            if (m.path("role").asText().equals("tool")) {
                out.add(m.path("content").asText());
            }
        }
        return out;
    }
}

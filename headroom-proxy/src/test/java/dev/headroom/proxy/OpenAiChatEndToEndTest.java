package dev.headroom.proxy;

import static dev.headroom.proxy.Fixtures.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import dev.headroom.proxy.FakeUpstream.Call;
import dev.headroom.proxy.FakeUpstream.Recorded;
import dev.headroom.proxy.FakeUpstream.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official OpenAI Java SDK's Chat Completions client, sync and streaming, pointed at the proxy. */
class OpenAiChatEndToEndTest {

    private FakeUpstream upstream;
    private HeadroomProxy proxy;
    private OpenAIClient direct;
    private OpenAIClient viaProxy;

    @BeforeEach
    void start() throws Exception {
        upstream = new FakeUpstream();
        proxy = Fixtures.proxy(upstream);
        direct = OpenAIOkHttpClient.builder().baseUrl(upstream.url() + "/v1").apiKey("sk-test").maxRetries(0).build();
        viaProxy = OpenAIOkHttpClient.builder().baseUrl(proxy.url() + "/v1").apiKey("sk-test").maxRetries(0).build();
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        upstream.close();
    }

    static ChatCompletionCreateParams.Builder request(boolean stream) {
        return ChatCompletionCreateParams.builder()
                .model("gpt-test")
                .addUserMessage(QUESTION)
                .addMessage(ChatCompletionAssistantMessageParam.builder().addToolCall(ChatCompletionMessageFunctionToolCall.builder()
                        .id("call_0").function(ChatCompletionMessageFunctionToolCall.Function.builder().name("get_orders").arguments("{\"day\":\"2024-05-01\"}").build())
                        .build()).build())
                .addMessage(ChatCompletionToolMessageParam.builder().toolCallId("call_0").content(Fixtures.orders()).build())
                .addTool(ChatCompletionFunctionTool.builder().function(FunctionDefinition.builder().name("get_orders").description("Orders of a day")
                        .parameters(FunctionParameters.builder().putAdditionalProperty("type", JsonValue.from("object"))
                                .putAdditionalProperty("properties", JsonValue.from(Map.of("day", Map.of("type", "string")))).build())
                        .build()).build());
    }

    private static Turn retrieveCall(Recorded r) {
        return Turn.calls(new Call("call_r", "headroom_retrieve", "{\"handle\":\"" + Fixtures.handle(r) + "\",\"query\":\"ORD-1042\"}"));
    }

    @Test
    void should_compress_tool_results_answer_retrieve_inside_and_forward_everything_else_byte_for_byte() throws Exception {
        // given: the client's own bytes, sent straight to the upstream once
        upstream.then(Turn.text("direct"));
        direct.chat().completions().create(request(false).build());
        Recorded original = upstream.last();
        upstream.then(OpenAiChatEndToEndTest::retrieveCall, r -> Turn.text("ORD-1042 failed: card declined"));

        // when
        ChatCompletion reply = viaProxy.chat().completions().create(request(false).build());

        // then: the client gets the final answer only
        ChatCompletionMessage message = reply.choices().get(0).message();
        assertThat(message.content()).contains("ORD-1042 failed: card declined");
        assertThat(message.toolCalls().orElse(List.of())).isEmpty();
        assertThat(upstream.requests()).hasSize(3);
        Recorded first = upstream.requests().get(1);
        Recorded second = upstream.requests().get(2);
        assertRequestIsOriginalWithCompressedResultAndRetrieveTool(original, first, "messages", "content");
        JsonNode round = Fixtures.insertedElements(first.text(), second.text());
        assertThat(round).hasSize(2);
        assertThat(round.get(0).path("tool_calls").path(0).path("function").path("name").asText()).isEqualTo("headroom_retrieve");
        assertThat(round.get(1).path("role").asText()).isEqualTo("tool");
        assertThat(round.get(1).path("content").asText()).contains("ORD-1042").contains("card declined");
        assertThat(first.header("authorization")).isEqualTo("Bearer sk-test");

        // and when: the conversation goes on with the reply the client got
        upstream.then(Turn.text("Nothing else failed."));
        viaProxy.chat().completions().create(request(false).addMessage(message).addUserMessage("Anything else?").build());

        // then: the next request extends the one the model saw last, byte for byte, hidden round included
        Recorded third = upstream.last();
        List<String> before = Fixtures.rawElements(second.body(), "messages");
        List<String> after = Fixtures.rawElements(third.body(), "messages");
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(Fixtures.rawField(third.body(), "tools")).isEqualTo(Fixtures.rawField(second.body(), "tools"));
        assertThat(proxy.policy().stats().replays()).isEqualTo(1);
    }

    /** {@code sent} is {@code original} with the tool result's text replaced by a marked, shorter one and the retrieve tool appended: nothing else. */
    static void assertRequestIsOriginalWithCompressedResultAndRetrieveTool(Recorded original, Recorded sent, String list, String... resultPath)
            throws Exception {
        String compressed = null;
        for (JsonNode m : sent.json().path(list)) {
            JsonNode v = m;
            for (String p : resultPath) {
                v = v.path(p);
            }
            if (v.isTextual() && v.asText().contains("[headroom:")) {
                compressed = v.asText();
            }
        }
        assertThat(compressed).as("a compressed tool result upstream").isNotNull();
        assertThat(compressed.length()).isLessThan(Fixtures.orders().length() / 3);
        assertThat(compressed).contains("ORD-1042", "card declined");
        String back = sent.text().replace(Fixtures.literal(compressed), Fixtures.literal(Fixtures.orders()));
        JsonNode added = Fixtures.insertedElements(original.text(), back);
        assertThat(added).hasSize(1);
        String name = added.get(0).path("name").isMissingNode() ? added.get(0).path("function").path("name").asText() : added.get(0).path("name").asText();
        assertThat(name).isEqualTo("headroom_retrieve");
    }

    @Test
    void should_hold_a_streamed_round_that_calls_retrieve_and_stream_the_final_answer() throws Exception {
        upstream.then(OpenAiChatEndToEndTest::retrieveCall, r -> Turn.text("ORD-1042 failed: card declined"));

        ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> s = viaProxy.chat().completions().createStreaming(request(true).build())) {
            s.stream().forEach(c -> {
                chunks.add(c);
                acc.accumulate(c);
            });
        }

        ChatCompletion reply = acc.chatCompletion();
        assertThat(reply.choices().get(0).message().content()).contains("ORD-1042 failed: card declined");
        assertThat(reply.choices().get(0).message().toolCalls().orElse(List.of())).isEmpty();
        assertThat(chunks.size()).isGreaterThan(2);
        assertThat(upstream.requests()).hasSize(2);
        assertThat(upstream.requests().get(1).json().path("messages").size()).isEqualTo(5);
        assertThat(upstream.requests().get(1).json().path("stream").asBoolean()).isTrue();
    }

    @Test
    void should_stream_a_round_without_retrieve_tool_through_unchanged() throws Exception {
        upstream.then(Turn.text("one two three four five six").slowly(150));
        ChatCompletionCreateParams plain = ChatCompletionCreateParams.builder().model("gpt-test").addUserMessage("Count.").build();

        long start = System.nanoTime();
        List<Long> arrivals = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> s = viaProxy.chat().completions().createStreaming(plain)) {
            s.stream().forEach(c -> {
                arrivals.add((System.nanoTime() - start) / 1_000_000);
                c.choices().forEach(ch -> ch.delta().content().ifPresent(text::append));
            });
        }

        assertThat(text.toString()).isEqualTo("one two three four five six");
        assertThat(arrivals).hasSize(5); // role, 3 text pieces, finish (the SDK reads ahead, so arrival times are PassThroughTest's)
        assertThat(upstream.last().text()).isEqualTo("{\"messages\":[{\"content\":\"Count.\",\"role\":\"user\"}],\"model\":\"gpt-test\",\"stream\":true}");
    }
}

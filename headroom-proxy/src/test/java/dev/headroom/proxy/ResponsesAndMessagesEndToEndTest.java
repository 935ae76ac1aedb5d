package dev.headroom.proxy;

import static dev.headroom.proxy.Fixtures.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlockParam;
import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.responses.EasyInputMessage;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseStreamEvent;
import dev.headroom.proxy.FakeUpstream.Call;
import dev.headroom.proxy.FakeUpstream.Recorded;
import dev.headroom.proxy.FakeUpstream.Turn;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The official OpenAI SDK's Responses client and the official Anthropic SDK's Messages client, sync and streaming, pointed at the proxy. */
class ResponsesAndMessagesEndToEndTest {

    private FakeUpstream upstream;
    private HeadroomProxy proxy;

    @BeforeEach
    void start() throws Exception {
        upstream = new FakeUpstream();
        proxy = Fixtures.proxy(upstream);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        upstream.close();
    }

    private static Turn retrieveCall(Recorded r) {
        return Turn.calls(new Call("call_r", "headroom_retrieve", "{\"handle\":\"" + Fixtures.handle(r) + "\",\"query\":\"ORD-1042\"}"));
    }

    private static ResponseCreateParams responsesRequest() {
        return ResponseCreateParams.builder().model("gpt-test").store(false)
                .inputOfResponse(List.of(
                        ResponseInputItem.ofEasyInputMessage(EasyInputMessage.builder().role(EasyInputMessage.Role.USER).content(QUESTION).build()),
                        ResponseInputItem.ofFunctionCall(ResponseFunctionToolCall.builder().callId("call_0").name("get_orders")
                                .arguments("{\"day\":\"2024-05-01\"}").build()),
                        ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder().callId("call_0").output(Fixtures.orders()).build())))
                .addTool(FunctionTool.builder().name("get_orders").description("Orders of a day").strict(false)
                        .parameters(FunctionTool.Parameters.builder().putAdditionalProperty("type", com.openai.core.JsonValue.from("object")).build())
                        .build())
                .build();
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void should_compress_function_call_outputs_and_answer_retrieve_inside_for_responses(boolean streaming) throws Exception {
        OpenAIClient direct = OpenAIOkHttpClient.builder().baseUrl(upstream.url() + "/v1").apiKey("sk-test").maxRetries(0).build();
        OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(proxy.url() + "/v1").apiKey("sk-test").maxRetries(0).build();
        upstream.then(Turn.text("direct"));
        direct.responses().create(responsesRequest());
        Recorded original = upstream.last();
        upstream.then(ResponsesAndMessagesEndToEndTest::retrieveCall, r -> Turn.text("ORD-1042 failed: card declined"));

        Response response;
        if (streaming) {
            ResponseAccumulator acc = ResponseAccumulator.create();
            try (var s = client.responses().createStreaming(responsesRequest())) {
                s.stream().forEach(acc::accumulate);
            }
            response = acc.response();
        } else {
            response = client.responses().create(responsesRequest());
        }

        assertThat(response.output()).hasSize(1);
        ResponseOutputItem item = response.output().get(0);
        assertThat(item.isMessage()).isTrue();
        assertThat(item.asMessage().content().get(0).asOutputText().text()).isEqualTo("ORD-1042 failed: card declined");
        Recorded first = upstream.requests().get(1);
        Recorded second = upstream.requests().get(2);
        if (!streaming) {
            OpenAiChatEndToEndTest.assertRequestIsOriginalWithCompressedResultAndRetrieveTool(original, first, "input", "output");
        } else {
            assertThat(first.text()).contains("[headroom:");
        }
        JsonNode round = Fixtures.insertedElements(first.text(), second.text());
        assertThat(round).hasSize(2);
        assertThat(round.get(0).path("type").asText()).isEqualTo("function_call");
        assertThat(round.get(0).path("name").asText()).isEqualTo("headroom_retrieve");
        assertThat(round.get(1).path("type").asText()).isEqualTo("function_call_output");
        assertThat(round.get(1).path("output").asText()).contains("card declined");
    }

    private static MessageCreateParams messagesRequest() {
        return MessageCreateParams.builder().model("claude-test").maxTokens(1024)
                .addUserMessage(QUESTION)
                .addAssistantMessageOfContentBlockParams(List.of(ContentBlockParam.ofToolUse(ToolUseBlockParam.builder().id("toolu_0").name("get_orders")
                        .input(ToolUseBlockParam.Input.builder().putAdditionalProperty("day", com.anthropic.core.JsonValue.from("2024-05-01")).build())
                        .build())))
                .addUserMessageOfContentBlockParams(List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder().toolUseId("toolu_0")
                        .content(Fixtures.orders()).build())))
                .addTool(Tool.builder().name("get_orders").description("Orders of a day")
                        .inputSchema(Tool.InputSchema.builder().properties(com.anthropic.core.JsonValue.from(Map.of("day", Map.of("type", "string")))).build())
                        .build())
                .build();
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void should_compress_tool_result_blocks_and_answer_retrieve_inside_for_anthropic_messages(boolean streaming) throws Exception {
        AnthropicClient direct = AnthropicOkHttpClient.builder().baseUrl(upstream.url()).apiKey("sk-ant-test").maxRetries(0).build();
        AnthropicClient client = AnthropicOkHttpClient.builder().baseUrl(proxy.url().toString()).apiKey("sk-ant-test").maxRetries(0).build();
        upstream.then(Turn.text("direct"));
        direct.messages().create(messagesRequest());
        Recorded original = upstream.last();
        upstream.then(ResponsesAndMessagesEndToEndTest::retrieveCall, r -> Turn.text("ORD-1042 failed: card declined"));

        List<ContentBlock> content;
        if (streaming) {
            MessageAccumulator acc = MessageAccumulator.create();
            try (StreamResponse<RawMessageStreamEvent> s = client.messages().createStreaming(messagesRequest())) {
                s.stream().forEach(acc::accumulate);
            }
            content = acc.message().content();
        } else {
            content = client.messages().create(messagesRequest()).content();
        }

        assertThat(content).hasSize(1);
        assertThat(content.get(0).asText().text()).isEqualTo("ORD-1042 failed: card declined");
        Recorded first = upstream.requests().get(1);
        Recorded second = upstream.requests().get(2);
        assertThat(first.header("anthropic-version")).isEqualTo(original.header("anthropic-version"));
        if (!streaming) {
            String compressed = first.json().path("messages").path(2).path("content").path(0).path("content").asText();
            assertThat(compressed).contains("[headroom:").contains("card declined");
            String back = first.text().replace(Fixtures.literal(compressed), Fixtures.literal(Fixtures.orders()));
            JsonNode added = Fixtures.insertedElements(original.text(), back);
            assertThat(added.get(0).path("name").asText()).isEqualTo("headroom_retrieve");
            assertThat(added.get(0).has("input_schema")).isTrue();
        }
        JsonNode round = Fixtures.insertedElements(first.text(), second.text());
        assertThat(round).hasSize(2);
        assertThat(round.get(0).path("role").asText()).isEqualTo("assistant");
        assertThat(round.get(0).path("content").path(0).path("name").asText()).isEqualTo("headroom_retrieve");
        assertThat(round.get(1).path("content").path(0).path("type").asText()).isEqualTo("tool_result");
        assertThat(round.get(1).path("content").path(0).path("content").asText()).contains("card declined");
    }

    @Test
    void should_hand_back_the_other_calls_of_a_mixed_round_and_replay_it_later() throws Exception {
        AnthropicClient client = AnthropicOkHttpClient.builder().baseUrl(proxy.url().toString()).apiKey("sk-ant-test").maxRetries(0).build();
        upstream.then(r -> Turn.calls(new Call("toolu_r", "headroom_retrieve", "{\"handle\":\"" + Fixtures.handle(r) + "\"}"),
                new Call("toolu_1", "get_orders", "{\"day\":\"2024-05-02\"}")));

        var message = client.messages().create(messagesRequest());

        assertThat(message.content()).hasSize(1);
        assertThat(message.content().get(0).asToolUse().name()).isEqualTo("get_orders");
        assertThat(message.stopReason().map(Object::toString)).hasValue("tool_use");

        // the client runs its tool and goes on: the request carries the hidden retrieve answer where the model saw it
        upstream.then(Turn.text("done"));
        client.messages().create(messagesRequest().toBuilder().addMessage(message)
                .addUserMessageOfContentBlockParams(List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder().toolUseId("toolu_1")
                        .content("no orders").build()))).build());
        JsonNode messages = upstream.last().json().path("messages");
        String roles = java.util.stream.StreamSupport.stream(messages.spliterator(), false).map(m -> m.path("role").asText()).collect(Collectors.joining(","));
        assertThat(roles).isEqualTo("user,assistant,user,assistant,user,user");
        assertThat(messages.path(3).path("content").size()).isEqualTo(2);
        assertThat(messages.path(4).path("content").path(0).path("tool_use_id").asText()).isEqualTo("toolu_r");
        assertThat(proxy.policy().stats().replays()).isEqualTo(1);
    }
}

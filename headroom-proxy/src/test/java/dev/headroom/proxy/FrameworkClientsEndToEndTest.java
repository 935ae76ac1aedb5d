package dev.headroom.proxy;

import static dev.headroom.proxy.Fixtures.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.proxy.FakeUpstream.Call;
import dev.headroom.proxy.FakeUpstream.Recorded;
import dev.headroom.proxy.FakeUpstream.Turn;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatOptions;

/** LangChain4j's and Spring AI's OpenAI clients, pointed at the proxy by base URL only. */
class FrameworkClientsEndToEndTest {

    private FakeUpstream upstream;
    private HeadroomProxy proxy;

    @BeforeEach
    void start() throws Exception {
        upstream = new FakeUpstream();
        proxy = Fixtures.proxy(upstream);
        upstream.then(r -> Turn.calls(new Call("call_r", "headroom_retrieve", "{\"handle\":\"" + Fixtures.handle(r) + "\"}")),
                r -> Turn.text("ORD-1042 failed: card declined"));
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        upstream.close();
    }

    @Test
    void should_serve_langchain4j_openai_chat_model() {
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(proxy.url() + "/v1").apiKey("lc4j-key").modelName("gpt-test").maxRetries(0).build();

        AiMessage reply = model.chat(ChatRequest.builder().messages(
                        dev.langchain4j.data.message.UserMessage.from(QUESTION),
                        AiMessage.from(ToolExecutionRequest.builder().id("call_0").name("get_orders").arguments("{}").build()),
                        ToolExecutionResultMessage.from("call_0", "get_orders", Fixtures.orders()))
                .toolSpecifications(ToolSpecification.builder().name("get_orders").description("Orders of a day").build())
                .build()).aiMessage();

        assertThat(reply.text()).isEqualTo("ORD-1042 failed: card declined");
        assertThat(reply.hasToolExecutionRequests()).isFalse();
        assertCompressedAndAnswered();
    }

    @Test
    void should_serve_spring_ai_openai_chat_model() {
        var model = org.springframework.ai.openai.OpenAiChatModel.builder()
                .options(OpenAiChatOptions.builder().baseUrl(proxy.url() + "/v1").apiKey("spring-key").model("gpt-test").maxRetries(0).build())
                .build();

        var reply = model.call(new Prompt(List.of(
                new org.springframework.ai.chat.messages.UserMessage(QUESTION),
                AssistantMessage.builder().toolCalls(List.of(new AssistantMessage.ToolCall("call_0", "function", "get_orders", "{}"))).build(),
                ToolResponseMessage.builder().responses(List.of(new ToolResponseMessage.ToolResponse("call_0", "get_orders", Fixtures.orders()))).build())));

        assertThat(reply.getResult().getOutput().getText()).isEqualTo("ORD-1042 failed: card declined");
        assertCompressedAndAnswered();
    }

    private void assertCompressedAndAnswered() {
        List<Recorded> requests = upstream.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).json().path("messages").path(2).path("content").asText()).contains("[headroom:").contains("card declined");
        assertThat(requests.get(0).text()).contains("\"name\":\"headroom_retrieve\"");
        assertThat(requests.get(1).json().path("messages").path(4).path("content").asText()).contains("card declined");
    }
}

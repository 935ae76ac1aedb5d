package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Conversations.assertAppendOnly;
import static dev.headroom.langchain4j.Conversations.assertEveryCallAnswered;
import static dev.headroom.langchain4j.Conversations.call;
import static dev.headroom.langchain4j.Conversations.firstHandle;
import static dev.headroom.langchain4j.Conversations.lastToolResult;
import static dev.headroom.langchain4j.Conversations.retrieveCall;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HeadroomStreamingChatModelTest {

    /** Streams each scripted message: text in pieces, then partial and complete events per tool call. */
    static final class ScriptedStreamingModel implements StreamingChatModel {
        final Deque<Function<ChatRequest, AiMessage>> script;
        final List<ChatRequest> requests = Collections.synchronizedList(new ArrayList<>());
        RuntimeException failure;

        ScriptedStreamingModel(List<Function<ChatRequest, AiMessage>> steps) {
            this.script = new ArrayDeque<>(steps);
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            requests.add(request);
            if (failure != null) {
                handler.onError(failure);
                return;
            }
            AiMessage m = script.poll().apply(request);
            if (m.text() != null) {
                for (int i = 0; i < m.text().length(); i += 3) {
                    handler.onPartialResponse(m.text().substring(i, Math.min(m.text().length(), i + 3)));
                }
            }
            for (int i = 0; i < m.toolExecutionRequests().size(); i++) {
                ToolExecutionRequest call = m.toolExecutionRequests().get(i);
                handler.onPartialToolCall(PartialToolCall.builder().index(i).id(call.id()).name(call.name())
                        .partialArguments(call.arguments()).build());
                handler.onCompleteToolCall(new CompleteToolCall(i, call));
            }
            handler.onCompleteResponse(ChatResponse.builder().aiMessage(m).build());
        }
    }

    interface Assistant {
        TokenStream chat(String message);
    }

    static final class Tools {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Tool("Searches the service logs")
        String searchLogs(String query) {
            calls.add("searchLogs");
            return TestHeadroom.bigLog(300);
        }

        @Tool("Refunds an order")
        String refund(int orderId) {
            calls.add("refund:" + orderId);
            return "refunded " + orderId;
        }
    }

    /** What the caller's handler saw. */
    static final class Recorder {
        final List<String> partials = Collections.synchronizedList(new ArrayList<>());
        final List<String> toolEvents = Collections.synchronizedList(new ArrayList<>());
        final CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        String run(TokenStream stream) throws Exception {
            stream.onPartialResponse(partials::add)
                    .onPartialToolCall(p -> toolEvents.add("partial:" + p.name()))
                    .onCompleteResponse(done::complete)
                    .onError(done::completeExceptionally)
                    .start();
            return done.get(30, TimeUnit.SECONDS).aiMessage().text();
        }
    }

    @Test
    void should_hide_retrieve_rounds_from_the_callers_handler() throws Exception {
        Tools tools = new Tools();
        ScriptedStreamingModel model = new ScriptedStreamingModel(List.of(
                req -> AiMessage.from("Searching. ", List.of(call("c1", "searchLogs", "{\"query\":\"x\"}"))),
                req -> AiMessage.from("Let me retrieve.", List.of(retrieveCall("r1", firstHandle(lastToolResult(req).text())))),
                req -> AiMessage.from("The ERROR is at order 150.")));
        HeadroomStreamingChatModel headroom = HeadroomStreamingChatModel.builder().delegate(model).headroom(TestHeadroom.lines()).build();
        Assistant assistant = AiServices.builder(Assistant.class).streamingChatModel(headroom).tools(tools)
                .chatMemory(MessageWindowChatMemory.withMaxMessages(50)).build();
        Recorder recorder = new Recorder();

        String answer = recorder.run(assistant.chat("what failed?"));

        assertThat(answer).isEqualTo("The ERROR is at order 150.");
        assertThat(String.join("", recorder.partials)).isEqualTo("Searching. The ERROR is at order 150.");
        assertThat(recorder.toolEvents).containsExactly("partial:searchLogs");
        assertThat(lastToolResult(model.requests.get(2)).text()).isEqualTo(TestHeadroom.bigLog(300));
        assertAppendOnly(model.requests);
    }

    @Test
    void should_deliver_only_application_calls_when_mixed_even_with_concurrent_tool_execution() throws Exception {
        Tools tools = new Tools();
        ScriptedStreamingModel model = new ScriptedStreamingModel(List.of(
                req -> AiMessage.from(call("c1", "searchLogs", "{\"query\":\"x\"}")),
                req -> AiMessage.from(List.of(retrieveCall("r1", firstHandle(lastToolResult(req).text())),
                        call("c2", "refund", "{\"orderId\":150}"))),
                req -> AiMessage.from("Refunded 150."),
                req -> AiMessage.from("Anything else?")));
        HeadroomStreamingChatModel headroom = HeadroomStreamingChatModel.builder().delegate(model).headroom(TestHeadroom.lines()).build();
        Assistant assistant = AiServices.builder(Assistant.class).streamingChatModel(headroom).tools(tools)
                .executeToolsConcurrently(Executors.newFixedThreadPool(2))
                .chatMemory(MessageWindowChatMemory.withMaxMessages(50)).build();
        Recorder recorder = new Recorder();

        String answer = recorder.run(assistant.chat("refund the failed order"));
        String next = new Recorder().run(assistant.chat("thanks"));

        assertThat(answer).isEqualTo("Refunded 150.");
        assertThat(next).isEqualTo("Anything else?");
        assertThat(tools.calls).containsExactly("searchLogs", "refund:150");
        assertThat(recorder.toolEvents).containsExactly("partial:searchLogs", "partial:refund");
        model.requests.forEach(Conversations::assertEveryCallAnswered);
        assertAppendOnly(model.requests);
        assertEveryCallAnswered(model.requests.get(3));
    }

    @Test
    void should_not_replay_another_conversations_retrieve_exchange() {
        // given: conversation A retrieves its own log before answering; conversation B ends with the
        // same question and gets the same answer text without any retrieve
        UserMessage question = UserMessage.from("Why did order 150 fail?");
        ScriptedStreamingModel model = new ScriptedStreamingModel(List.of(
                req -> AiMessage.from(retrieveCall("r1", firstHandle(lastToolResult(req).text()))),
                req -> AiMessage.from("Order 150 failed."),
                req -> AiMessage.from("Order 150 failed."),
                req -> AiMessage.from("ok")));
        HeadroomStreamingChatModel headroom = HeadroomStreamingChatModel.builder().delegate(model)
                .headroom(TestHeadroom.lines()).build();
        complete(headroom, List.of(UserMessage.from("show the payment logs"), AiMessage.from(call("c1", "searchLogs", "{}")),
                ToolExecutionResultMessage.from("c1", "searchLogs", TestHeadroom.bigLog(300)), AiMessage.from("Here they are."),
                question));
        AiMessage answerB = complete(headroom, List.of(question)).aiMessage();

        // when
        List<ChatMessage> conversationB = List.of(question, answerB, UserMessage.from("thanks"));
        complete(headroom, conversationB);

        // then
        assertThat(model.requests.get(3).messages()).isEqualTo(conversationB);
    }

    /** Sends one request and waits for the final response; the scripted model answers on the calling thread. */
    private static ChatResponse complete(StreamingChatModel model, List<ChatMessage> messages) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(ChatRequest.builder().messages(messages).build(), new StreamingChatResponseHandler() {
            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        return done.join();
    }

    @Test
    void should_stream_live_and_pass_the_original_when_the_engine_throws() {
        ScriptedStreamingModel model = new ScriptedStreamingModel(List.of(req -> AiMessage.from("fine")));
        HeadroomStreamingChatModel headroom = HeadroomStreamingChatModel.builder().delegate(model)
                .headroom(TestHeadroom.throwing()).build();
        List<String> partials = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        headroom.chat(ChatRequest.builder().messages(UserMessage.from("q"), AiMessage.from(call("c1", "searchLogs", "{}")),
                ToolExecutionResultMessage.from("c1", "searchLogs", TestHeadroom.bigLog(300))).build(),
                new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String partialResponse) {
                        partials.add(partialResponse + "@" + done.isDone());
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });

        assertThat(done.join().aiMessage().text()).isEqualTo("fine");
        assertThat(partials).containsExactly("fin@false", "e@false");
        assertThat(lastToolResult(model.requests.get(0)).text()).isEqualTo(TestHeadroom.bigLog(300));
        assertThat(headroom.stats().failures()).isEqualTo(1);
    }

    @Test
    void should_report_model_errors_to_the_handler() {
        ScriptedStreamingModel model = new ScriptedStreamingModel(List.of());
        model.failure = new IllegalStateException("rate limited");
        HeadroomStreamingChatModel headroom = HeadroomStreamingChatModel.wrap(model);
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        headroom.chat("hello", new StreamingChatResponseHandler() {
            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });

        assertThat(done).isCompletedExceptionally();
        assertThat(done.handle((r, e) -> e.getMessage()).join()).isEqualTo("rate limited");
        assertThat(headroom.stats().calls()).isEqualTo(1);
    }
}

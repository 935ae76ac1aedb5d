package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Conversations.assertAppendOnly;
import static dev.headroom.langchain4j.Conversations.assertEveryCallAnswered;
import static dev.headroom.langchain4j.Conversations.call;
import static dev.headroom.langchain4j.Conversations.firstHandle;
import static dev.headroom.langchain4j.Conversations.lastToolResult;
import static dev.headroom.langchain4j.Conversations.retrieveCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.ConversationStats;
import dev.headroom.conversation.RetrieveToolOffer;
import dev.headroom.conversation.TurnReport;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.mock.ChatModelMock;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HeadroomChatModelTest {

    interface Assistant {
        String chat(String message);
    }

    static final class LogTools {
        final List<String> calls = new ArrayList<>();

        @Tool("Searches the service logs")
        String searchLogs(String query) {
            calls.add("searchLogs:" + query);
            return TestHeadroom.bigLog(300);
        }

        @Tool("Refunds an order")
        String refund(int orderId) {
            calls.add("refund:" + orderId);
            return "refunded " + orderId;
        }
    }

    /** A mock model answering each request with the next scripted step. */
    static ChatModelMock scripted(List<Function<ChatRequest, AiMessage>> steps) {
        Deque<Function<ChatRequest, AiMessage>> queue = new ArrayDeque<>(steps);
        return ChatModelMock.thatResponds(req -> {
            if (queue.isEmpty()) {
                throw new AssertionError("unexpected request " + req.messages());
            }
            return queue.poll().apply(req);
        });
    }

    static ToolExecutionResultMessage toolResult(String id, String name, String text) {
        return ToolExecutionResultMessage.from(id, name, text);
    }

    @Test
    void should_compress_large_tool_result_and_leave_small_ones_and_other_messages_untouched() {
        ChatModelMock mock = ChatModelMock.thatAlwaysResponds("done");
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines()).build();
        String big = TestHeadroom.bigLog(300);
        List<ChatMessage> messages = List.of(
                SystemMessage.from("You are an SRE. " + Marker.class.getSimpleName()),
                UserMessage.from("why did payments fail?"),
                AiMessage.from(call("c1", "searchLogs", "{}"), call("c2", "refund", "{}")),
                toolResult("c1", "searchLogs", big),
                toolResult("c2", "refund", "refunded 7"));

        model.chat(messages);

        List<ChatMessage> sent = mock.request().messages();
        assertThat(sent.subList(0, 3)).isEqualTo(messages.subList(0, 3));
        ToolExecutionResultMessage compressed = (ToolExecutionResultMessage) sent.get(3);
        assertThat(compressed.id()).isEqualTo("c1");
        assertThat(compressed.toolName()).isEqualTo("searchLogs");
        assertThat(compressed.text()).hasSizeLessThan(big.length()).contains("retrieve handle=");
        assertThat(sent.get(4)).isEqualTo(messages.get(4));
        assertThat(model.headroom().retrieve(firstHandle(compressed.text())).content()).isEqualTo(big);
    }

    @Test
    void should_send_byte_identical_text_when_the_same_tool_result_is_resent_with_another_question() {
        ChatModelMock mock = ChatModelMock.thatAlwaysResponds("done");
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines()).build();
        String big = TestHeadroom.bigLog(300);
        List<ChatMessage> turn1 = List.of(UserMessage.from("q1"), AiMessage.from(call("c1", "searchLogs", "{}")),
                toolResult("c1", "searchLogs", big));
        List<ChatMessage> turn2 = new ArrayList<>(List.of(UserMessage.from("q1"), AiMessage.from(call("c1", "searchLogs", "{}")),
                toolResult("c1", "searchLogs", new String(big.toCharArray())))); // fresh instances, as from a persistent memory
        turn2.add(AiMessage.from("answer"));
        turn2.add(UserMessage.from("a different question about order 150"));

        model.chat(turn1);
        model.chat(turn2);

        String first = lastToolResult(mock.requests().get(0)).text();
        String second = lastToolResult(mock.requests().get(1)).text();
        assertThat(second).isEqualTo(first).isNotEqualTo(big);
    }

    @Test
    void should_offer_retrieve_only_after_a_marker_and_reuse_the_same_spec_merged_with_all_tools() {
        ToolSpecification appTool = ToolSpecification.builder().name("searchLogs").description("search").build();
        ToolSpecification defaultTool = ToolSpecification.builder().name("clock").description("time").build();
        ChatModelMock mock = new ChatModelMock(req -> AiMessage.from("ok")) {
            @Override
            public ChatRequestParameters defaultRequestParameters() {
                return ChatRequestParameters.builder().toolSpecifications(defaultTool).build();
            }
        };
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines()).build();
        List<ChatMessage> small = List.of(UserMessage.from("q"), AiMessage.from(call("c1", "searchLogs", "{}")),
                toolResult("c1", "searchLogs", "two lines\nonly"));
        List<ChatMessage> big = List.of(UserMessage.from("q"), AiMessage.from(call("c1", "searchLogs", "{}")),
                toolResult("c1", "searchLogs", TestHeadroom.bigLog(300)));

        model.chat(ChatRequest.builder().messages(small).toolSpecifications(appTool).build());
        model.chat(ChatRequest.builder().messages(big).toolSpecifications(appTool).build());
        model.chat(ChatRequest.builder().messages(big).build());
        model.chat(ChatRequest.builder().messages(big).toolSpecifications(appTool).build());

        List<ChatRequest> r = mock.requests();
        assertThat(r.get(0).toolSpecifications()).containsExactly(appTool);
        assertThat(r.get(1).toolSpecifications()).containsExactly(appTool, RetrieveToolSpec.SPEC);
        assertThat(r.get(2).toolSpecifications()).containsExactly(defaultTool, RetrieveToolSpec.SPEC);
        assertThat(r.get(3).toolSpecifications().get(1)).isSameAs(r.get(1).toolSpecifications().get(1));
        assertThat(RetrieveToolSpec.SPEC.name()).isEqualTo(RetrieveTool.NAME);
        assertThat(RetrieveToolSpec.SPEC.parameters().required()).containsExactly(RetrieveTool.HANDLE_PARAM);
    }

    @Test
    void should_offer_the_same_tools_on_every_request_from_the_first_when_so_configured() {
        // given: a conversation whose first requests carry no marker, then a large result
        ToolSpecification appTool = ToolSpecification.builder().name("searchLogs").description("search").build();
        ChatModelMock mock = ChatModelMock.thatAlwaysResponds("ok");
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines())
                .retrieveToolOffer(RetrieveToolOffer.FROM_FIRST_REQUEST).build();
        List<ChatMessage> history = new ArrayList<>(List.of(UserMessage.from("q")));

        // when
        model.chat(ChatRequest.builder().messages(history).toolSpecifications(appTool).build());
        history.add(AiMessage.from(call("c1", "searchLogs", "{}")));
        history.add(toolResult("c1", "searchLogs", "two lines\nonly"));
        model.chat(ChatRequest.builder().messages(history).toolSpecifications(appTool).build());
        history.add(AiMessage.from(call("c2", "searchLogs", "{}")));
        history.add(toolResult("c2", "searchLogs", TestHeadroom.bigLog(300)));
        model.chat(ChatRequest.builder().messages(history).toolSpecifications(appTool).build());

        // then
        for (ChatRequest r : mock.requests()) {
            assertThat(r.toolSpecifications()).containsExactly(appTool, RetrieveToolSpec.SPEC);
        }
        assertAppendOnly(mock.requests());
    }

    @Test
    void should_answer_retrieve_itself_and_return_the_final_answer_when_used_with_ai_services() {
        LogTools tools = new LogTools();
        ChatModelMock mock = scripted(List.of(
                req -> AiMessage.from(call("c1", "searchLogs", "{\"query\":\"payment\"}")),
                req -> AiMessage.from(retrieveCall("r1", firstHandle(lastToolResult(req).text()))),
                req -> AiMessage.from("order 150 failed: " + lastToolResult(req).text().contains("ERROR payment gateway timeout order=150")),
                req -> AiMessage.from("second answer")));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines()).build();
        MessageWindowChatMemory memory = MessageWindowChatMemory.withMaxMessages(100);
        Assistant assistant = AiServices.builder(Assistant.class).chatModel(model).tools(tools).chatMemory(memory).build();

        String answer = assistant.chat("why did the payment fail?");
        String second = assistant.chat("and now?");

        assertThat(answer).isEqualTo("order 150 failed: true");
        assertThat(second).isEqualTo("second answer");
        assertThat(tools.calls).containsExactly("searchLogs:payment");
        List<ChatRequest> requests = mock.requests();
        assertThat(requests).hasSize(4);
        ToolExecutionResultMessage retrieved = lastToolResult(requests.get(2));
        assertThat(retrieved.toolName()).isEqualTo(RetrieveTool.NAME);
        assertThat(retrieved.text()).isEqualTo(TestHeadroom.bigLog(300));
        assertAppendOnly(requests);
        requests.forEach(Conversations::assertEveryCallAnswered);
        assertThat(memory.messages()).noneMatch(m -> m instanceof ToolExecutionResultMessage t && t.toolName().equals(RetrieveTool.NAME));
        assertThat(model.stats().retrieveCalls()).isEqualTo(1);
        assertThat(model.stats().modelCalls()).isEqualTo(4);
        long original = model.headroom().tokenCounter().count(TestHeadroom.bigLog(300));
        assertThat(model.stats().retrievedTokens()).as("answered once, replayed once").isEqualTo(2 * original);
    }

    @Test
    void should_not_replay_another_conversations_retrieve_exchange() {
        // given: conversation A retrieves its own log before answering; conversation B ends with the
        // same question and gets the same answer text without any retrieve
        UserMessage question = UserMessage.from("Why did order 150 fail?");
        ChatModelMock mock = scripted(List.of(
                req -> AiMessage.from(retrieveCall("r1", firstHandle(lastToolResult(req).text()))),
                req -> AiMessage.from("Order 150 failed."),
                req -> AiMessage.from("Order 150 failed."),
                req -> AiMessage.from("ok")));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines()).build();
        List<ChatMessage> conversationA = List.of(UserMessage.from("show the payment logs"),
                AiMessage.from(call("c1", "searchLogs", "{}")), toolResult("c1", "searchLogs", TestHeadroom.bigLog(300)),
                AiMessage.from("Here they are."), question);
        model.chat(conversationA);
        model.chat(List.of(question));

        // when: B continues (its answer as an equal copy, as from a persistent chat memory)
        List<ChatMessage> conversationB = List.of(question, AiMessage.from("Order 150 failed."), UserMessage.from("thanks"));
        model.chat(conversationB);

        // then: B's request is B's history, without A's retrieve call or the log it returned
        ChatRequest fourth = mock.requests().get(3);
        assertThat(fourth.messages()).isEqualTo(conversationB);
        assertThat(fourth.messages()).noneMatch(m -> m instanceof ToolExecutionResultMessage);
    }

    @Test
    void should_replay_a_retrieve_exchange_only_into_the_conversation_whose_answer_it_produced() {
        // given: two conversations with the same history; A's model retrieves before answering, B's
        // model gives the same answer text directly
        List<ChatMessage> history = List.of(UserMessage.from("why did the payment fail?"),
                AiMessage.from(call("c1", "searchLogs", "{}")), toolResult("c1", "searchLogs", TestHeadroom.bigLog(300)));
        ChatModelMock mock = scripted(List.of(
                req -> AiMessage.from(retrieveCall("r1", firstHandle(lastToolResult(req).text()))),
                req -> AiMessage.from("Order 150 failed."),
                req -> AiMessage.from("Order 150 failed."),
                req -> AiMessage.from("ok"),
                req -> AiMessage.from("ok")));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines()).build();
        AiMessage answerA = model.chat(history).aiMessage();
        AiMessage answerB = model.chat(history).aiMessage();

        // when: each continues with the answer it got (as an in-memory chat memory holds it)
        model.chat(append(history, answerB, UserMessage.from("thanks")));
        model.chat(append(history, answerA, UserMessage.from("thanks")));

        // then: B's request carries no retrieve exchange; A's replays exactly what its model saw
        List<ChatRequest> r = mock.requests();
        assertThat(r.get(3).messages()).noneMatch(m -> m instanceof ToolExecutionResultMessage t
                && t.toolName().equals(RetrieveTool.NAME));
        assertThat(r.get(3).messages().subList(0, r.get(2).messages().size())).isEqualTo(r.get(2).messages());
        assertAppendOnly(List.of(r.get(0), r.get(1), r.get(4)));
        assertEveryCallAnswered(r.get(4));
    }

    @Test
    void should_replay_the_retrieve_exchange_when_the_history_comes_back_as_equal_copies() {
        // given
        String big = TestHeadroom.bigLog(300);
        ChatModelMock mock = scripted(List.of(
                req -> AiMessage.from(retrieveCall("r1", firstHandle(lastToolResult(req).text()))),
                req -> AiMessage.from("Order 150 failed."),
                req -> AiMessage.from("ok")));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines()).build();
        model.chat(List.of(UserMessage.from("why?"), AiMessage.from(call("c1", "searchLogs", "{}")),
                toolResult("c1", "searchLogs", big)));

        // when: every message is a new, equal object, as from a persistent chat memory
        model.chat(List.of(UserMessage.from("why?"), AiMessage.from(call("c1", "searchLogs", "{}")),
                toolResult("c1", "searchLogs", new String(big.toCharArray())), AiMessage.from("Order 150 failed."),
                UserMessage.from("thanks")));

        // then
        assertAppendOnly(mock.requests());
        assertEveryCallAnswered(mock.requests().get(2));
    }

    private static List<ChatMessage> append(List<ChatMessage> history, ChatMessage... more) {
        List<ChatMessage> all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void should_strip_retrieve_calls_from_a_mixed_response_and_replay_them_so_every_call_is_answered() {
        LogTools tools = new LogTools();
        ChatModelMock mock = scripted(List.of(
                req -> AiMessage.from(call("c1", "searchLogs", "{\"query\":\"payment\"}")),
                req -> AiMessage.from("Refunding and checking.", List.of(
                        retrieveCall("r1", firstHandle(lastToolResult(req).text())),
                        call("c2", "refund", "{\"orderId\":150}"))),
                req -> AiMessage.from("refunded order 150")));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines()).build();
        Assistant assistant = AiServices.builder(Assistant.class).chatModel(model).tools(tools)
                .chatMemory(MessageWindowChatMemory.withMaxMessages(100)).build();

        String answer = assistant.chat("refund the failed order");

        assertThat(answer).isEqualTo("refunded order 150");
        assertThat(tools.calls).containsExactly("searchLogs:payment", "refund:150");
        ChatRequest last = mock.requests().get(2);
        assertEveryCallAnswered(last);
        List<ChatMessage> tail = last.messages().subList(last.messages().size() - 3, last.messages().size());
        AiMessage mixed = (AiMessage) tail.get(0);
        assertThat(mixed.toolExecutionRequests()).extracting(r -> r.name()).containsExactly(RetrieveTool.NAME, "refund");
        assertThat(((ToolExecutionResultMessage) tail.get(1)).text()).isEqualTo(TestHeadroom.bigLog(300));
        assertThat(((ToolExecutionResultMessage) tail.get(2)).text()).isEqualTo("refunded 150");
        assertAppendOnly(mock.requests());
    }

    @Test
    void should_stop_after_max_retrieve_rounds_and_a_last_round_and_return_the_message_without_retrieve_calls() {
        // given: a model that never stops retrieving
        String big = TestHeadroom.bigLog(300);
        ChatModelMock mock = ChatModelMock.thatResponds(req -> {
            String handle = firstHandle(((ToolExecutionResultMessage) req.messages().get(2)).text());
            return AiMessage.from("still looking", List.of(retrieveCall("r" + req.messages().size(), handle)));
        });
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines())
                .maxRetrieveRounds(2).build();

        // when
        ChatResponse response = model.chat(List.of(UserMessage.from("q"), AiMessage.from(call("c1", "searchLogs", "{}")),
                toolResult("c1", "searchLogs", big)));

        // then: two rounds with the original, one with the limit message, then the calls are removed
        assertThat(mock.requests()).hasSize(4);
        assertThat(lastToolResult(mock.requests().get(2)).text()).isEqualTo(big);
        assertThat(lastToolResult(mock.requests().get(3)).text()).isEqualTo(ConversationPolicy.LIMIT_MESSAGE);
        assertThat(response.aiMessage().text()).isEqualTo("still looking");
        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(model.stats().retrieveCalls()).isEqualTo(4);
        assertAppendOnly(mock.requests());
    }

    @Test
    void should_never_compress_the_retrieve_tools_own_output() {
        String big = TestHeadroom.bigLog(300);
        ChatModelMock mock = ChatModelMock.thatAlwaysResponds("ok");
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines()).build();

        model.chat(List.of(UserMessage.from("q"), AiMessage.from(call("r1", RetrieveTool.NAME, "{}")),
                toolResult("r1", RetrieveTool.NAME, big)));

        assertThat(lastToolResult(mock.request()).text()).isEqualTo(big);
    }

    @Test
    void should_fail_open_when_the_engine_throws() {
        String big = TestHeadroom.bigLog(300);
        ChatModelMock mock = ChatModelMock.thatAlwaysResponds("ok");
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.throwing()).build();

        ChatResponse response = model.chat(List.of(UserMessage.from("q"), AiMessage.from(call("c1", "searchLogs", "{}")),
                toolResult("c1", "searchLogs", big)));

        assertThat(response.aiMessage().text()).isEqualTo("ok");
        assertThat(lastToolResult(mock.request()).text()).isEqualTo(big);
        assertThat(mock.request().toolSpecifications()).isEmpty();
        assertThat(model.stats().failures()).isEqualTo(1);
    }

    @Test
    void should_propagate_model_errors_unchanged() {
        HeadroomChatModel model = HeadroomChatModel.wrap(ChatModelMock.thatAlwaysThrowsExceptionWithMessage("boom"));

        assertThatThrownBy(() -> model.chat("hi")).hasMessageContaining("boom");
        assertThat(model.stats().calls()).isEqualTo(1);
    }

    @Test
    void should_report_tokens_before_and_after_per_call_and_running_totals() {
        List<TurnReport> reports = new ArrayList<>();
        List<ConversationStats> totals = new ArrayList<>();
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(ChatModelMock.thatAlwaysResponds("ok"))
                .headroom(TestHeadroom.lines())
                .listener((r, t) -> {
                    reports.add(r);
                    totals.add(t);
                })
                .build();
        List<ChatMessage> messages = List.of(UserMessage.from("q"), AiMessage.from(call("c1", "searchLogs", "{}")),
                toolResult("c1", "searchLogs", TestHeadroom.bigLog(300)));

        model.chat(messages);
        model.chat(messages);

        TurnReport first = reports.get(0);
        assertThat(first.toolResults()).isEqualTo(1);
        assertThat(first.compressedToolResults()).isEqualTo(1);
        assertThat(first.tokensBefore()).isEqualTo(model.headroom().tokenCounter().count(TestHeadroom.bigLog(300)));
        assertThat(first.tokensAfter()).isPositive().isLessThan(first.tokensBefore() / 10);
        assertThat(first.retrieveOffered()).isTrue();
        assertThat(reports.get(1)).isEqualTo(first);
        assertThat(totals.get(1).tokensBefore()).isEqualTo(2 * first.tokensBefore());
        assertThat(model.stats()).isEqualTo(totals.get(1));
        assertThat(model.stats().calls()).isEqualTo(2);
        assertThat(model.stats().savings()).isGreaterThan(0.9);
    }

    @Test
    void should_report_small_tool_results_resent_as_new_objects_exactly_as_the_first_time() {
        // given
        List<TurnReport> reports = new ArrayList<>();
        ChatModelMock mock = ChatModelMock.thatAlwaysResponds("ok");
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines())
                .listener((r, t) -> reports.add(r)).build();
        String small = "{\"id\":150,\"status\":\"SHIPPED\"}";

        // when: the same small result twice, as new, equal objects (a persistent chat memory)
        for (int i = 0; i < 2; i++) {
            model.chat(List.of(UserMessage.from("status?"), AiMessage.from(call("c1", "orderStatus", "{}")),
                    toolResult("c1", "orderStatus", new String(small.toCharArray()))));
        }

        // then
        assertThat(reports.get(0).toolResults()).isEqualTo(1);
        assertThat(reports.get(0).tokensBefore()).isEqualTo(model.headroom().tokenCounter().count(small));
        assertThat(reports.get(1)).isEqualTo(reports.get(0));
        assertThat(lastToolResult(mock.requests().get(1)).text()).isEqualTo(small);
        assertThat(mock.requests().get(1).toolSpecifications()).isEmpty();
    }

    @Test
    void should_answer_a_retrieve_call_even_when_the_tool_was_not_offered() {
        ChatModelMock mock = scripted(List.of(
                req -> AiMessage.from(retrieveCall("r1", "0123456789abcdef")),
                req -> AiMessage.from("gave up: " + lastToolResult(req).text().contains("0123456789abcdef"))));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(mock).headroom(TestHeadroom.lines()).build();

        ChatResponse response = model.chat(List.of(UserMessage.from("hi")));

        assertThat(response.aiMessage().text()).isEqualTo("gave up: true");
        assertThat(mock.requests().get(0).toolSpecifications()).isEmpty();
        assertEveryCallAnswered(mock.requests().get(1));
    }

    @Test
    void should_ignore_a_failing_listener() {
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(ChatModelMock.thatAlwaysResponds("ok"))
                .headroom(TestHeadroom.lines())
                .listener((r, t) -> {
                    throw new IllegalStateException("listener bug");
                })
                .build();

        String answer = model.chat("hi");

        assertThat(answer).isEqualTo("ok");
        assertThat(model.stats().calls()).isEqualTo(1);
    }

    @Test
    void should_forward_every_model_default() {
        ChatModel delegate = new ChatModelMock(req -> AiMessage.from("x")) {
            @Override
            public ModelProvider provider() {
                return ModelProvider.OPEN_AI;
            }
        };
        HeadroomChatModel model = HeadroomChatModel.wrap(delegate);

        assertThat(model.provider()).isEqualTo(ModelProvider.OPEN_AI);
        assertThat(model.defaultRequestParameters()).isSameAs(delegate.defaultRequestParameters());
        assertThat(model.listeners()).isEqualTo(delegate.listeners());
        assertThat(model.supportedCapabilities()).isEqualTo(delegate.supportedCapabilities());
        assertThat(model.delegate()).isSameAs(delegate);
    }

    @Test
    void should_reject_invalid_options() {
        assertThatThrownBy(() -> HeadroomChatModel.builder().build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HeadroomChatModel.builder().delegate(ChatModelMock.thatAlwaysResponds("x"))
                .maxRetrieveRounds(-1).build()).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.headroom.spring.ai;

import static dev.headroom.spring.ai.ScriptedChatModel.text;
import static dev.headroom.spring.ai.ScriptedChatModel.toolCall;
import static dev.headroom.spring.ai.ScriptedChatModel.toolNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.HeadroomStats;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.RetrieveToolOffer;
import dev.headroom.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.api.CallAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.function.FunctionToolCallback;

public class HeadroomAdvisorTest {

    public record LogQuery(String service) {}

    public static final String LOG = TestHeadroom.log(120);

    public static final ToolCallback SEARCH_LOGS = FunctionToolCallback.builder("search_logs", (LogQuery q) -> LOG)
            .description("Search the service logs")
            .inputType(LogQuery.class)
            .build();

    /** search, then retrieve the first marker's handle (up to {@code retrieves} times), then answer. */
    public static ScriptedChatModel agent(int retrieves) {
        return ScriptedChatModel.thatResponds(p -> {
            List<Message> m = p.getInstructions();
            Message last = m.get(m.size() - 1);
            if (!(last instanceof ToolResponseMessage trm)) {
                return toolCall("call_1", "search_logs", "{\"service\":\"checkout\"}");
            }
            long retrievesSoFar = m.stream().filter(x -> x instanceof ToolResponseMessage t
                    && t.getResponses().get(0).name().equals(RetrieveTool.NAME)).count();
            String handle = firstHandle(m);
            if (handle != null && retrievesSoFar < retrieves && toolNames(p).contains(RetrieveTool.NAME)) {
                return toolCall("call_r" + retrievesSoFar, RetrieveTool.NAME, "{\"handle\":\"" + handle + "\"}");
            }
            return text("The payment for order 4711 was declined.");
        });
    }

    public static String firstHandle(List<Message> messages) {
        for (Message x : messages) {
            if (x instanceof ToolResponseMessage t) {
                for (ToolResponseMessage.ToolResponse r : t.getResponses()) {
                    List<Marker> found = Marker.findAll(r.responseData());
                    if (!found.isEmpty()) {
                        return found.get(0).handle();
                    }
                }
            }
        }
        return null;
    }

    public static ToolResponseMessage.ToolResponse lastToolResponse(Prompt p) {
        List<Message> m = p.getInstructions();
        return ((ToolResponseMessage) m.get(m.size() - 1)).getResponses().get(0);
    }

    static ChatClient client(ScriptedChatModel model, HeadroomAdvisor advisor) {
        return ChatClient.builder(model)
                .defaultAdvisors(advisor)
                .defaultTools(SEARCH_LOGS, advisor.retrieveToolCallback())
                .build();
    }

    @Test
    void should_order_inside_the_tool_loop_by_default() {
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).build();

        assertThat(advisor.getOrder()).isGreaterThan(ToolCallingAdvisor.DEFAULT_ORDER);
        assertThat(advisor.getOrder()).isEqualTo(HeadroomAdvisor.DEFAULT_ORDER);
    }

    @Test
    void should_send_compressed_json_string_literal_when_tool_returns_large_string() {
        // given
        ScriptedChatModel model = agent(0);
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).build();

        // when
        String answer = client(model, advisor).prompt("Why did checkout fail?").call().content();

        // then
        assertThat(answer).contains("declined");
        assertThat(model.prompts).hasSize(2);
        String sent = lastToolResponse(model.prompts.get(1)).responseData();
        assertThat(sent).startsWith("\"").endsWith("\"");
        assertThat(ToolResultText.unwrapStringLiteral(sent)).contains("[headroom: ").contains("lines elided");
        assertThat(sent.length()).isLessThan(LOG.length() / 4);
    }

    @Test
    void should_offer_retrieve_only_after_a_marker_was_emitted() {
        ScriptedChatModel model = agent(0);
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).build();

        client(model, advisor).prompt("Why did checkout fail?").call().content();

        assertThat(toolNames(model.prompts.get(0))).containsExactly("search_logs");
        assertThat(toolNames(model.prompts.get(1))).containsExactly("search_logs", RetrieveTool.NAME);
    }

    @Test
    void should_offer_the_same_tools_on_every_request_from_the_first_when_so_configured() {
        ScriptedChatModel model = agent(1);
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom())
                .retrieveToolOffer(RetrieveToolOffer.FROM_FIRST_REQUEST).build();

        client(model, advisor).prompt("Why did checkout fail?").call().content();

        assertThat(model.prompts).hasSize(3);
        for (Prompt p : model.prompts) {
            assertThat(toolNames(p)).containsExactly("search_logs", RetrieveTool.NAME);
        }
    }

    @Test
    void should_answer_retrieve_with_the_original_when_model_calls_it() {
        // given
        ScriptedChatModel model = agent(1);
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).build();

        // when
        String answer = client(model, advisor).prompt("Why did checkout fail?").call().content();

        // then
        assertThat(answer).contains("declined");
        assertThat(model.prompts).hasSize(3);
        ToolResponseMessage.ToolResponse retrieved = lastToolResponse(model.prompts.get(2));
        assertThat(retrieved.name()).isEqualTo(RetrieveTool.NAME);
        assertThat(retrieved.responseData()).isEqualTo(LOG);
    }

    @Test
    void should_keep_history_append_only_when_tool_loop_resends_it() {
        ScriptedChatModel model = agent(1);
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).build();

        client(model, advisor).prompt("Why did checkout fail?").call().content();

        for (int i = 1; i < model.prompts.size(); i++) {
            List<Message> previous = model.prompts.get(i - 1).getInstructions();
            List<Message> current = model.prompts.get(i).getInstructions();
            assertThat(current.subList(0, previous.size())).isEqualTo(previous);
        }
    }

    @Test
    void should_compress_every_round_when_streaming() {
        ScriptedChatModel model = agent(1);
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).build();

        List<String> chunks = client(model, advisor).prompt("Why did checkout fail?").stream().content().collectList().block();

        assertThat(String.join("", chunks)).contains("declined");
        assertThat(model.prompts).hasSize(3);
        assertThat(Marker.containsMarker(lastToolResponse(model.prompts.get(1)).responseData())).isTrue();
        assertThat(lastToolResponse(model.prompts.get(2)).responseData()).isEqualTo(LOG);
        assertThat(toolNames(model.prompts.get(2))).contains(RetrieveTool.NAME);
    }

    /** search; then retrieve until the tool answers with the limit message; then answer. */
    static ScriptedChatModel stubbornAgent() {
        return ScriptedChatModel.thatResponds(p -> {
            List<Message> m = p.getInstructions();
            if (!(m.get(m.size() - 1) instanceof ToolResponseMessage trm)) {
                return toolCall("call_s" + m.size(), "search_logs", "{\"service\":\"checkout\"}");
            }
            if (trm.getResponses().get(0).responseData().equals(HeadroomAdvisor.LIMIT_MESSAGE)) {
                return text("The payment for order 4711 was declined.");
            }
            return toolCall("call_r" + m.size(), RetrieveTool.NAME, "{\"handle\":\"" + firstHandle(m) + "\"}");
        });
    }

    @Test
    void should_keep_offering_retrieve_and_answer_with_limit_when_rounds_exceed_maximum() {
        // given: a model that retrieves until told to stop
        ScriptedChatModel model = stubbornAgent();
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).maxRetrieveRounds(1).build();

        // when
        client(model, advisor).prompt("Why did checkout fail?").call().content();

        // then: round 1 answered with the original, round 2 with the limit message; the tool stays offered
        assertThat(model.prompts).hasSize(4);
        assertThat(lastToolResponse(model.prompts.get(2)).responseData()).isEqualTo(LOG);
        assertThat(lastToolResponse(model.prompts.get(3)).responseData()).isEqualTo(HeadroomAdvisor.LIMIT_MESSAGE);
        for (int i = 1; i < model.prompts.size(); i++) {
            assertThat(toolNames(model.prompts.get(i))).as("request %d", i).containsExactly("search_logs", RetrieveTool.NAME);
        }
    }

    @Test
    void should_send_the_same_tools_on_every_request_after_the_first_marker_past_the_limit_and_on_the_next_turn() {
        // given: chat memory inside the tool loop, so the next turn resends the whole first turn (with a
        // system prompt: without one, Spring AI 2.0's loop adds an empty one from the second round on)
        ScriptedChatModel model = stubbornAgent();
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).maxRetrieveRounds(1).build();
        MessageChatMemoryAdvisor memory = MessageChatMemoryAdvisor.builder(MessageWindowChatMemory.builder().build())
                .order(ToolCallingAdvisor.DEFAULT_ORDER + 100).build();
        ChatClient client = ChatClient.builder(model)
                .defaultSystem("You are a support agent.")
                .defaultAdvisors(a -> a.advisors(memory, advisor).param(ChatMemory.CONVERSATION_ID, "c1"))
                .defaultTools(SEARCH_LOGS, advisor.retrieveToolCallback())
                .build();

        // when: two user turns, each going past the retrieve limit
        client.prompt("Why did checkout fail?").call().content();
        client.prompt("Which orders were slow?").call().content();

        // then: no retrieve before the first marker; afterwards the very same tools on every request
        assertThat(model.prompts).hasSize(8);
        assertThat(toolNames(model.prompts.get(0))).containsExactly("search_logs");
        List<ToolCallback> offered = ((ToolCallingChatOptions) model.prompts.get(1).getOptions()).getToolCallbacks();
        assertThat(offered).extracting(c -> c.getToolDefinition().name()).containsExactly("search_logs", RetrieveTool.NAME);
        for (int i = 2; i < model.prompts.size(); i++) {
            List<ToolCallback> tools = ((ToolCallingChatOptions) model.prompts.get(i).getOptions()).getToolCallbacks();
            assertThat(tools).as("request %d", i).extracting(ToolCallback::getToolDefinition)
                    .containsExactlyElementsOf(offered.stream().map(ToolCallback::getToolDefinition).toList());
        }
        assertThat(lastToolResponse(model.prompts.get(3)).responseData()).isEqualTo(HeadroomAdvisor.LIMIT_MESSAGE);
        assertThat(model.prompts.get(4).getInstructions()).hasSize(model.prompts.get(3).getInstructions().size() + 2);
        assertThat(lastToolResponse(model.prompts.get(6)).responseData()).isEqualTo(LOG);
        assertThat(lastToolResponse(model.prompts.get(7)).responseData()).isEqualTo(HeadroomAdvisor.LIMIT_MESSAGE);
        for (int i = 1; i < model.prompts.size(); i++) {
            List<Message> previous = model.prompts.get(i - 1).getInstructions();
            assertThat(model.prompts.get(i).getInstructions().subList(0, previous.size())).as("request %d", i)
                    .isEqualTo(previous);
        }
    }

    @Test
    void should_answer_with_limit_message_when_model_calls_retrieve_past_the_limit() {
        // given: a model that calls retrieve even when it is no longer offered
        ScriptedChatModel model = ScriptedChatModel.thatResponds(p -> {
            List<Message> m = p.getInstructions();
            if (!(m.get(m.size() - 1) instanceof ToolResponseMessage)) {
                return toolCall("call_1", "search_logs", "{}");
            }
            return p.getInstructions().size() < 7
                    ? toolCall("call_r" + m.size(), RetrieveTool.NAME, "{\"handle\":\"" + firstHandle(m) + "\"}")
                    : text("done");
        });
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).maxRetrieveRounds(1).build();

        // when
        client(model, advisor).prompt("Why did checkout fail?").call().content();

        // then
        assertThat(model.prompts).hasSize(4);
        assertThat(lastToolResponse(model.prompts.get(2)).responseData()).isEqualTo(LOG);
        assertThat(lastToolResponse(model.prompts.get(3)).responseData()).isEqualTo(HeadroomAdvisor.LIMIT_MESSAGE);
    }

    @Test
    void should_answer_retrieve_itself_when_the_tool_loop_does_not_know_the_tool() {
        // given: the retrieve callback is registered nowhere the tool loop could resolve it
        ScriptedChatModel model = agent(1);
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).build();

        // when
        String answer = ChatClient.builder(model).defaultAdvisors(advisor).defaultTools(SEARCH_LOGS).build()
                .prompt("Why did checkout fail?").call().content();

        // then: offered, called, answered by the advisor
        assertThat(answer).contains("declined");
        assertThat(toolNames(model.prompts.get(1))).containsExactly("search_logs", RetrieveTool.NAME);
        assertThat(lastToolResponse(model.prompts.get(2)).responseData()).isEqualTo(LOG);
        assertThat(advisor.stats().retrieveCalls()).isEqualTo(1);
    }

    @Test
    void should_leave_small_results_and_requests_untouched() {
        ToolCallback small = FunctionToolCallback.builder("search_logs", (LogQuery q) -> "one line")
                .inputType(LogQuery.class).build();
        ScriptedChatModel model = agent(0);
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).build();

        ChatClient.builder(model).defaultAdvisors(advisor).defaultTools(small).build()
                .prompt("Why did checkout fail?").call().content();

        assertThat(lastToolResponse(model.prompts.get(1)).responseData()).isEqualTo("\"one line\"");
    }

    @Test
    void should_send_the_original_when_the_engine_throws() {
        // given: an engine that fails on every call
        Headroom real = TestHeadroom.headroom();
        Headroom broken = new Headroom() {
            @Override
            public CompressionResult compress(String content, CompressionHints hints) {
                throw new IllegalStateException("boom");
            }

            @Override
            public RetrievalResult retrieve(String handle, String query, String scope) {
                throw new IllegalStateException("boom");
            }

            @Override
            public HeadroomStats stats() {
                return real.stats();
            }

            @Override
            public HeadroomConfig config() {
                return real.config();
            }

            @Override
            public TokenCounter tokenCounter() {
                return real.tokenCounter();
            }
        };
        ScriptedChatModel model = agent(0);
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(broken).build();

        // when
        String answer = client(model, advisor).prompt("Why did checkout fail?").call().content();

        // then
        assertThat(answer).contains("declined");
        assertThat(ToolResultText.unwrapStringLiteral(lastToolResponse(model.prompts.get(1)).responseData())).isEqualTo(LOG);
    }

    @Test
    void should_send_byte_identical_text_when_the_same_result_is_sent_again() {
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).build();
        ScriptedChatModel first = agent(0);
        ScriptedChatModel second = agent(0);

        client(first, advisor).prompt("Why did checkout fail?").call().content();
        client(second, advisor).prompt("Which orders were slow?").call().content();

        assertThat(lastToolResponse(second.prompts.get(1)).responseData())
                .isEqualTo(lastToolResponse(first.prompts.get(1)).responseData());
    }

    @Test
    void should_never_edit_the_received_request() {
        // given
        HeadroomAdvisor advisor = HeadroomAdvisor.builder(TestHeadroom.headroom()).build();
        ToolResponseMessage tool = ToolResponseMessage.builder()
                .responses(List.of(new ToolResponseMessage.ToolResponse("call_1", "search_logs", LOG))).build();
        List<Message> messages = List.of(new UserMessage("Why did checkout fail?"),
                AssistantMessage.builder().content("").toolCalls(List.of(
                        new AssistantMessage.ToolCall("call_1", "function", "search_logs", "{}"))).build(),
                tool);
        ChatClientRequest request = ChatClientRequest.builder()
                .prompt(new Prompt(messages, ToolCallingChatOptions.builder().toolCallbacks(List.of(SEARCH_LOGS)).build()))
                .build();
        List<ChatClientRequest> sent = new ArrayList<>();

        // when
        advisor.adviseCall(request, capturing(sent));

        // then
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).isNotSameAs(request);
        assertThat(request.prompt().getInstructions()).containsExactlyElementsOf(messages);
        assertThat(tool.getResponses().get(0).responseData()).isEqualTo(LOG);
        assertThat(lastToolResponse(sent.get(0).prompt()).responseData()).contains("[headroom: ");
        assertThat(toolNames(request.prompt())).containsExactly("search_logs");
        assertThat(toolNames(sent.get(0).prompt())).containsExactly("search_logs", RetrieveTool.NAME);
    }

    /** A chain that records each request and answers with a plain text. */
    static CallAdvisorChain capturing(List<ChatClientRequest> sent) {
        return new CallAdvisorChain() {
            @Override
            public ChatClientResponse nextCall(ChatClientRequest request) {
                sent.add(request);
                return ChatClientResponse.builder().chatResponse(ScriptedChatModel.text("ok")).build();
            }

            @Override
            public List<CallAdvisor> getCallAdvisors() {
                return List.of();
            }

            @Override
            public CallAdvisorChain copy(CallAdvisor after) {
                return this;
            }
        };
    }
}

package dev.headroom.conversation;

import static dev.headroom.conversation.ScriptedModel.call;
import static dev.headroom.conversation.ScriptedModel.calls;
import static dev.headroom.conversation.ScriptedModel.lastHandle;
import static dev.headroom.conversation.ScriptedModel.retrieve;
import static dev.headroom.conversation.ScriptedModel.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.HeadroomStats;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.Marker;
import dev.headroom.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy's decisions as a front end receives them: per message, per tool, per call. */
class ConversationPolicyTest {

    static final String LOG = ContractHeadroom.bigLog();
    static final ToolDefinition SEARCH = new ToolDefinition("searchLogs", "Searches the logs", "{\"type\":\"object\"}");

    static List<Message> history(Message... tail) {
        List<Message> m = new ArrayList<>(List.of(Message.System.of("You are an SRE."), Message.User.of("Why did payments fail?")));
        m.addAll(List.of(tail));
        return m;
    }

    @Test
    void should_report_each_compressed_tool_result_by_message_and_result_index() {
        // given: a small result, a multi-result message with one large result, a retrieve answer, and a
        // result that is not plain text
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).build();
        List<Message> messages = history(
                Message.Assistant.of(null, call("c1", "searchLogs", "{}"), call("c2", "searchLogs", "{}")),
                new Message.ToolResults(List.of(ToolResult.of("c1", "searchLogs", "two lines\nonly"),
                        ToolResult.of("c2", "searchLogs", LOG)), "", null),
                Message.Assistant.of(null, call("r1", "headroom_retrieve", "{}")),
                Message.ToolResults.of(ToolResult.of("r1", "headroom_retrieve", LOG)),
                Message.Assistant.of(null, call("c3", "screenshot", "{}")),
                Message.ToolResults.of(new ToolResult("c3", "screenshot", LOG, false, false)));

        // when
        RequestPlan plan = policy.begin(Conversation.of(messages, List.of(SEARCH))).request();

        // then
        assertThat(plan.edits()).hasSize(1);
        Edit.ToolResultText edit = (Edit.ToolResultText) plan.edits().get(0);
        assertThat(edit.index()).isEqualTo(3);
        assertThat(edit.result()).isEqualTo(1);
        assertThat(edit.text()).hasSizeLessThan(LOG.length() / 10).contains("retrieve handle=");
        assertThat(plan.editsOf(3)).containsExactly(edit);
        assertThat(plan.editsOf(5)).isEmpty();
        assertThat(plan.messages()).hasSize(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            if (i != 3) {
                assertThat(plan.messages().get(i)).isEqualTo(messages.get(i));
            }
        }
        Message.ToolResults sent = (Message.ToolResults) plan.messages().get(3);
        assertThat(sent.results().get(0).text()).isEqualTo("two lines\nonly");
        assertThat(sent.results().get(1).text()).isEqualTo(edit.text());
        assertThat(plan.markerSent()).isTrue();
    }

    @Test
    void should_plan_the_same_request_identically_every_time_whatever_the_question() {
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).build();
        List<Message> first = history(Message.Assistant.of(null, call("c1", "searchLogs", "{}")),
                Message.ToolResults.of(ToolResult.of("c1", "searchLogs", LOG)));
        List<Message> later = new ArrayList<>(first);
        later.add(Message.Assistant.of("It was order 150."));
        later.add(Message.User.of("a different question about order 7"));

        RequestPlan a = policy.begin(Conversation.of(first, List.of(SEARCH))).request();
        RequestPlan b = policy.begin(Conversation.of(first, List.of(SEARCH))).request();
        RequestPlan c = policy.begin(Conversation.of(later, List.of(SEARCH))).request();

        assertThat(b).isEqualTo(a);
        assertThat(c.messages().subList(0, a.messages().size())).isEqualTo(a.messages());
    }

    @Test
    void should_offer_retrieve_from_the_first_request_only_where_the_caller_offers_tools() {
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines())
                .retrieveToolOffer(RetrieveToolOffer.FROM_FIRST_REQUEST).build();

        RequestPlan withTools = policy.begin(Conversation.of(history(), List.of(SEARCH))).request();
        RequestPlan without = policy.begin(Conversation.of(history(), List.of())).request();
        RequestPlan ownRetrieveFirst = policy.begin(Conversation.of(history(), List.of(ToolDefinition.RETRIEVE, SEARCH))).request();

        assertThat(withTools.tools()).containsExactly(SEARCH, ToolDefinition.RETRIEVE);
        assertThat(withTools.toolsChanged()).isTrue();
        assertThat(without.tools()).isEmpty();
        assertThat(without.unchanged()).isTrue();
        assertThat(ownRetrieveFirst.tools()).containsExactly(SEARCH, ToolDefinition.RETRIEVE);
    }

    @Test
    void should_offer_retrieve_after_the_first_marker_and_hide_the_callers_own_until_then() {
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines())
                .retrieveToolOffer(RetrieveToolOffer.AFTER_FIRST_MARKER).build();
        List<ToolDefinition> tools = List.of(SEARCH, ToolDefinition.RETRIEVE);

        RequestPlan before = policy.begin(Conversation.of(history(), tools)).request();
        RequestPlan after = policy.begin(Conversation.of(history(Message.Assistant.of(null, call("c1", "searchLogs", "{}")),
                Message.ToolResults.of(ToolResult.of("c1", "searchLogs", LOG))), tools)).request();

        assertThat(before.tools()).containsExactly(SEARCH);
        assertThat(before.markerSent()).isFalse();
        assertThat(after.tools()).containsExactly(SEARCH, ToolDefinition.RETRIEVE);
        assertThat(after.toolsChanged()).isFalse();
    }

    @Test
    void should_send_a_result_as_it_is_when_its_first_marker_would_cost_more_than_it_saves() {
        // given: a long conversation so far (a large cached prefix) and a result that saves little
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines())
                .retrieveToolOffer(RetrieveToolOffer.AFTER_FIRST_MARKER).build();
        String longPrefix = "earlier context line that the provider has cached\n".repeat(4_000);
        List<Message> messages = history(Message.Assistant.of(null, call("c0", "readFile", "{}")),
                Message.ToolResults.of(ToolResult.of("c0", "readFile", "short\nfile")),
                Message.Assistant.of(longPrefix),
                Message.Assistant.of(null, call("c1", "searchLogs", "{}")),
                Message.ToolResults.of(ToolResult.of("c1", "searchLogs", LOG)));

        // when
        RequestPlan plan = policy.begin(Conversation.of(messages, List.of(SEARCH))).request();
        RequestPlan shortPlan = policy.begin(Conversation.of(history(Message.Assistant.of(null, call("c1", "searchLogs", "{}")),
                Message.ToolResults.of(ToolResult.of("c1", "searchLogs", LOG))), List.of(SEARCH))).request();

        // then: sent as it is, tools unchanged; the same result early in a conversation is compressed
        assertThat(plan.edits()).isEmpty();
        assertThat(plan.toolsChanged()).isFalse();
        assertThat(plan.markerSent()).isFalse();
        assertThat(shortPlan.edits()).isNotEmpty();
        assertThat(shortPlan.markerSent()).isTrue();
    }

    @Test
    void should_leave_results_compressed_at_source_alone_and_offer_retrieve_for_them() {
        // given: a result compressed where it was produced, by the compressor the policy shares
        ToolResultCompressor compressor = ToolResultCompressor.of(ContractHeadroom.lines());
        ConversationPolicy policy = ConversationPolicy.builder(compressor).retrieveToolOffer(RetrieveToolOffer.AFTER_FIRST_MARKER).build();
        String atSource = compressor.compress("searchLogs", LOG, CompressionHints.NONE).text();

        // when
        RequestPlan plan = policy.begin(Conversation.of(history(Message.Assistant.of(null, call("c1", "searchLogs", "{}")),
                Message.ToolResults.of(ToolResult.of("c1", "searchLogs", atSource))), List.of(SEARCH))).request();

        // then
        assertThat(plan.edits()).isEmpty();
        assertThat(plan.retrieveOffered()).isTrue();
        assertThat(policy.stats().toolResults()).isZero();
    }

    @Test
    void should_not_offer_retrieve_for_text_that_merely_quotes_a_marker() {
        // given: a small tool output, and the model and user quoting marker-like text
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines())
                .retrieveToolOffer(RetrieveToolOffer.AFTER_FIRST_MARKER).build();
        String quote = "README: markers look like " + new Marker(3, "rows", "0123456789abcdef").render();

        // when
        RequestPlan plan = policy.begin(Conversation.of(List.of(Message.System.of(quote), Message.User.of(quote),
                Message.Assistant.of(quote, call("c1", "readFile", "{}")), Message.ToolResults.of(ToolResult.of("c1", "readFile", quote))),
                List.of(SEARCH))).request();

        // then
        assertThat(plan.retrieveOffered()).isFalse();
        assertThat(plan.unchanged()).isTrue();
    }

    @Test
    void should_send_the_request_unchanged_and_count_a_failure_when_the_engine_throws() {
        ConversationPolicy policy = ConversationPolicy.builder(throwing(ContractHeadroom.lines())).build();
        List<Message> messages = history(Message.Assistant.of(null, call("c1", "searchLogs", "{}")),
                Message.ToolResults.of(ToolResult.of("c1", "searchLogs", LOG)));

        Reply reply = policy.call(Conversation.of(messages, List.of()), plan -> {
            assertThat(plan.messages()).isEqualTo(messages);
            assertThat(plan.unchanged()).isTrue();
            return text("fine");
        });

        assertThat(reply.message().text()).isEqualTo("fine");
        assertThat(reply.report().failedOpen()).isTrue();
        assertThat(policy.stats().failures()).isEqualTo(1);
    }

    @Test
    void should_answer_a_retrieve_call_with_a_message_when_the_engine_cannot_retrieve() {
        ScriptedModel model = new ScriptedModel()
                .then(req -> calls(null, retrieve("r1", "0123456789abcdef")))
                .then(req -> text(ScriptedModel.lastToolText(req)));
        ConversationPolicy policy = ConversationPolicy.builder(throwing(ContractHeadroom.lines())).build();

        Reply reply = policy.call(Conversation.of(history(), List.of(SEARCH)), plan -> model.respond(Conversation.of(plan.messages(), plan.tools())));

        assertThat(reply.message().text()).contains("could not be retrieved right now");
    }

    @Test
    void should_propagate_model_errors_after_reporting_the_call() {
        List<TurnReport> reports = new ArrayList<>();
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).listener((r, t) -> reports.add(r)).build();

        assertThatThrownBy(() -> policy.call(Conversation.of(history(), List.of()), plan -> {
            throw new IllegalStateException("rate limited");
        })).hasMessage("rate limited");
        assertThat(reports).hasSize(1);
        assertThat(policy.stats().calls()).isEqualTo(1);
    }

    @Test
    void should_replay_an_exchange_only_in_the_scope_it_was_made_in() {
        // given: one policy, the same history in two scopes (per request, as a proxy keyed by API key does)
        ScriptedModel model = new ScriptedModel()
                .then(req -> calls(null, retrieve("r1", lastHandle(req))))
                .then(req -> text("Order 150 failed."))
                .then(req -> text("ok b"))
                .then(req -> text("ok a"));
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).build();
        List<Message> h = history(Message.Assistant.of(null, call("c1", "searchLogs", "{}")),
                Message.ToolResults.of(ToolResult.of("c1", "searchLogs", LOG)));
        ModelCall m = plan -> model.respond(Conversation.of(plan.messages(), plan.tools()));
        Message.Assistant answer = policy.call(new Conversation(h, List.of(SEARCH), "a"), m).message();
        List<Message> next = new ArrayList<>(h);
        next.add(answer);
        next.add(Message.User.of("thanks"));

        // when
        RequestPlan inB = policy.begin(new Conversation(next, List.of(SEARCH), "b")).request();
        RequestPlan inA = policy.begin(new Conversation(next, List.of(SEARCH), "a")).request();

        // then
        assertThat(inB.edits()).noneMatch(e -> e instanceof Edit.Replay);
        assertThat(inA.edits()).filteredOn(e -> e instanceof Edit.Replay).hasSize(1);
    }

    @Test
    void should_hand_replayed_messages_back_with_the_origins_the_front_end_gave_them() {
        Object nativeResponse = new Object();
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).build();
        List<Message> h = history(Message.Assistant.of(null, call("c1", "searchLogs", "{}")),
                Message.ToolResults.of(ToolResult.of("c1", "searchLogs", LOG)));
        int[] round = {0};
        Reply reply = policy.call(Conversation.of(h, List.of(SEARCH)), plan -> round[0]++ == 0
                ? new Message.Assistant(null, List.of(retrieve("r1", lastHandle(Conversation.of(plan.messages(), List.of())))), "", nativeResponse)
                : text("done"));
        List<Message> next = new ArrayList<>(h);
        next.add(reply.message());

        RequestPlan plan = policy.begin(Conversation.of(next, List.of(SEARCH))).request();

        Edit.Replay replay = (Edit.Replay) plan.edits().get(plan.edits().size() - 1);
        assertThat(replay.index()).isEqualTo(h.size());
        assertThat(replay.messages()).hasSize(3);
        assertThat(replay.messages().get(0).origin()).isSameAs(nativeResponse);
        assertThat(replay.messages().get(2)).isEqualTo(reply.message());
    }

    @Test
    void should_hold_back_streamed_rounds_only_once_a_marker_is_sent() {
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).build();

        assertThat(policy.begin(Conversation.of(history(), List.of(SEARCH))).request().markerSent()).isFalse();
        assertThat(policy.begin(Conversation.of(history(Message.Assistant.of(null, call("c1", "searchLogs", "{}")),
                Message.ToolResults.of(ToolResult.of("c1", "searchLogs", LOG))), List.of(SEARCH))).request().markerSent()).isTrue();
    }

    @Test
    void should_report_every_call_to_listeners_and_ignore_a_failing_one() {
        List<ConversationStats> totals = new ArrayList<>();
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines())
                .listener((r, t) -> {
                    throw new IllegalStateException("listener bug");
                })
                .listener((r, t) -> totals.add(t))
                .build();
        List<Message> h = history(Message.Assistant.of(null, call("c1", "searchLogs", "{}")),
                Message.ToolResults.of(ToolResult.of("c1", "searchLogs", LOG)));

        policy.call(Conversation.of(h, List.of()), plan -> text("a"));
        policy.call(Conversation.of(h, List.of()), plan -> text("b"));

        assertThat(totals).hasSize(2);
        assertThat(totals.get(1).toolResults()).isEqualTo(2);
        assertThat(totals.get(1).compressedToolResults()).isEqualTo(2);
        assertThat(totals.get(1).tokensBefore()).isEqualTo(2 * policy.headroom().tokenCounter().count(LOG));
        assertThat(policy.compressor().resends()).isEqualTo(1);
    }

    @Test
    void should_reject_invalid_options() {
        assertThatThrownBy(() -> ConversationPolicy.builder(ContractHeadroom.lines()).maxRetrieveRounds(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetrieveRounds");
        assertThatThrownBy(() -> ConversationPolicy.builder(ContractHeadroom.lines()).replayCapacity(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replayCapacity");
    }

    /** An engine whose compress and retrieve always throw. */
    static Headroom throwing(Headroom real) {
        return new Headroom() {
            @Override
            public CompressionResult compress(String content, CompressionHints hints) {
                throw new IllegalStateException("engine down");
            }

            @Override
            public RetrievalResult retrieve(String handle, String query, String scope) {
                throw new IllegalStateException("store down");
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
    }
}

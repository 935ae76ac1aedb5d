package dev.headroom.conversation;

import static dev.headroom.conversation.ScriptedModel.call;
import static dev.headroom.conversation.ScriptedModel.calls;
import static dev.headroom.conversation.ScriptedModel.lastHandle;
import static dev.headroom.conversation.ScriptedModel.lastToolText;
import static dev.headroom.conversation.ScriptedModel.retrieve;
import static dev.headroom.conversation.ScriptedModel.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The conversation policy's contract, as a caller of any front end sees it: every scenario sends a
 * caller's history through a {@link Driver} to a {@link ScriptedModel} and checks what the model
 * received and what the caller got back. The engine runs it against the policy itself; each front end
 * runs it through its real client (against {@link ScriptedOpenAiServer}), so the policy holds the same
 * way everywhere.
 *
 * <p>What is checked: every request is an exact extension of the one before it, tools included;
 * retries and samples followed by a continuation stay exact; mixed rounds; round limits; replay after
 * eviction; interleaved conversations; scopes; a history rebuilt without the returned message is
 * detected and counted. Not covered here: streaming event order and framework-specific mapping
 * details (the front ends' own tests).
 */
public abstract class ConversationContract {

    /** The front end's settings for one scenario. */
    public record Settings(Headroom headroom, RetrieveToolOffer offer, int maxRetrieveRounds, int replayCapacity, String scope) {

        public static Settings defaults(Headroom headroom) {
            return new Settings(headroom, ConversationPolicy.DEFAULT_RETRIEVE_TOOL_OFFER, ConversationPolicy.DEFAULT_MAX_RETRIEVE_ROUNDS,
                    ConversationPolicy.DEFAULT_REPLAY_CAPACITY, null);
        }

        public Settings withOffer(RetrieveToolOffer o) {
            return new Settings(headroom, o, maxRetrieveRounds, replayCapacity, scope);
        }

        public Settings withMaxRetrieveRounds(int n) {
            return new Settings(headroom, offer, n, replayCapacity, scope);
        }

        public Settings withReplayCapacity(int n) {
            return new Settings(headroom, offer, maxRetrieveRounds, n, scope);
        }

        public Settings withScope(String s) {
            return new Settings(headroom, offer, maxRetrieveRounds, replayCapacity, s);
        }
    }

    /** A front end with a scripted model behind it, used the way an application uses it. */
    public interface Driver extends AutoCloseable {

        /**
         * Sends the caller's history and tools, returns what the caller gets back. A reply passed back
         * in a later history must reach the front end as the very object it returned (as chat memory
         * holding it does); other messages may be new objects.
         */
        Message.Assistant send(List<Message> history, List<ToolDefinition> tools);

        /** The front end's totals. */
        ConversationStats stats();

        @Override
        void close();
    }

    /** A front end over {@code model} configured with {@code settings}. */
    protected abstract Driver driver(Settings settings, ScriptedModel model) throws Exception;

    protected static final String SCHEMA_QUERY = "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}},\"required\":[\"query\"]}";
    protected static final String SCHEMA_ORDER = "{\"type\":\"object\",\"properties\":{\"orderId\":{\"type\":\"string\"}},\"required\":[\"orderId\"]}";
    protected static final ToolDefinition SEARCH = new ToolDefinition("searchLogs", "Searches the service logs", SCHEMA_QUERY);
    protected static final ToolDefinition REFUND = new ToolDefinition("refund", "Refunds an order", SCHEMA_ORDER);
    protected static final List<ToolDefinition> TOOLS = List.of(SEARCH, REFUND);
    protected static final String LOG = ContractHeadroom.bigLog();

    private Driver driver(Settings settings, ScriptedModel model, List<Driver> open) throws Exception {
        Driver d = driver(settings, model);
        open.add(d);
        return d;
    }

    private static void closeAll(List<Driver> open) {
        open.forEach(Driver::close);
    }

    @Test
    void should_send_every_request_as_an_extension_of_the_one_before_with_the_same_tools_from_the_first() throws Exception {
        List<Conversation> r = toolConversation(RetrieveToolOffer.FROM_FIRST_REQUEST);

        assertThat(r.get(0).tools()).extracting(ToolDefinition::name).containsExactly("searchLogs", "refund", "headroom_retrieve");
        assertAppendOnly(r, 0);
    }

    @Test
    void should_change_the_tools_once_at_the_first_marker_when_offered_after_it() throws Exception {
        List<Conversation> r = toolConversation(RetrieveToolOffer.AFTER_FIRST_MARKER);

        assertThat(r.get(0).tools()).extracting(ToolDefinition::name).containsExactly("searchLogs", "refund");
        assertThat(r.get(1).tools()).extracting(ToolDefinition::name).containsExactly("searchLogs", "refund", "headroom_retrieve");
        assertMessagesAppendOnly(r);
        assertAppendOnly(r, 1);
    }

    /** search, retrieve, answer; then a second user turn. Returns the requests the model received. */
    private List<Conversation> toolConversation(RetrieveToolOffer offer) throws Exception {
        // given
        ScriptedModel model = new ScriptedModel()
                .then(req -> calls(null, call("c1", "searchLogs", "{\"query\":\"payments\"}")))
                .then(req -> calls(null, retrieve("r1", lastHandle(req))))
                .then(req -> text("Order 150 failed: " + lastToolText(req).contains("ERROR payments gateway timeout order=150")))
                .then(req -> text("Nothing else failed."));
        List<Driver> open = new ArrayList<>();
        try {
            Driver d = driver(Settings.defaults(ContractHeadroom.lines()).withOffer(offer), model, open);
            List<Message> history = new ArrayList<>(start("Why did payments fail?"));

            // when
            Message.Assistant first = d.send(history, TOOLS);
            history.add(first);
            history.add(Message.ToolResults.of(ToolResult.of("c1", "searchLogs", LOG)));
            Message.Assistant second = d.send(history, TOOLS);
            history.add(second);
            history.add(Message.User.of("Anything else?"));
            Message.Assistant third = d.send(history, TOOLS);

            // then
            assertThat(first.toolCalls()).extracting(ToolCall::name).containsExactly("searchLogs");
            assertThat(second.text()).isEqualTo("Order 150 failed: true");
            assertThat(second.toolCalls()).isEmpty();
            assertThat(third.text()).isEqualTo("Nothing else failed.");
            List<Conversation> r = model.requests();
            assertThat(r).hasSize(4);
            String compressed = lastToolText(r.get(1));
            assertThat(compressed).hasSizeLessThan(LOG.length() / 10);
            assertThat(Marker.containsMarker(compressed)).isTrue();
            assertThat(retrieveAnswers(r.get(2))).containsExactly(LOG);
            r.forEach(ConversationContract::assertEveryCallAnswered);
            ConversationStats stats = d.stats();
            assertThat(stats.retrieveCalls()).isEqualTo(1);
            assertThat(stats.replays()).isEqualTo(1);
            assertThat(stats.modelCalls()).isEqualTo(4);
            return r;
        } finally {
            closeAll(open);
        }
    }

    @Test
    void should_keep_a_continuation_exact_after_the_same_request_was_sent_twice() throws Exception {
        // given: a retry; both calls answered through a retrieve, with the same answer
        ScriptedModel model = new ScriptedModel()
                .then(req -> calls(null, retrieve("r1", lastHandle(req))))
                .then(req -> text("Order 150 failed."))
                .then(req -> calls(null, retrieve("r2", lastHandle(req))))
                .then(req -> text("Order 150 failed."))
                .then(req -> text("You are welcome."));
        List<Driver> open = new ArrayList<>();
        try {
            Driver d = driver(Settings.defaults(ContractHeadroom.lines()), model, open);
            List<Message> h = searched("Why did payments fail?", "c1", LOG);

            // when: the caller continues with the first reply
            Message.Assistant a = d.send(h, TOOLS);
            d.send(h, TOOLS);
            d.send(append(h, a, Message.User.of("Thanks")), TOOLS);

            // then: the continuation extends one of the retrieve rounds sent before
            List<Conversation> r = model.requests();
            assertThat(r).hasSize(5);
            assertThat(extendsAny(r.get(4), List.of(r.get(1), r.get(3)))).as("continuation extends a retrieve round").isTrue();
            assertEveryCallAnswered(r.get(4));
            assertThat(d.stats().replays()).isEqualTo(1);
            assertThat(d.stats().historiesRebuilt()).isZero();
        } finally {
            closeAll(open);
        }
    }

    @Test
    void should_continue_each_sample_exactly_from_its_own_retrieve_round() throws Exception {
        // given: two samples of one request, both through a retrieve, with different answers
        ScriptedModel model = new ScriptedModel()
                .then(req -> calls(null, retrieve("r1", lastHandle(req))))
                .then(req -> text("Order 150 failed."))
                .then(req -> calls(null, retrieve("r2", lastHandle(req))))
                .then(req -> text("Order 150 timed out."))
                .then(req -> text("Noted (second sample)."))
                .then(req -> text("Noted (first sample)."));
        List<Driver> open = new ArrayList<>();
        try {
            Driver d = driver(Settings.defaults(ContractHeadroom.lines()), model, open);
            List<Message> h = searched("Why did payments fail?", "c1", LOG);
            Message.Assistant first = d.send(h, TOOLS);
            Message.Assistant second = d.send(h, TOOLS);

            // when: the caller continues with the second sample, then with the first
            d.send(append(h, second, Message.User.of("Thanks")), TOOLS);
            d.send(append(h, first, Message.User.of("Thanks")), TOOLS);

            // then
            List<Conversation> r = model.requests();
            assertExtends(r.get(4), r.get(3));
            assertExtends(r.get(5), r.get(1));
            assertThat(d.stats().replays()).isEqualTo(2);
        } finally {
            closeAll(open);
        }
    }

    @Test
    void should_hand_back_only_the_callers_calls_from_a_mixed_round_and_replay_the_rest() throws Exception {
        // given
        ScriptedModel model = new ScriptedModel()
                .then(req -> calls("Refunding and checking.", retrieve("r1", lastHandle(req)), call("c2", "refund", "{\"orderId\":\"150\"}")))
                .then(req -> text("Refunded order 150."));
        List<Driver> open = new ArrayList<>();
        try {
            Driver d = driver(Settings.defaults(ContractHeadroom.lines()), model, open);
            List<Message> h = searched("Refund the failed order", "c1", LOG);

            // when
            Message.Assistant mixed = d.send(h, TOOLS);
            Message.Assistant done = d.send(append(h, mixed, Message.ToolResults.of(ToolResult.of("c2", "refund", "refunded 150"))), TOOLS);

            // then: the caller saw only its own call; the model saw every call answered, append-only
            assertThat(mixed.text()).isEqualTo("Refunding and checking.");
            assertThat(mixed.toolCalls()).extracting(ToolCall::name).containsExactly("refund");
            assertThat(done.text()).isEqualTo("Refunded order 150.");
            List<Conversation> r = model.requests();
            assertExtends(r.get(1), r.get(0));
            List<Message> tail = r.get(1).messages().subList(r.get(0).messages().size(), r.get(1).messages().size());
            assertThat(((Message.Assistant) tail.get(0)).toolCalls()).extracting(ToolCall::name).containsExactly("headroom_retrieve", "refund");
            assertThat(retrieveAnswers(r.get(1))).containsExactly(LOG);
            r.forEach(ConversationContract::assertEveryCallAnswered);
            assertThat(d.stats().retrieveCalls()).isEqualTo(1);
        } finally {
            closeAll(open);
        }
    }

    @Test
    void should_answer_past_the_round_limit_with_the_limit_message_give_one_last_round_and_then_strip() throws Exception {
        // given: a model that never stops retrieving
        ScriptedModel model = new ScriptedModel().always(req -> calls("still looking", retrieve("r" + req.messages().size(), lastHandle(req))));
        List<Driver> open = new ArrayList<>();
        try {
            Driver d = driver(Settings.defaults(ContractHeadroom.lines()).withMaxRetrieveRounds(1), model, open);

            // when
            Message.Assistant reply = d.send(searched("Why did payments fail?", "c1", LOG), TOOLS);

            // then: one round with the original, one with the limit message, then the calls are removed
            List<Conversation> r = model.requests();
            assertThat(r).hasSize(3);
            assertThat(lastToolText(r.get(1))).isEqualTo(LOG);
            assertThat(lastToolText(r.get(2))).isEqualTo(ConversationPolicy.LIMIT_MESSAGE);
            assertThat(reply.text()).isEqualTo("still looking");
            assertThat(reply.toolCalls()).isEmpty();
            assertMessagesAppendOnly(r);
            assertThat(d.stats().retrieveCalls()).isEqualTo(3);
        } finally {
            closeAll(open);
        }
    }

    @Test
    void should_let_the_model_answer_after_the_limit_message() throws Exception {
        // given: no retrieve rounds allowed; the model answers once told so
        ScriptedModel model = new ScriptedModel()
                .then(req -> calls(null, retrieve("r1", lastHandle(req))))
                .then(req -> text(lastToolText(req).equals(ConversationPolicy.LIMIT_MESSAGE) ? "Answering with what I have." : "?"));
        List<Driver> open = new ArrayList<>();
        try {
            Driver d = driver(Settings.defaults(ContractHeadroom.lines()).withMaxRetrieveRounds(0), model, open);

            // when
            Message.Assistant reply = d.send(searched("Why did payments fail?", "c1", LOG), TOOLS);

            // then
            assertThat(reply.text()).isEqualTo("Answering with what I have.");
            assertThat(model.requests()).hasSize(2);
            assertThat(d.stats().retrievedTokens()).isZero();
        } finally {
            closeAll(open);
        }
    }

    @Test
    void should_send_the_callers_own_history_and_count_it_when_the_exchange_was_evicted() throws Exception {
        // given: room for one exchange; two conversations each retrieve
        ScriptedModel model = new ScriptedModel()
                .then(req -> calls(null, retrieve("ra", lastHandle(req))))
                .then(req -> text("Payments failed."))
                .then(req -> calls(null, retrieve("rb", lastHandle(req))))
                .then(req -> text("Shipping failed."))
                .then(req -> text("ok"))
                .then(req -> text("ok"));
        List<Driver> open = new ArrayList<>();
        try {
            Driver d = driver(Settings.defaults(ContractHeadroom.lines()).withReplayCapacity(1), model, open);
            List<Message> a = searched("Why did payments fail?", "ca", LOG);
            List<Message> b = searched("Why did shipping fail?", "cb", ContractHeadroom.log("shipping", 300));
            Message.Assistant answerA = d.send(a, TOOLS);
            Message.Assistant answerB = d.send(b, TOOLS);

            // when: both continue
            d.send(append(a, answerA, Message.User.of("More?")), TOOLS);
            d.send(append(b, answerB, Message.User.of("More?")), TOOLS);

            // then: one was replayed, the other went out as the caller's history (valid) and was counted
            List<Conversation> r = model.requests();
            int replayed = (extendsAny(r.get(4), List.of(r.get(1))) ? 1 : 0) + (extendsAny(r.get(5), List.of(r.get(3))) ? 1 : 0);
            assertThat(replayed).isEqualTo(1);
            assertEveryCallAnswered(r.get(4));
            assertEveryCallAnswered(r.get(5));
            assertThat(d.stats().replays()).isEqualTo(1);
            assertThat(d.stats().replaysMissing()).isEqualTo(1);
        } finally {
            closeAll(open);
        }
    }

    @Test
    void should_replay_each_of_interleaved_conversations_only_into_itself() throws Exception {
        // given
        String shipping = ContractHeadroom.log("shipping", 300);
        ScriptedModel model = new ScriptedModel()
                .then(req -> calls(null, retrieve("ra", lastHandle(req))))
                .then(req -> text("Payments: gateway timeout."))
                .then(req -> calls(null, retrieve("rb", lastHandle(req))))
                .then(req -> text("Shipping: gateway timeout."))
                .then(req -> text("ok A"))
                .then(req -> text("ok B"));
        List<Driver> open = new ArrayList<>();
        try {
            Driver d = driver(Settings.defaults(ContractHeadroom.lines()), model, open);
            List<Message> a = searched("Why did payments fail?", "ca", LOG);
            List<Message> b = searched("Why did shipping fail?", "cb", shipping);

            // when: the two conversations take turns
            Message.Assistant answerA = d.send(a, TOOLS);
            Message.Assistant answerB = d.send(b, TOOLS);
            d.send(append(a, answerA, Message.User.of("Thanks")), TOOLS);
            d.send(append(b, answerB, Message.User.of("Thanks")), TOOLS);

            // then
            List<Conversation> r = model.requests();
            assertExtends(r.get(4), r.get(1));
            assertExtends(r.get(5), r.get(3));
            assertThat(retrieveAnswers(r.get(4))).containsExactly(LOG);
            assertThat(retrieveAnswers(r.get(5))).containsExactly(shipping);
        } finally {
            closeAll(open);
        }
    }

    @Test
    void should_not_replay_an_exchange_into_another_conversation_that_ends_with_an_equal_answer() throws Exception {
        // given: A retrieves before answering; B asks the same question and gets the same text directly
        Message.User question = Message.User.of("Why did order 150 fail?");
        ScriptedModel model = new ScriptedModel()
                .then(req -> calls(null, retrieve("r1", lastHandle(req))))
                .then(req -> text("Order 150 failed."))
                .then(req -> text("Order 150 failed."))
                .then(req -> text("ok"));
        List<Driver> open = new ArrayList<>();
        try {
            Driver d = driver(Settings.defaults(ContractHeadroom.lines()), model, open);
            List<Message> a = append(searched("Show the payment logs", "c1", LOG), Message.Assistant.of("Here they are."), question);
            d.send(a, TOOLS);
            Message.Assistant answerB = d.send(List.of(question), TOOLS);

            // when: B continues
            d.send(List.of(question, answerB, Message.User.of("Thanks")), TOOLS);

            // then: B's request is B's history, without A's retrieve call or the log it returned
            Conversation last = model.requests().get(3);
            assertThat(last.messages()).hasSize(3);
            assertThat(last.messages()).noneMatch(m -> m instanceof Message.ToolResults);
        } finally {
            closeAll(open);
        }
    }

    @Test
    void should_keep_originals_and_exchanges_inside_their_scope() throws Exception {
        // given: two tenants on one engine (one store)
        Headroom shared = ContractHeadroom.lines();
        String[] handleOfA = new String[1];
        ScriptedModel modelA = new ScriptedModel()
                .then(req -> {
                    handleOfA[0] = lastHandle(req);
                    return calls(null, retrieve("ra", handleOfA[0]));
                })
                .then(req -> text("A: " + lastToolText(req).contains("order=150")));
        ScriptedModel modelB = new ScriptedModel()
                .then(req -> calls(null, retrieve("rb", handleOfA[0])))
                .then(req -> text("B: " + lastToolText(req).contains("order=150")));
        List<Driver> open = new ArrayList<>();
        try {
            Driver a = driver(Settings.defaults(shared).withScope("tenant-a"), modelA, open);
            Driver b = driver(Settings.defaults(shared).withScope("tenant-b"), modelB, open);

            // when: B's model asks for A's handle
            Message.Assistant answerA = a.send(searched("Why did payments fail?", "c1", LOG), TOOLS);
            Message.Assistant answerB = b.send(start("What happened?"), TOOLS);

            // then
            assertThat(answerA.text()).isEqualTo("A: true");
            assertThat(answerB.text()).isEqualTo("B: false");
            assertThat(lastToolText(modelB.requests().get(1))).doesNotContain("order=150");
        } finally {
            closeAll(open);
        }
    }

    @Test
    void should_count_a_history_rebuilt_without_the_returned_message_and_send_it_as_is() throws Exception {
        // given
        ScriptedModel model = new ScriptedModel()
                .then(req -> calls(null, retrieve("r1", lastHandle(req))))
                .then(req -> text("Order 150 failed."))
                .then(req -> text("ok"));
        List<Driver> open = new ArrayList<>();
        try {
            Driver d = driver(Settings.defaults(ContractHeadroom.lines()), model, open);
            List<Message> h = searched("Why did payments fail?", "c1", LOG);
            d.send(h, TOOLS);

            // when: the application stored its own version of the answer, not the message it got
            d.send(append(h, Message.Assistant.of("Order 150 failed (gateway timeout)."), Message.User.of("Thanks")), TOOLS);

            // then
            Conversation last = model.requests().get(2);
            assertThat(last.messages()).noneMatch(m -> m instanceof Message.Assistant a && a.toolCalls().stream().anyMatch(ToolCall::isRetrieve));
            assertEveryCallAnswered(last);
            assertThat(d.stats().historiesRebuilt()).isEqualTo(1);
            assertThat(d.stats().replays()).isZero();
        } finally {
            closeAll(open);
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    protected static List<Message> start(String question) {
        return List.of(Message.System.of("You are an SRE assistant."), Message.User.of(question));
    }

    /** A history where the assistant already called searchLogs and got {@code result}. */
    protected static List<Message> searched(String question, String callId, String result) {
        return append(start(question), Message.Assistant.of(null, call(callId, "searchLogs", "{\"query\":\"x\"}")),
                Message.ToolResults.of(ToolResult.of(callId, "searchLogs", result)));
    }

    protected static List<Message> append(List<Message> history, Message... more) {
        List<Message> all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return all;
    }

    /** The texts of the results answering {@code headroom_retrieve} calls, in order. */
    protected static List<String> retrieveAnswers(Conversation request) {
        Set<String> ids = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (Message m : request.messages()) {
            if (m instanceof Message.Assistant a) {
                for (ToolCall c : a.toolCalls()) {
                    if (c.isRetrieve()) {
                        ids.add(c.id());
                    }
                }
            } else if (m instanceof Message.ToolResults t) {
                for (ToolResult r : t.results()) {
                    if (ids.contains(r.id())) {
                        out.add(r.text());
                    }
                }
            }
        }
        return out;
    }

    /** {@code next} sends exactly what {@code prev} sent (tools and messages), then more. */
    protected static void assertExtends(Conversation next, Conversation prev) {
        assertThat(next.tools()).as("tools").isEqualTo(prev.tools());
        assertThat(next.messages().size()).as("longer").isGreaterThan(prev.messages().size());
        assertThat(next.messages().subList(0, prev.messages().size())).as("starts with the previous request").isEqualTo(prev.messages());
    }

    protected static boolean extendsAny(Conversation next, List<Conversation> candidates) {
        for (Conversation prev : candidates) {
            if (next.tools().equals(prev.tools()) && next.messages().size() > prev.messages().size()
                    && next.messages().subList(0, prev.messages().size()).equals(prev.messages())) {
                return true;
            }
        }
        return false;
    }

    /** Every request from {@code from} on extends the one before it, tools included. */
    protected static void assertAppendOnly(List<Conversation> requests, int from) {
        for (int i = Math.max(1, from + 1); i < requests.size(); i++) {
            assertExtends(requests.get(i), requests.get(i - 1));
        }
    }

    /** Every request's messages start with the previous request's messages. */
    protected static void assertMessagesAppendOnly(List<Conversation> requests) {
        for (int i = 1; i < requests.size(); i++) {
            List<Message> prev = requests.get(i - 1).messages();
            assertThat(requests.get(i).messages().subList(0, prev.size())).as("request %d", i).isEqualTo(prev);
        }
    }

    /** Every tool call is answered by a tool result before the next assistant or user message. */
    protected static void assertEveryCallAnswered(Conversation request) {
        List<Message> m = request.messages();
        for (int i = 0; i < m.size(); i++) {
            if (m.get(i) instanceof Message.Assistant a && a.hasToolCalls()) {
                Set<String> answered = new HashSet<>();
                for (int j = i + 1; j < m.size() && m.get(j) instanceof Message.ToolResults t; j++) {
                    t.results().forEach(r -> answered.add(r.id()));
                }
                for (ToolCall call : a.toolCalls()) {
                    assertThat(answered).as("result for call %s (%s) in %s", call.id(), call.name(), m).contains(call.id());
                }
            }
        }
    }
}

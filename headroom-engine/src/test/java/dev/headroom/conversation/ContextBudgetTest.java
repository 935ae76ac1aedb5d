package dev.headroom.conversation;

import static dev.headroom.conversation.ScriptedModel.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.Headroom;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.Marker;
import dev.headroom.conversation.cost.CachePricing;
import dev.headroom.store.InMemoryStore;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.StoreLookup;
import dev.headroom.store.StoreUnavailableException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The context budget as a front end sees it: where it cuts, what it sends, and that it stays append-only. */
class ContextBudgetTest {

    static final String STUB_START = "Earlier output of ";

    /** An engine that compresses nothing, so the budget alone decides what is sent. */
    static Headroom plain() {
        return Headroom.builder().minTokens(1_000_000).build();
    }

    static ConversationPolicy policy(Headroom headroom, int budget) {
        return ConversationPolicy.builder(headroom).contextBudget(budget).build();
    }

    /** Every tool result text of a request, in order. */
    static List<String> results(Conversation request) {
        List<String> out = new ArrayList<>();
        for (Message m : request.messages()) {
            if (m instanceof Message.ToolResults t) {
                t.results().forEach(r -> out.add(r.text()));
            }
        }
        return out;
    }

    static List<Integer> cutRequests(AgentSession s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.replies.size(); i++) {
            if (s.replies.get(i).report().cut()) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void should_send_every_request_unchanged_while_it_stays_within_the_budget() {
        // given: 20 file views of about 900 tokens, far below a budget of 100,000
        AgentSession s = new AgentSession(policy(plain(), 100_000), i -> AgentSession.fileView(i, 40)).run(20);

        // then
        assertThat(s.breaks()).isEmpty();
        assertThat(s.policy.stats().cuts()).isZero();
        assertThat(s.requests().get(19).messages()).isEqualTo(s.history.subList(0, s.history.size() - 2));
    }

    @Test
    void should_cut_the_oldest_results_in_one_step_to_half_the_budget_keeping_the_recent_ones_whole() {
        // when: 30 views of about 900 tokens under a budget of 20,000
        AgentSession s = new AgentSession(policy(plain(), 20_000), i -> AgentSession.fileView(i, 40)).run(30);

        // then: the first cut comes when the history passes the budget, and stubs a prefix of the results
        List<Integer> cuts = cutRequests(s);
        assertThat(cuts).isNotEmpty();
        int first = cuts.get(0);
        List<String> sent = results(s.requests().get(first));
        List<String> before = results(s.requests().get(first - 1));
        int stubs = (int) sent.stream().filter(t -> t.startsWith(STUB_START)).count();
        assertThat(stubs).isPositive();
        for (int i = 0; i < sent.size(); i++) {
            assertThat(sent.get(i).startsWith(STUB_START)).as("result %d", i).isEqualTo(i < stubs);
        }
        assertThat(sent.subList(sent.size() - ConversationPolicy.DEFAULT_KEEP_RECENT_TOOL_RESULTS, sent.size()))
                .allMatch(t -> !t.startsWith(STUB_START));
        assertThat(before).noneMatch(t -> t.startsWith(STUB_START));
        // far below the budget in one step: the request lost more than a third of its tokens
        long tokensBefore = WireFormat.OPENAI_CHAT_COMPLETIONS.tokens(s.requests().get(first - 1), s.policy.headroom().tokenCounter());
        long tokensCut = WireFormat.OPENAI_CHAT_COMPLETIONS.tokens(s.requests().get(first), s.policy.headroom().tokenCounter());
        assertThat(tokensCut).isLessThan(tokensBefore * 2 / 3);
        assertThat(s.requests().get(first).tools()).contains(ToolDefinition.RETRIEVE);
        assertThat(s.replies.get(first).report().stubbedToolResults()).isEqualTo(stubs);
    }

    @Test
    void should_extend_every_request_byte_for_byte_except_the_ones_that_cut_and_resend_the_same_stubs() {
        // when: a session long enough for several cuts
        AgentSession s = new AgentSession(policy(plain(), 20_000), i -> AgentSession.fileView(i, 40)).run(90);

        // then: the only requests that are not extensions of the one before are the cuts
        List<Integer> cuts = cutRequests(s);
        assertThat(cuts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.breaks()).isEqualTo(cuts);
        assertThat(s.policy.stats().cuts()).isEqualTo(cuts.size());
        // rare: at least 8 requests between cuts
        for (int k = 1; k < cuts.size(); k++) {
            assertThat(cuts.get(k) - cuts.get(k - 1)).isGreaterThanOrEqualTo(8);
        }
        // a stub, once sent, is the same text on every later request
        List<String> firstCut = results(s.requests().get(cuts.get(0)));
        List<String> last = results(s.requests().get(s.requests().size() - 1));
        for (int i = 0; i < firstCut.size(); i++) {
            if (firstCut.get(i).startsWith(STUB_START)) {
                assertThat(last.get(i)).isEqualTo(firstCut.get(i));
            }
        }
    }

    @Test
    void should_make_the_same_cuts_from_the_request_alone_on_another_instance() {
        // given: a session run on one policy
        AgentSession s = new AgentSession(policy(plain(), 20_000), i -> AgentSession.fileView(i, 40)).run(60);
        Conversation next = Conversation.of(s.history, List.of(AgentSession.READ));

        // when: the same request goes to the same policy and to a new one, with a new engine (another instance)
        RequestPlan here = s.policy.begin(next).request();
        RequestPlan elsewhere = policy(plain(), 20_000).begin(next).request();

        // then
        assertThat(elsewhere.messages()).isEqualTo(here.messages());
        assertThat(elsewhere.edits()).isEqualTo(here.edits());
        assertThat(elsewhere.tools()).isEqualTo(here.tools());
    }

    @Test
    void should_keep_the_original_of_every_stub_retrievable_through_headroom_retrieve() {
        // given
        Headroom headroom = plain();
        AgentSession s = new AgentSession(policy(headroom, 20_000), i -> AgentSession.fileView(i, 40)).run(40);
        List<String> sent = results(s.requests().get(39));

        // then: each stub's handle answers a retrieve call with the very text the tool produced
        int checked = 0;
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).startsWith(STUB_START)) {
                String handle = Marker.findAll(sent.get(i)).get(0).handle();
                String answer = RetrieveCall.answer(headroom, "{\"handle\":\"" + handle + "\"}", null);
                assertThat(answer).contains(AgentSession.fileView(i, 40));
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void should_report_each_stub_as_an_edit_of_the_callers_message_so_a_proxy_can_splice_it() {
        AgentSession s = new AgentSession(policy(plain(), 20_000), i -> AgentSession.fileView(i, 40)).run(30);

        RequestPlan plan = s.policy.begin(Conversation.of(s.history, List.of(AgentSession.READ))).request();

        assertThat(plan.edits()).isNotEmpty().allMatch(e -> e instanceof Edit.ToolResultText);
        for (Edit e : plan.edits()) {
            Edit.ToolResultText t = (Edit.ToolResultText) e;
            assertThat(s.history.get(t.index())).isInstanceOf(Message.ToolResults.class);
            assertThat(((Message.ToolResults) plan.messages().get(t.index())).results().get(t.result()).text()).isEqualTo(t.text());
            assertThat(t.text()).startsWith(STUB_START);
        }
        for (int i = 0; i < s.history.size(); i++) {
            if (plan.editsOf(i).isEmpty()) {
                assertThat(plan.messages().get(i)).isSameAs(s.history.get(i));
            }
        }
    }

    @Test
    void should_keep_the_most_recent_errors_whole_beyond_the_recent_results_and_copy_older_errors_into_their_stubs() {
        // given: every tenth result is a failing test run; keep 2
        ConversationPolicy policy = ConversationPolicy.builder(plain()).contextBudget(20_000).keepRecentToolResults(2).build();
        AgentSession s = new AgentSession(policy, i -> i % 10 == 5 ? failingRun(i) : AgentSession.fileView(i, 40)).run(70);

        // when
        List<String> sent = results(s.requests().get(69));

        // then: the two most recent failing runs are whole, the older ones are stubs with their failure lines
        List<Integer> failing = List.of(5, 15, 25, 35, 45, 55, 65);
        assertThat(sent.get(65)).isEqualTo(failingRun(65));
        assertThat(sent.get(55)).isEqualTo(failingRun(55));
        assertThat(sent.get(5)).startsWith(STUB_START).contains("AssertionFailedError: expected: <0> but was: <5>");
        assertThat(sent.get(50)).startsWith(STUB_START);
        assertThat(failing).allMatch(i -> sent.get(i).contains("but was: <" + i + ">"));
    }

    @Test
    void should_keep_a_result_the_model_retrieved_whole() {
        // given: at step 12 the model retrieves the stub of result 1 (after a first cut)
        Headroom headroom = plain();
        ConversationPolicy policy = ConversationPolicy.builder(headroom).contextBudget(12_000).keepRecentToolResults(2).build();
        AgentSession s = new AgentSession(policy, i -> AgentSession.fileView(i, 40)).run(16);
        List<String> sent = results(s.requests().get(15));
        assertThat(sent.get(1)).startsWith(STUB_START);
        String handle = Marker.findAll(sent.get(1)).get(0).handle();
        s.history.add(Message.Assistant.of(null, ScriptedModel.retrieve("r1", handle)));
        s.history.add(Message.ToolResults.of(ToolResult.of("r1", "headroom_retrieve",
                RetrieveCall.answer(headroom, "{\"handle\":\"" + handle + "\"}", null))));

        // when: the session goes on past more cuts
        s.run(30);

        // then: the retrieve answer is still whole in the last request
        Conversation last = s.requests().get(s.requests().size() - 1);
        assertThat(s.policy.stats().cuts()).isGreaterThanOrEqualTo(3);
        assertThat(results(last)).anyMatch(t -> t.contains(AgentSession.fileView(1, 40)));
    }

    @Test
    void should_wait_for_a_long_enough_session_before_rewriting_a_large_cached_prefix_under_cache_writes() {
        // given: a user message of about 50,000 tokens (a pasted log) that every request reads from the cache,
        // a budget of 20,000 that every request exceeds, results of about 900 tokens, and the retrieve tool
        // offered from the first request (so that a cut does not also change the tools)
        String pasted = AgentSession.fileView(999, 2_300);
        ConversationPolicy anthropic = ConversationPolicy.builder(plain()).contextBudget(20_000)
                .retrieveToolOffer(RetrieveToolOffer.FROM_FIRST_REQUEST).cachePricing(CachePricing.ANTHROPIC_LAST_MESSAGE).build();
        ConversationPolicy openAi = ConversationPolicy.builder(plain()).contextBudget(20_000)
                .retrieveToolOffer(RetrieveToolOffer.FROM_FIRST_REQUEST).cachePricing(CachePricing.OPENAI_AUTOMATIC).build();
        AgentSession a = withUser(new AgentSession(anthropic, i -> AgentSession.fileView(i, 40)), pasted).run(45);
        AgentSession o = withUser(new AgentSession(openAi, i -> AgentSession.fileView(i, 40)), pasted).run(45);

        // then: a cut must remove at least half the budget, so neither cuts before there are enough older
        // results; with automatic prefix caching the pasted message stays cached through a cut, so it cuts as
        // soon as it can; with one breakpoint on the last message a cut writes the whole prompt again at 1.25x,
        // which pays only once the session has lasted about twice as long
        int openAiFirst = cutRequests(o).get(0);
        int anthropicFirst = cutRequests(a).get(0);
        assertThat(openAiFirst).isBetween(12, 18);
        assertThat(anthropicFirst).isGreaterThan(openAiFirst + 8);
        assertThat(a.breaks()).isEqualTo(cutRequests(a));
    }

    @Test
    void should_send_a_result_whole_when_its_original_cannot_be_stored() {
        // given: a store that refuses everything
        OriginalStore refusing = new OriginalStore() {
            @Override
            public void put(String key, String content) {
                throw new StoreUnavailableException("refusing", "full", null);
            }

            @Override
            public StoreLookup get(String key) {
                return InMemoryStore.create().get(key);
            }

            @Override
            public String name() {
                return "refusing";
            }
        };
        Headroom headroom = Headroom.builder().minTokens(1_000_000).store(refusing).build();

        // when
        AgentSession s = new AgentSession(policy(headroom, 20_000), i -> AgentSession.fileView(i, 40)).run(40);

        // then: nothing was stubbed, and every request went out
        assertThat(s.requests()).hasSize(40);
        assertThat(s.requests()).allMatch(r -> results(r).stream().noneMatch(t -> t.startsWith(STUB_START)));
        assertThat(s.breaks()).isEmpty();
    }

    @Test
    void should_replay_a_retrieve_exchange_made_before_a_cut_on_every_request_after_it() {
        // given: the first result is a large log the engine compresses; the model retrieves it, then reads files
        Headroom headroom = ContractHeadroom.lines();
        ConversationPolicy policy = ConversationPolicy.builder(headroom).contextBudget(20_000).build();
        AgentSession s = new AgentSession(policy, i -> AgentSession.wideView(i));
        s.model.then(r -> Message.Assistant.of(null, call("call_log", "read", "{}")));
        Reply first = policy.call(Conversation.of(s.history, List.of(AgentSession.READ)),
                plan -> s.model.respond(Conversation.of(plan.messages(), plan.tools())));
        s.history.add(first.message());
        s.history.add(Message.ToolResults.of(ToolResult.of("call_log", "read", ContractHeadroom.bigLog())));
        s.model.then(r -> Message.Assistant.of(null, ScriptedModel.retrieve("r1", ScriptedModel.lastHandle(r))));

        // when: the session runs on past cuts
        s.run(45);

        // then: the exchange was replayed on every request, none went missing, and requests broke only at cuts
        // and where the first marker made the retrieve tool appear
        ConversationStats stats = policy.stats();
        assertThat(stats.cuts()).isPositive();
        assertThat(stats.replays()).isGreaterThanOrEqualTo(44);
        assertThat(stats.replaysMissing()).isZero();
        List<Integer> allowed = new ArrayList<>(List.of(1));
        for (int i = 0; i < s.replies.size(); i++) {
            if (s.replies.get(i).report().cut()) {
                allowed.add(i + 2); // the session's replies follow the first call and its retrieve round
            }
        }
        assertThat(allowed).containsAll(s.breaks());
    }

    @Test
    void should_reject_a_negative_budget_and_keeping_no_result() {
        ConversationPolicy.Builder b = ConversationPolicy.builder(plain());
        assertThatThrownBy(() -> b.contextBudget(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contextBudget");
        assertThatThrownBy(() -> b.keepRecentToolResults(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keepRecentToolResults");
        assertThatThrownBy(() -> b.cachePricing(null)).isInstanceOf(NullPointerException.class);
        ConversationPolicy defaults = b.build();
        assertThat(defaults.contextBudget()).isZero();
        assertThat(defaults.keepRecentToolResults()).isEqualTo(3);
        assertThat(defaults.cachePricing()).isEqualTo(CachePricing.ANTHROPIC_LAST_MESSAGE);
    }

    static AgentSession withUser(AgentSession s, String user) {
        s.history.set(1, Message.User.of(user));
        return s;
    }

    static String failingRun(int i) {
        return String.join("\n",
                "[INFO] Running com.acme.ledger.LedgerServiceTest" + i,
                AgentSession.fileView(i, 30),
                "[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0 <<< FAILURE! - in com.acme.ledger.LedgerServiceTest" + i,
                "org.opentest4j.AssertionFailedError: expected: <0> but was: <" + i + ">",
                "[INFO] BUILD FAILURE");
    }
}

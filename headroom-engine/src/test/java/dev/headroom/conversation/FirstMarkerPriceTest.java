package dev.headroom.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ccr.Marker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first marker of a conversation, priced: with the retrieve tool offered after it, the request that
 * carries it changes the tools and loses the cached prefix, so markers come only where that pays, all
 * at once.
 */
class FirstMarkerPriceTest {

    /** A system prompt of about 20,000 tokens, read from the cache by every request. */
    static final String LONG_SYSTEM = AgentSession.fileView(999, 900);

    static int markers(Conversation request) {
        int n = 0;
        for (Message m : request.messages()) {
            if (m instanceof Message.ToolResults t) {
                for (ToolResult r : t.results()) {
                    n += Marker.containsMarker(r.text()) ? 1 : 0;
                }
            }
        }
        return n;
    }

    static AgentSession session(ConversationPolicy policy, int everyNth) {
        AgentSession s = new AgentSession(policy, i -> i % everyNth == everyNth - 1 ? ContractHeadroom.log("svc" + i, 300) : AgentSession.wideView(i));
        s.history.set(0, Message.System.of(LONG_SYSTEM));
        return s;
    }

    @Test
    void should_send_results_whole_until_compressing_them_all_at_once_pays_for_the_prefix_the_tools_change_loses() {
        // given: a long cached prompt, then small results with a compressible log every fifth step
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).build();
        AgentSession s = session(policy, 5).run(60);

        // then: one request changes the tools, and from it on every log is compressed; before it, none is
        List<Conversation> requests = s.requests();
        List<Integer> toolChanges = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            if (!requests.get(i).tools().equals(requests.get(i - 1).tools())) {
                toolChanges.add(i);
            }
        }
        assertThat(toolChanges).hasSize(1);
        int first = toolChanges.get(0);
        assertThat(first).as("the first log comes at request 5; its marker alone does not pay").isGreaterThan(5);
        for (int i = 0; i < first; i++) {
            assertThat(markers(requests.get(i))).as("request %d", i).isZero();
            assertThat(requests.get(i).tools()).doesNotContain(ToolDefinition.RETRIEVE);
        }
        assertThat(markers(requests.get(first))).isEqualTo(first / 5);
        assertThat(requests.get(first).tools()).contains(ToolDefinition.RETRIEVE);
        // the only request that is not an extension of the one before is the one that changes the tools
        assertThat(s.breaks()).containsExactly(first);
        assertThat(s.replies.get(first - 1).report().compressedToolResults()).isZero();
        assertThat(s.replies.get(first).report().compressedToolResults()).isEqualTo(first / 5);
    }

    @Test
    void should_compress_the_first_marker_at_once_when_nothing_cached_is_lost() {
        // given: a short prompt: the first log comes before anything is cached
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).build();
        AgentSession s = new AgentSession(policy, i -> i == 0 ? ContractHeadroom.bigLog() : AgentSession.wideView(i)).run(5);

        // then: the request right after the log carries its marker and the retrieve tool
        assertThat(markers(s.requests().get(1))).isEqualTo(1);
        assertThat(s.requests().get(1).tools()).contains(ToolDefinition.RETRIEVE);
        assertThat(s.breaks()).containsExactly(1);
    }

    @Test
    void should_not_price_markers_when_the_retrieve_tool_is_offered_from_the_first_request() {
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines())
                .retrieveToolOffer(RetrieveToolOffer.FROM_FIRST_REQUEST).build();
        AgentSession s = session(policy, 5).run(12);

        // the first log (request 5) goes out compressed: the tools never change, so there is nothing to lose
        assertThat(markers(s.requests().get(5))).isEqualTo(1);
        assertThat(s.breaks()).isEmpty();
    }

    @Test
    void should_stay_append_only_outside_the_first_markers_and_the_cuts_when_a_context_budget_runs_too() {
        // given: the same session with a context budget the history passes long before the markers pay
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).contextBudget(24_000).build();
        AgentSession s = session(policy, 5).run(90);

        // then: requests break only where the tools change (first markers, or a first stub) or a cut is made
        List<Conversation> requests = s.requests();
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            if (!requests.get(i).tools().equals(requests.get(i - 1).tools()) || s.replies.get(i).report().cut()) {
                expected.add(i);
            }
        }
        assertThat(policy.stats().cuts()).isPositive();
        assertThat(s.breaks()).isEqualTo(expected);
        assertThat(markers(requests.get(requests.size() - 1))).isPositive();
    }

    @Test
    void should_keep_results_declined_as_first_markers_whole_through_a_cut_made_before_them() {
        // given: a long cached prompt, results of about 900 tokens that no compressor shortens, and every tenth
        // step a short log whose compression saves a few hundred tokens: too little to pay for the prefix
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).contextBudget(30_000)
                .cachePricing(dev.headroom.conversation.cost.CachePricing.OPENAI_AUTOMATIC).build();
        AgentSession s = new AgentSession(policy, i -> i % 10 == 3 ? ContractHeadroom.log("svc" + i, 24) : AgentSession.wideView(i));
        s.history.set(0, Message.System.of(LONG_SYSTEM));
        s.run(80);

        // then: the budget cut while the logs were still whole, they stayed whole, and requests broke only at cuts
        List<Conversation> requests = s.requests();
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < s.replies.size(); i++) {
            if (s.replies.get(i).report().cut()) {
                cuts.add(i);
            }
        }
        assertThat(cuts).isNotEmpty();
        Conversation last = requests.get(requests.size() - 1);
        List<String> logs = new ArrayList<>();
        for (Message m : last.messages()) {
            if (m instanceof Message.ToolResults t && t.results().get(0).text().contains("svc")) {
                logs.add(t.results().get(0).text());
            }
        }
        assertThat(logs).isNotEmpty().noneMatch(t -> t.startsWith("2026") && Marker.containsMarker(t));
        assertThat(s.breaks()).isEqualTo(cuts);
    }

    @Test
    void should_decide_the_same_from_the_request_alone_on_another_instance() {
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).build();
        AgentSession s = session(policy, 5).run(40);
        Conversation next = Conversation.of(s.history, List.of(AgentSession.READ));

        RequestPlan here = policy.begin(next).request();
        RequestPlan elsewhere = ConversationPolicy.builder(ContractHeadroom.lines()).build().begin(next).request();

        assertThat(elsewhere.messages()).isEqualTo(here.messages());
        assertThat(elsewhere.tools()).isEqualTo(here.tools());
        assertThat(elsewhere.edits()).isEqualTo(here.edits());
    }
}

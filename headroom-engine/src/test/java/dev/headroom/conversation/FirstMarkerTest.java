package dev.headroom.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ccr.Marker;
import dev.headroom.conversation.cost.CachePricing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first marker of a conversation, priced with the same cost model as the context budget: with the
 * retrieve tool offered after it, the request that carries it changes the tools and loses the cached
 * prefix, so a result that would carry it is compressed only where that pays, else sent whole, and
 * every later request decides the same.
 */
class FirstMarkerTest {

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

    /** A session whose every {@code everyNth} step returns a compressible log, the others four long lines no compressor shortens. */
    static AgentSession session(ConversationPolicy policy, int everyNth) {
        AgentSession s = new AgentSession(policy, i -> i % everyNth == everyNth - 1 ? ContractHeadroom.log("svc" + i, 300) : AgentSession.wideView(i));
        s.history.set(0, Message.System.of(LONG_SYSTEM));
        return s;
    }

    @Test
    void should_send_a_late_result_whole_when_its_first_marker_does_not_pay_for_the_prefix_and_keep_it_whole() {
        // given: a long cached prompt, then a compressible log every fifth step
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).build();
        AgentSession s = session(policy, 5).run(30);

        // then: no request carries a marker or the retrieve tool, and every request extends the one before
        for (Conversation r : s.requests()) {
            assertThat(markers(r)).isZero();
            assertThat(r.tools()).doesNotContain(ToolDefinition.RETRIEVE);
        }
        assertThat(s.breaks()).isEmpty();
        assertThat(policy.stats().compressedToolResults()).isZero();
    }

    @Test
    void should_compress_the_first_marker_at_once_when_nothing_cached_is_lost() {
        // given: a short prompt: the first log comes before anything is cached
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).build();
        AgentSession s = new AgentSession(policy, i -> i == 0 ? ContractHeadroom.bigLog() : AgentSession.wideView(i)).run(5);

        // then: the request right after the log carries its marker and the retrieve tool, once
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
    void should_stay_append_only_outside_the_cuts_when_a_context_budget_stubs_results_declined_as_first_markers() {
        // given: the same session with a context budget the history passes early; the logs are declined as
        // first markers, and the budget's stubs then make the retrieve tool appear
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).contextBudget(30_000)
                .cachePricing(CachePricing.OPENAI_AUTOMATIC).build();
        AgentSession s = session(policy, 10).run(80);

        // then: requests break only where a cut is made (the first one also changes the tools)
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < s.replies.size(); i++) {
            if (s.replies.get(i).report().cut()) {
                cuts.add(i);
            }
        }
        assertThat(cuts).isNotEmpty();
        assertThat(s.breaks()).isEqualTo(cuts);
        Conversation last = s.requests().get(s.requests().size() - 1);
        assertThat(last.tools()).contains(ToolDefinition.RETRIEVE);
        // the logs the budget did not stub are still whole: declined once, sent the same way after
        for (Message m : last.messages()) {
            if (m instanceof Message.ToolResults t && t.results().get(0).text().startsWith("2026")) {
                assertThat(Marker.containsMarker(t.results().get(0).text())).isFalse();
            }
        }
    }

    @Test
    void should_decide_the_same_from_the_request_alone_on_another_instance() {
        ConversationPolicy policy = ConversationPolicy.builder(ContractHeadroom.lines()).contextBudget(30_000).build();
        AgentSession s = session(policy, 5).run(40);
        Conversation next = Conversation.of(s.history, List.of(AgentSession.READ));

        RequestPlan here = policy.begin(next).request();
        RequestPlan elsewhere = ConversationPolicy.builder(ContractHeadroom.lines()).contextBudget(30_000).build().begin(next).request();

        assertThat(elsewhere.messages()).isEqualTo(here.messages());
        assertThat(elsewhere.tools()).isEqualTo(here.tools());
        assertThat(elsewhere.edits()).isEqualTo(here.edits());
    }
}

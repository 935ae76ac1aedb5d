package dev.headroom.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.conversation.RetrieveToolOffer;
import dev.headroom.conversation.cost.CachePricing;
import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.Tokenizer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The replay benchmark on a seeded session: what each arm sends and what it costs. */
class ReplayTest {

    /** No time budget: the outputs, and so the costs compared here, must not depend on the machine's load. */
    static final Supplier<Headroom> ENGINE = () -> Headroom.builder().timeBudget(java.time.Duration.ZERO).build();
    static final ReplayMeter METER = new ReplayMeter(JtokkitTokenCounter.of(Tokenizer.O200K_BASE),
            CachePricing.OPENAI_AUTOMATIC, CachePricing.ANTHROPIC_LAST_MESSAGE);
    static final Trace SRE = SeededSessions.all(42).stream().filter(t -> t.name().equals("seeded/sre-incident")).findFirst().orElseThrow();
    static final Trace BUGFIX = LongSessions.all(42).get(0);

    static RunResult run(Arm arm, Trace trace) {
        return METER.measure(trace, arm, arm.run(trace));
    }

    @Test
    void should_send_the_same_requests_through_both_front_ends_without_headroom() {
        RunResult lc4j = run(new LangChain4jArm(null, false, ENGINE), SRE);
        RunResult spring = run(new SpringAiArm(null, ENGINE), SRE);

        assertThat(lc4j.requests()).isEqualTo(SRE.steps()).isEqualTo(spring.requests());
        assertThat(lc4j.rawTokens()).isEqualTo(spring.rawTokens());
        assertThat(lc4j.appendOnlyRate()).isEqualTo(1.0);
    }

    @Test
    void should_keep_the_tools_fixed_from_the_first_request_or_change_them_once_at_the_first_marker() {
        for (Arm arm : List.of(new LangChain4jArm(RetrieveToolOffer.FROM_FIRST_REQUEST, false, ENGINE),
                new SpringAiArm(RetrieveToolOffer.FROM_FIRST_REQUEST, ENGINE))) {
            RunResult r = run(arm, SRE);
            assertThat(r.toolsChanges()).as(arm.label()).isZero();
            assertThat(r.appendOnlyRate()).as(arm.label()).isEqualTo(1.0);
            assertThat(r.retrieveRounds()).as(arm.label()).isEqualTo(1);
        }
        RunResult marker = run(new LangChain4jArm(RetrieveToolOffer.AFTER_FIRST_MARKER, false, ENGINE), SRE);
        assertThat(marker.toolsChanges()).isEqualTo(1);
        assertThat(marker.extensions()).isEqualTo(marker.requests() - 2);
    }

    @Test
    void should_cost_less_with_headroom_on_a_session_with_large_outputs_under_both_cache_models() {
        RunResult none = run(new LangChain4jArm(null, false, ENGINE), SRE);
        RunResult headroom = run(new LangChain4jArm(RetrieveToolOffer.AFTER_FIRST_MARKER, false, ENGINE), SRE);

        assertThat(headroom.openAiCost()).isLessThan(none.openAiCost() / 2);
        assertThat(headroom.anthropicCost()).isLessThan(none.anthropicCost() / 2);
        assertThat(headroom.retrieveRoundTokens()).isPositive();
        assertThat(headroom.replays()).isPositive();
    }

    @Test
    void should_count_a_history_rebuilt_without_the_returned_message() {
        RunResult kept = run(new LangChain4jArm(RetrieveToolOffer.AFTER_FIRST_MARKER, false, ENGINE), SRE);
        RunResult rebuilt = run(new LangChain4jArm(RetrieveToolOffer.AFTER_FIRST_MARKER, true, ENGINE), SRE);
        RunResult rebuiltNone = run(new LangChain4jArm(null, true, ENGINE), SRE);

        assertThat(kept.historiesRebuilt()).isZero();
        assertThat(rebuilt.historiesRebuilt()).isPositive();
        assertThat(rebuilt.replays()).isZero();
        assertThat(rebuilt.appendOnlyRate()).isLessThan(1.0);
        assertThat(rebuilt.openAiCost()).isLessThan(rebuiltNone.openAiCost());
        assertThat(rebuilt.anthropicCost()).isLessThan(rebuiltNone.anthropicCost());
    }

    @Test
    void should_write_the_reports_and_fail_strict_only_when_a_trace_costs_more(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReplayCommand command = new ReplayCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, ENGINE);

        int code = new CommandLine(command).execute("--corpus=", "--out", dir.toString(), "--strict", "--long-sessions", "1");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed).isZero();
        assertThat(printed).contains("seeded/sre-incident", "No trace costs more with Headroom than without",
                "No trace costs more with the context budget than without it", "long/bugfix");
        assertThat(Files.readString(dir.resolve("replay.html"))).contains("<svg", "seeded/issue-triage", "Context budget (32000 tokens)");
        assertThat(new ObjectMapper().readTree(dir.resolve("replay.json").toFile()).path("runs").size()).isEqualTo(5 * 11);
        assertThat(Files.readString(dir.resolve("replay.md"))).contains("| seeded/code-search |", "| TOTAL, sessions > 50 steps |");
    }

    @Test
    void should_report_a_run_costing_more_than_without_headroom() {
        RunResult none = result(null, 0, false, 100, 100);
        RunResult more = result(ReplayReport.defaultOffer(), 0, false, 101, 99);
        ReplayReport report = new ReplayReport(new ReplayReport.Settings("-", 1, "o200k_base", "a", "b", "17", 0), List.of(none, more));

        assertThat(report.violations(ReplayReport.defaultOffer())).singleElement().asString().contains("OpenAI 101.0 > 100.0");
    }

    @Test
    void should_report_a_budget_run_costing_more_than_headroom_without_it_and_the_goal_on_long_sessions() {
        // given: a long session where the budget costs more than Headroom alone under Anthropic, and more than the provider
        RunResult none = result(null, 0, false, 1_000, 1_000);
        RunResult headroom = result(ReplayReport.defaultOffer(), 0, false, 400, 400);
        RunResult budget = result(ReplayReport.defaultOffer(), 32_000, false, 300, 401);
        RunResult provider = result(null, 0, true, 350, 900);
        ReplayReport report = new ReplayReport(new ReplayReport.Settings("-", 1, "o200k_base", "a", "b", "17", 32_000),
                List.of(none, headroom, budget, provider));

        assertThat(report.violations(ReplayReport.defaultOffer())).isEmpty();
        assertThat(report.budgetViolations()).singleElement().asString().contains("Anthropic 401.0 > 400.0");
        assertThat(report.budgetGoalMisses("langchain4j")).isEmpty();
        assertThat(report.budget("langchain4j").toText()).contains("TOTAL, sessions > 50 steps");

        ReplayReport worse = new ReplayReport(report.settings(), List.of(none, headroom, result(ReplayReport.defaultOffer(), 32_000,
                false, 600, 380), provider));
        assertThat(worse.budgetGoalMisses("langchain4j")).anyMatch(m -> m.contains("more than half"))
                .anyMatch(m -> m.contains("not below the provider-style baseline"));
    }

    @Test
    void should_cut_a_long_session_without_costing_more_than_headroom_and_stay_append_only_outside_the_cuts() {
        RunResult headroom = run(new LangChain4jArm(ReplayReport.defaultOffer(), false, ENGINE), BUGFIX);
        RunResult budget = run(new LangChain4jArm(ReplayReport.defaultOffer(), false, ENGINE, 24_000, false), BUGFIX);
        RunResult spring = run(new SpringAiArm(ReplayReport.defaultOffer(), ENGINE, 24_000), BUGFIX);

        assertThat(BUGFIX.steps()).isGreaterThan(ReplayReport.LONG_SESSION_STEPS);
        assertThat(budget.cuts()).isPositive();
        assertThat(budget.openAiCost()).isLessThan(headroom.openAiCost());
        assertThat(budget.anthropicCost()).isLessThan(headroom.anthropicCost());
        // every request extends the one before, except the one that changes the tools (first marker) and the cuts
        assertThat(budget.requests() - 1 - budget.extensions()).isEqualTo(headroom.requests() - 1 - headroom.extensions() + budget.cuts());
        assertThat(spring.cuts()).isEqualTo(budget.cuts());
        assertThat(spring.anthropicCost()).isCloseTo(budget.anthropicCost(), org.assertj.core.data.Percentage.withPercentage(0.5));
    }

    @Test
    void should_clear_all_but_the_last_three_tool_results_on_every_request_past_the_trigger_like_the_provider() {
        RunResult none = run(new LangChain4jArm(null, false, ENGINE), SRE);
        Arm clearingArm = new LangChain4jArm(null, false, ENGINE, 0, true);
        Arm.Run cleared = clearingArm.run(SRE);
        RunResult clearing = METER.measure(SRE, clearingArm, cleared);

        // the seeded SRE session passes 100,000 tokens: from then on its older results are placeholders
        assertThat(clearing.rawTokens()).isLessThan(none.rawTokens());
        assertThat(clearing.appendOnlyRate()).isLessThan(1.0);
        dev.headroom.conversation.Conversation last = cleared.requests().get(cleared.requests().size() - 1);
        List<String> texts = new java.util.ArrayList<>();
        for (dev.headroom.conversation.Message m : last.messages()) {
            if (m instanceof dev.headroom.conversation.Message.ToolResults t) {
                t.results().forEach(r -> texts.add(r.text()));
            }
        }
        assertThat(texts.subList(0, texts.size() - ProviderClearing.KEEP)).allMatch(ProviderClearing.PLACEHOLDER::equals);
        assertThat(texts.subList(texts.size() - ProviderClearing.KEEP, texts.size())).noneMatch(ProviderClearing.PLACEHOLDER::equals);
        // the first request is far below the trigger and goes out as the client sent it
        assertThat(cleared.requests().get(0).messages()).noneMatch(m -> m.text() != null && m.text().equals(ProviderClearing.PLACEHOLDER));
    }

    static RunResult result(RetrieveToolOffer offer, int budget, boolean clearing, double openAi, double anthropic) {
        return new RunResult("t", "seeded-long", "langchain4j", offer, false, 60, 60, 59, 0, 100, openAi, anthropic, 0, 0, 0, 0, 0,
                budget, clearing, budget > 0 ? 1 : 0);
    }
}

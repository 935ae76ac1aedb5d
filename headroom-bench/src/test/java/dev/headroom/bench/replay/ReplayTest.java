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

        int code = new CommandLine(command).execute("--corpus=", "--out", dir.toString(), "--strict");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed).isZero();
        assertThat(printed).contains("seeded/sre-incident", "No trace costs more with Headroom than without");
        assertThat(Files.readString(dir.resolve("replay.html"))).contains("<svg", "seeded/issue-triage");
        assertThat(new ObjectMapper().readTree(dir.resolve("replay.json").toFile()).path("runs").size()).isEqualTo(4 * 8);
        assertThat(Files.readString(dir.resolve("replay.md"))).contains("| seeded/code-search |");
    }

    @Test
    void should_report_a_run_costing_more_than_without_headroom() {
        RunResult none = new RunResult("t", "s", "langchain4j", null, false, 2, 2, 1, 0, 100, 100, 100, 0, 0, 0, 0, 0);
        RunResult more = new RunResult("t", "s", "langchain4j", ReplayReport.defaultOffer(), false, 2, 2, 1, 0, 120, 101, 99, 0, 0, 0, 0, 0);
        ReplayReport report = new ReplayReport(new ReplayReport.Settings("-", 1, "o200k_base", "a", "b", "17"), List.of(none, more));

        assertThat(report.violations(ReplayReport.defaultOffer())).singleElement().asString().contains("OpenAI 101.0 > 100.0");
    }
}

package dev.headroom.bench.workload.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints how today's engine routes every format sample and, when {@code HEADROOM_CORPUS} is set, every
 * corpus input: the kind and strategy chosen (the strategy is the reason: which compressor, or why it
 * passed through), savings, what was kept and which of issue 10's bars are missed. It asserts only what
 * must hold whatever the routing: no input fails open, none is inflated, and a pass-through keeps
 * everything. The routing expectations and the bars themselves
 * are asserted by {@link FormatRoutingTest}, which runs only with {@code HEADROOM_ROUTING_BARS=1}.
 */
class FormatRoutingReportTest {

    @Test
    void should_print_the_route_of_every_format_sample_and_never_fail_open_or_inflate() {
        // when
        List<RoutingRun.Row> rows = RoutingRun.samples(FormatSamples.all(42));

        // then
        System.out.println("Format samples, routed by detection (issue 10):");
        System.out.print(RoutingRun.table(rows));
        long misrouted = rows.stream().filter(r -> !r.routedAsExpected()).count();
        System.out.println(misrouted + " of " + rows.size() + " samples not routed as expected; log family saved "
                + String.format(java.util.Locale.ROOT, "%.1f%%", FormatFidelity.logFamilySavings(rows.stream().map(RoutingRun.Row::report).toList())));
        assertThat(rows).hasSize(FormatSamples.all(42).size());
        for (RoutingRun.Row r : rows) {
            assertThat(r.outcome()).as(r.name()).isNotEqualTo(Outcome.FAILED_OPEN.name());
            assertThat(r.o200kAfter()).as(r.name() + " inflated").isLessThanOrEqualTo(r.o200kBefore());
            if (!r.outcome().equals(Outcome.COMPRESSED.name())) {
                assertThat(r.report().misses()).as(r.name() + ": a pass-through loses nothing")
                        .allMatch(m -> m.startsWith("routed ") || m.startsWith("saved "));
            }
        }
    }

    @Test
    void should_print_the_route_of_every_corpus_input_when_the_corpus_is_there() {
        Path root = RoutingRun.corpusRoot();
        if (root == null || !Files.isDirectory(root)) {
            System.out.println("HEADROOM_CORPUS is not set; the corpus part of the routing report is skipped");
            return;
        }

        List<RoutingRun.Row> rows = RoutingRun.corpus(root);

        System.out.println("Corpus inputs, routed by detection:");
        System.out.print(RoutingRun.table(rows));
        assertThat(rows).isNotEmpty();
        for (RoutingRun.Row r : rows) {
            assertThat(r.outcome()).as(r.name()).isNotEqualTo(Outcome.FAILED_OPEN.name());
            assertThat(r.o200kAfter()).as(r.name() + " inflated").isLessThanOrEqualTo(r.o200kBefore());
        }
    }
}

package dev.headroom.compress.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineScorerTest {

    @Test
    void should_score_a_method_declaration_above_a_call_of_it() {
        double declaration = LineScorer.signal("    public LedgerReport reconcileLedger(Instant cutoff) {");
        double call = LineScorer.signal("        report = ledger.reconcileLedger(cutoff);");

        assertThat(declaration).isGreaterThan(call);
        assertThat(LineScorer.signal("    private static <T> List<T> copy(List<? extends T> in) {")).isGreaterThan(0);
        assertThat(LineScorer.signal("    pub fn reconcile(&self, cutoff: Instant) -> Report {")).isGreaterThan(0);
    }
}

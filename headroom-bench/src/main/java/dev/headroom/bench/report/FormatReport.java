package dev.headroom.bench.report;

import java.util.List;

/**
 * One format sample's figures in a run (issue 10): where it was routed and whether that was expected,
 * savings, and what of its ground truth survived: templates with a verbatim kept line, error templates
 * with a kept record line, anomaly lines kept, diff file headers kept; {@code misses} lists the bars it
 * does not meet (empty when it meets all).
 */
public record FormatReport(
        String name,
        String family,
        String expected,
        boolean routedAsExpected,
        String kind,
        String strategy,
        String outcome,
        int lines,
        int o200kBefore,
        int o200kAfter,
        int templates,
        int templatesKept,
        int errorTemplates,
        int errorTemplatesKept,
        int anomalies,
        int anomaliesKept,
        int fileHeaders,
        int fileHeadersKept,
        long probesFailed,
        List<String> misses) {

    public FormatReport {
        misses = List.copyOf(misses);
    }

    /** The same figures with {@code misses} as the bars not met. */
    public FormatReport withMisses(List<String> misses) {
        return new FormatReport(name, family, expected, routedAsExpected, kind, strategy, outcome, lines, o200kBefore, o200kAfter, templates,
                templatesKept, errorTemplates, errorTemplatesKept, anomalies, anomaliesKept, fileHeaders, fileHeadersKept, probesFailed, misses);
    }

    /** o200k savings in percent. */
    public double savingsPercent() {
        return Stats.savingsPercent(o200kBefore, o200kAfter);
    }

    /** The share of templates with a verbatim kept line, in percent. */
    public double templateCoveragePercent() {
        return templates == 0 ? 100 : 100.0 * templatesKept / templates;
    }
}

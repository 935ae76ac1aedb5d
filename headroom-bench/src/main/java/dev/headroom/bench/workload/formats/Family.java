package dev.headroom.bench.workload.formats;

import java.util.Locale;

/** What kind of tool output a format sample is; the routing expectations and the bars depend on it. */
public enum Family {
    /** A log of some system: timestamped or not, one event per record, stack traces as continuation lines. */
    LOG,
    /** Everyday command output: listings, process tables, histories, dependency trees. */
    COMMAND,
    /** Delimited or drawn tables with a header. */
    TABLE,
    /** A unified diff of any producer. */
    DIFF,
    /** Source shown with line numbers, as agents and {@code cat -n} print it. */
    FILE_VIEW;

    /** The lowercase name used in sample names and reports ({@code file-view}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

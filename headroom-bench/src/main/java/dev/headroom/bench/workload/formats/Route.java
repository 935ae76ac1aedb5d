package dev.headroom.bench.workload.formats;

import dev.headroom.detect.ContentKind;
import java.util.Set;

/** Where a format sample must be routed. */
public enum Route {
    /** Logs: the log compressor or the line-template kind. */
    LINE_TEMPLATE("log or the line-template kind"),
    /** Command output and tables: any line-oriented compressor, never prose. */
    LINE_ORIENTED("a line-oriented kind (log, test-output, search, line-template), not text"),
    /** Unified diffs of any producer. */
    DIFF("diff"),
    /** Line-numbered source: the code compressor or a line-oriented one. */
    CODE_OR_LINES("code or a line-oriented kind");

    /** The kinds the line-template compressor serves: logs and other line-shaped text. */
    private static final Set<ContentKind> LINE_TEMPLATE_KINDS = Set.of(ContentKind.LOG, ContentKind.LINES);
    private static final Set<ContentKind> LINE_KINDS = Set.of(ContentKind.LOG, ContentKind.LINES, ContentKind.TEST_OUTPUT, ContentKind.SEARCH);

    private final String description;

    Route(String description) {
        this.description = description;
    }

    /** What this route accepts, in words, for reports. */
    public String description() {
        return description;
    }

    /** Whether an input routed as {@code kind} went where this route expects. */
    public boolean accepts(ContentKind kind) {
        switch (this) {
            case LINE_TEMPLATE:
                return LINE_TEMPLATE_KINDS.contains(kind);
            case LINE_ORIENTED:
                return LINE_KINDS.contains(kind);
            case DIFF:
                return kind == ContentKind.DIFF;
            case CODE_OR_LINES:
            default:
                return kind == ContentKind.CODE || LINE_KINDS.contains(kind);
        }
    }
}

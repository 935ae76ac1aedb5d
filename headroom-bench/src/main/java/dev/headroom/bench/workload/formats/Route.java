package dev.headroom.bench.workload.formats;

import dev.headroom.detect.ContentKind;
import java.util.Set;

/**
 * Where a format sample must be routed. Kinds are compared by name, and a kind this class does not
 * know (one added after these nine, such as the line-template kind of issue 10) counts as
 * line-template, so the expectations hold before and after that kind exists.
 */
public enum Route {
    /** Logs: the log compressor or the line-template kind. */
    LINE_TEMPLATE("log or the line-template kind"),
    /** Command output and tables: any line-oriented compressor, never prose. */
    LINE_ORIENTED("a line-oriented kind (log, test-output, search, line-template), not text"),
    /** Unified diffs of any producer. */
    DIFF("diff"),
    /** Line-numbered source: the code compressor or a line-oriented one. */
    CODE_OR_LINES("code or a line-oriented kind");

    /** The kinds the engine had before issue 10; anything else is taken as the new line-template kind. */
    private static final Set<String> KNOWN = Set.of(
            "JSON_ARRAY", "JSON_OBJECT", "LOG", "TEST_OUTPUT", "SEARCH", "DIFF", "CODE", "HTML", "TEXT");
    private static final Set<String> LINE_KINDS = Set.of("LOG", "TEST_OUTPUT", "SEARCH");

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
        String n = kind.name();
        switch (this) {
            case LINE_TEMPLATE:
                return n.equals("LOG") || isLineTemplateKind(kind);
            case LINE_ORIENTED:
                return LINE_KINDS.contains(n) || isLineTemplateKind(kind);
            case DIFF:
                return n.equals("DIFF");
            case CODE_OR_LINES:
            default:
                return n.equals("CODE") || LINE_KINDS.contains(n) || isLineTemplateKind(kind);
        }
    }

    /** Whether {@code kind} is not one of the nine kinds that existed before issue 10. */
    static boolean isLineTemplateKind(ContentKind kind) {
        return !KNOWN.contains(kind.name());
    }
}

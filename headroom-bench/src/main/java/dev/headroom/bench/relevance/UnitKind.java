package dev.headroom.bench.relevance;

import java.util.Locale;

/** The kind of unit that answers a question, as the issue lists them. */
public enum UnitKind {
    ROW, LOG_EVENT, SEARCH_HIT, CODE_FUNCTION, PARAGRAPH, DIFF_HUNK;

    /** The name used in the question file and the report ({@code log-event}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind named {@code id} ({@code row}, {@code log-event}, ...). */
    public static UnitKind of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

package dev.headroom.detect;

import java.util.Locale;

/** What a tool output is, as far as choosing a compressor goes. */
public enum ContentKind {
    JSON_ARRAY,
    JSON_OBJECT,
    LOG,
    /** Other line-shaped text whose lines repeat templates: command output, listings, tables, CSV/TSV. */
    LINES,
    TEST_OUTPUT,
    SEARCH,
    DIFF,
    CODE,
    HTML,
    TEXT;

    /** Lowercase name with dashes, as used on the command line ({@code json-array}, {@code test-output}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses {@link #id()} forms and enum names, plus the shorthand {@code json} (an array or object,
     * resolved by the detector).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ContentKind fromId(String id) {
        String n = id == null ? "" : id.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ContentKind k : values()) {
            if (k.name().equals(n)) {
                return k;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (ContentKind k : values()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(k.id());
        }
        throw new IllegalArgumentException("Unknown kind '" + id + "'; expected one of " + accepted);
    }

    /** Whether this is one of the two JSON kinds. */
    public boolean isJson() {
        return this == JSON_ARRAY || this == JSON_OBJECT;
    }
}

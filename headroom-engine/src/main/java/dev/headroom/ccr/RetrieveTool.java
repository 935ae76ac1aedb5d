package dev.headroom.ccr;

/**
 * The contract of the {@code headroom_retrieve} tool that integrations offer to the model: its name,
 * description and JSON schema, kept as constants so every request carries byte-identical bytes.
 */
public final class RetrieveTool {

    public static final String NAME = "headroom_retrieve";

    public static final String DESCRIPTION = "Fetch content that Headroom elided from an earlier tool result. "
            + "Tool results may contain markers like [headroom: 120 rows elided, original kept; retrieve handle=0123456789abcdef]; "
            + "the elided part is stored intact. Call this only when the elided part is needed to answer. "
            + "Pass the handle from the marker, and optionally a query to receive only the items or lines that contain its words.";

    public static final String HANDLE_PARAM = "handle";
    public static final String QUERY_PARAM = "query";
    public static final String HANDLE_DESCRIPTION = "The 16-character handle shown in the marker after 'retrieve handle='.";
    public static final String QUERY_DESCRIPTION =
            "Optional words to filter by: only the items or lines containing any of them are returned.";

    /** The parameters as a JSON schema object, for integrations that take raw schema text. */
    public static final String PARAMETERS_JSON_SCHEMA = "{\"type\":\"object\",\"properties\":{"
            + "\"handle\":{\"type\":\"string\",\"description\":\"" + HANDLE_DESCRIPTION + "\"},"
            + "\"query\":{\"type\":\"string\",\"description\":\"" + QUERY_DESCRIPTION + "\"}},"
            + "\"required\":[\"handle\"],\"additionalProperties\":false}";

    private RetrieveTool() {}
}

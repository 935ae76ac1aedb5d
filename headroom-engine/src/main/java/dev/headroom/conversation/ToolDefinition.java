package dev.headroom.conversation;

import dev.headroom.ccr.RetrieveTool;
import java.util.Objects;

/**
 * A tool offered to the model: its name, description (may be null) and parameters as a JSON schema
 * text (null when the front end does not render it; it is then not counted).
 */
public record ToolDefinition(String name, String description, String parametersJson) {

    /** {@code headroom_retrieve}, from the constants of {@link RetrieveTool}: the same bytes on every request. */
    public static final ToolDefinition RETRIEVE =
            new ToolDefinition(RetrieveTool.NAME, RetrieveTool.DESCRIPTION, RetrieveTool.PARAMETERS_JSON_SCHEMA);

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
    }

    /** Whether this is {@code headroom_retrieve}. */
    public boolean isRetrieve() {
        return RetrieveTool.NAME.equals(name);
    }
}

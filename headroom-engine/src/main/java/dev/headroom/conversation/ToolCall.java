package dev.headroom.conversation;

import dev.headroom.ccr.RetrieveTool;
import java.util.Objects;

/**
 * One tool call of an assistant message: the call's id (null when the provider gives none), the
 * tool's name and its arguments as the JSON text the model produced.
 */
public record ToolCall(String id, String name, String arguments) {

    public ToolCall {
        Objects.requireNonNull(name, "name");
        arguments = arguments == null ? "" : arguments;
    }

    /** Whether this calls {@code headroom_retrieve}. */
    public boolean isRetrieve() {
        return RetrieveTool.NAME.equals(name);
    }
}

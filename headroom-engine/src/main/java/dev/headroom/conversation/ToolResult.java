package dev.headroom.conversation;

import java.util.Objects;

/**
 * One tool result: the id of the call it answers, the tool's name (null when the front end does not
 * know it), its text, whether the tool reported an error, and whether the result is exactly that
 * text ({@code plainText}). A result that also carries other content (images, documents) has
 * {@code plainText} false: Headroom reads its text but never replaces it.
 */
public record ToolResult(String id, String toolName, String text, boolean error, boolean plainText) {

    public ToolResult {
        Objects.requireNonNull(text, "text");
    }

    /** A plain-text result that is not an error. */
    public static ToolResult of(String id, String toolName, String text) {
        return new ToolResult(id, toolName, text, false, true);
    }

    /** The same result with other text. */
    public ToolResult withText(String newText) {
        return new ToolResult(id, toolName, newText, error, plainText);
    }

    @Override
    public String toString() {
        return "ToolResult[" + id + ", " + toolName + ", " + Messages.preview(text) + (error ? ", error" : "")
                + (plainText ? "" : ", not plain text") + "]";
    }
}

package dev.headroom.conversation;

import java.util.List;

/**
 * One request as the caller made it, in neutral form: its messages, the tools it offers (the
 * caller's tools merged with any defaults of the model, as they would be sent), and the scope its
 * originals are stored in (null for the policy's default scope).
 */
public record Conversation(List<Message> messages, List<ToolDefinition> tools, String scope) {

    public Conversation {
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        scope = scope == null || scope.isBlank() ? null : scope;
    }

    /** A request with messages and tools, in the default scope. */
    public static Conversation of(List<Message> messages, List<ToolDefinition> tools) {
        return new Conversation(messages, tools, null);
    }

    /** The text of the last user message (the question tool results are compressed for), or null. */
    public String lastUserText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof Message.User u) {
                return u.text();
            }
        }
        return null;
    }

    /** Whether the tools include {@code headroom_retrieve}. */
    public boolean declaresRetrieve() {
        for (ToolDefinition t : tools) {
            if (t.isRetrieve()) {
                return true;
            }
        }
        return false;
    }
}

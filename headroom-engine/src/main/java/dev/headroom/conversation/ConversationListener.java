package dev.headroom.conversation;

/**
 * Observes the calls of a {@link ConversationPolicy}: called once per call, on the thread that
 * completed it; anything it throws is logged and ignored.
 */
@FunctionalInterface
public interface ConversationListener {

    /** After a call completed (or its model call failed): what it did, and the policy's totals including it. */
    void onTurn(TurnReport report, ConversationStats totals);
}

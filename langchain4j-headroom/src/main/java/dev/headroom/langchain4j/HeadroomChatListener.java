package dev.headroom.langchain4j;

/**
 * Observes the calls of a {@link HeadroomChatModel} or {@link HeadroomStreamingChatModel}. Called on
 * the thread that completed the call, once per {@code chat} call; anything it throws is logged and
 * ignored.
 */
@FunctionalInterface
public interface HeadroomChatListener {

    /** After a call completed: what this call did, and the decorator's totals including it. */
    void onCall(CallReport report, HeadroomChatStats totals);
}

package dev.headroom.bench.replay;

import dev.headroom.conversation.Conversation;
import dev.headroom.conversation.ConversationStats;
import dev.headroom.conversation.RetrieveToolOffer;
import java.util.List;

/**
 * One way of running a trace: a front end (LangChain4j or Spring AI), with or without Headroom, and
 * how the application keeps its history. Each run records every request the model received.
 */
interface Arm {

    /** The front end's name: {@code langchain4j} or {@code spring-ai}. */
    String frontEnd();

    /** The retrieve-tool offer when Headroom is on; null without Headroom. */
    RetrieveToolOffer offer();

    /** Whether the application rebuilds its history from its own records instead of keeping the returned messages. */
    boolean rebuildsHistory();

    /** The context budget when Headroom is on (0: none). */
    default int contextBudget() {
        return 0;
    }

    /** Whether the provider clears older tool results (the provider-style baseline; without Headroom). */
    default boolean providerClearing() {
        return false;
    }

    /** Runs {@code trace} once, from a fresh engine and a fresh front end. */
    Run run(Trace trace);

    /** A label for reports and assertion messages. */
    default String label() {
        return frontEnd() + (rebuildsHistory() ? " (history rebuilt)" : "") + ": "
                + (offer() == null ? "no Headroom" : "Headroom, retrieve " + offer().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                + (contextBudget() > 0 ? ", context budget " + contextBudget() : "") + (providerClearing() ? ", provider clearing" : "");
    }

    /** What a run produced: the requests as the model received them, and the policy's totals (null without Headroom). */
    record Run(List<Conversation> requests, ConversationStats stats) {
        public Run {
            requests = List.copyOf(requests);
        }
    }
}

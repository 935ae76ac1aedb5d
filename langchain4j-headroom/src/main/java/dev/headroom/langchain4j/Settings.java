package dev.headroom.langchain4j;

import dev.headroom.Headroom;
import java.util.List;
import java.util.Objects;

/** The options both decorator builders share; validated here, once. */
record Settings(Headroom headroom, int maxRetrieveRounds, String scope, List<HeadroomChatListener> listeners, int replayCapacity) {

    static final int DEFAULT_MAX_RETRIEVE_ROUNDS = 3;
    static final int DEFAULT_REPLAY_CAPACITY = 1_000;

    Settings {
        Objects.requireNonNull(headroom, "headroom");
        if (maxRetrieveRounds < 0) {
            throw new IllegalArgumentException("maxRetrieveRounds must be >= 0, was " + maxRetrieveRounds);
        }
        if (replayCapacity < 1) {
            throw new IllegalArgumentException("replayCapacity must be positive, was " + replayCapacity);
        }
        listeners = List.copyOf(listeners);
    }
}

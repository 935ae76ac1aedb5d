package dev.headroom.langchain4j;

import dev.headroom.Headroom;
import java.util.ArrayList;
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

    /** Mutable holder used by the public builders. */
    static final class Draft {
        Headroom headroom;
        int maxRetrieveRounds = DEFAULT_MAX_RETRIEVE_ROUNDS;
        String scope;
        final List<HeadroomChatListener> listeners = new ArrayList<>();
        int replayCapacity = DEFAULT_REPLAY_CAPACITY;

        Settings build() {
            return new Settings(headroom == null ? Headroom.create() : headroom, maxRetrieveRounds, scope, listeners,
                    replayCapacity);
        }
    }
}

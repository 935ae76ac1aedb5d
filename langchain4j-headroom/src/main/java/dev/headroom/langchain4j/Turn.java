package dev.headroom.langchain4j;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;

/** The state of one decorator {@code chat} call across its retrieve rounds. Not thread-safe; one per call. */
final class Turn {

    final Prepared prepared;
    /** What the model saw after the prepared messages and the caller does not: retrieve calls and their results. */
    final List<ChatMessage> hidden = new ArrayList<>();
    int retrieveRounds;
    int retrieveCalls;
    long retrievedTokens;
    int modelCalls = 1;

    Turn(Prepared prepared) {
        this.prepared = prepared;
    }

    ChatRequest firstRequest() {
        return prepared.request();
    }

    ChatRequest nextRequest() {
        List<ChatMessage> messages = new ArrayList<>(prepared.request().messages().size() + hidden.size());
        messages.addAll(prepared.request().messages());
        messages.addAll(hidden);
        return prepared.request().toBuilder().messages(messages).build();
    }

    /** Either the response to hand to the caller, or the next request to send to the model. */
    record Step(ChatResponse response, ChatRequest next) {

        static Step done(ChatResponse response) {
            return new Step(response, null);
        }

        static Step again(ChatRequest next) {
            return new Step(null, next);
        }

        boolean isDone() {
            return next == null;
        }
    }
}

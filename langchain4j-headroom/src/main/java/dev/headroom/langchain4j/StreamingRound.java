package dev.headroom.langchain4j;

import dev.headroom.conversation.ConversationTurn;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Receives one streamed model response. Events about {@code headroom_retrieve} calls are dropped.
 * Once a marker is in what is sent, every other event is held back until the round ends: if the
 * round ends in retrieve calls only, they are discarded and the next round starts; otherwise they are
 * replayed to the caller, in order, before the final response. Before that, events pass through live.
 */
final class StreamingRound implements StreamingChatResponseHandler {

    private final StreamingChatModel delegate;
    private final Calls call;
    private final ChatRequestOptions options;
    private final StreamingChatResponseHandler caller;
    private final boolean holdBack;
    private final List<Runnable> held = new ArrayList<>();
    private final Set<Integer> retrieveIndexes = new HashSet<>();

    StreamingRound(StreamingChatModel delegate, Calls call, ChatRequestOptions options, StreamingChatResponseHandler caller) {
        this.delegate = delegate;
        this.call = call;
        this.options = options;
        this.caller = caller;
        this.holdBack = call.holdBack();
    }

    /** Sends the call's current request to the model with this round as the handler. */
    void start() {
        try {
            delegate.chat(call.next(), options, this);
        } catch (RuntimeException e) {
            onError(e);
        }
    }

    @Override
    public void onPartialResponse(String partialResponse) {
        emit(() -> caller.onPartialResponse(partialResponse));
    }

    @Override
    public void onPartialResponse(PartialResponse partialResponse, PartialResponseContext context) {
        emit(() -> caller.onPartialResponse(partialResponse, context));
    }

    @Override
    public void onPartialThinking(PartialThinking partialThinking) {
        emit(() -> caller.onPartialThinking(partialThinking));
    }

    @Override
    public void onPartialThinking(PartialThinking partialThinking, PartialThinkingContext context) {
        emit(() -> caller.onPartialThinking(partialThinking, context));
    }

    @Override
    public void onPartialToolCall(PartialToolCall partialToolCall) {
        if (!isRetrieve(partialToolCall)) {
            emit(() -> caller.onPartialToolCall(partialToolCall));
        }
    }

    @Override
    public void onPartialToolCall(PartialToolCall partialToolCall, PartialToolCallContext context) {
        if (!isRetrieve(partialToolCall)) {
            emit(() -> caller.onPartialToolCall(partialToolCall, context));
        }
    }

    @Override
    public void onCompleteToolCall(CompleteToolCall completeToolCall) {
        if (!RetrieveToolSpec.isRetrieve(completeToolCall.toolExecutionRequest())) {
            emit(() -> caller.onCompleteToolCall(completeToolCall));
        }
    }

    @Override
    public void onUnmappedRawEvent(Object rawEvent) {
        emit(() -> caller.onUnmappedRawEvent(rawEvent));
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        ConversationTurn.Step step;
        ChatResponse toCaller = null;
        try {
            step = call.turn.onResponse(LangChain4jMapping.toNeutral(response.aiMessage()));
            if (step.isDone()) {
                toCaller = call.toCaller(response, step.reply());
            }
        } catch (RuntimeException e) {
            caller.onError(e);
            return;
        }
        if (step.isDone()) {
            held.forEach(Runnable::run);
            held.clear();
            caller.onCompleteResponse(toCaller);
        } else {
            new StreamingRound(delegate, call, options, caller).start();
        }
    }

    @Override
    public void onError(Throwable error) {
        call.turn.onFailure();
        caller.onError(error);
    }

    private boolean isRetrieve(PartialToolCall call) {
        if (RetrieveToolSpec.isRetrieve(call.name())) {
            retrieveIndexes.add(call.index());
            return true;
        }
        return retrieveIndexes.contains(call.index());
    }

    private void emit(Runnable event) {
        if (holdBack) {
            held.add(event);
        } else {
            event.run();
        }
    }
}

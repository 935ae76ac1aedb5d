package dev.headroom.langchain4j;

import dev.headroom.conversation.ConversationContract;
import dev.headroom.conversation.ScriptedModel;
import dev.headroom.conversation.ScriptedOpenAiServer;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The conversation contract through {@link HeadroomStreamingChatModel} over LangChain4j's real {@code OpenAiStreamingChatModel}. */
class LangChain4jStreamingConversationContractTest extends ConversationContract {

    @Override
    protected Driver driver(Settings settings, ScriptedModel model) throws Exception {
        ScriptedOpenAiServer server = new ScriptedOpenAiServer(model);
        HeadroomStreamingChatModel chat = HeadroomStreamingChatModel.builder()
                .delegate(OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl()).apiKey("test").modelName("gpt-4o-mini").build())
                .headroom(settings.headroom())
                .retrieveToolOffer(settings.offer())
                .maxRetrieveRounds(settings.maxRetrieveRounds())
                .replayCapacity(settings.replayCapacity())
                .scope(settings.scope())
                .build();
        return new LangChain4jDriver(server, request -> {
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();
            chat.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            try {
                return done.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, chat::stats);
    }
}

package dev.headroom.langchain4j;

import dev.headroom.conversation.ConversationContract;
import dev.headroom.conversation.ScriptedModel;
import dev.headroom.conversation.ScriptedOpenAiServer;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** The conversation contract through {@link HeadroomChatModel} over LangChain4j's real {@code OpenAiChatModel}. */
class LangChain4jConversationContractTest extends ConversationContract {

    @Override
    protected Driver driver(Settings settings, ScriptedModel model) throws Exception {
        ScriptedOpenAiServer server = new ScriptedOpenAiServer(model);
        HeadroomChatModel chat = HeadroomChatModel.builder()
                .delegate(OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("test").modelName("gpt-4o-mini")
                        .maxRetries(0).build())
                .headroom(settings.headroom())
                .retrieveToolOffer(settings.offer())
                .maxRetrieveRounds(settings.maxRetrieveRounds())
                .replayCapacity(settings.replayCapacity())
                .scope(settings.scope())
                .build();
        return new LangChain4jDriver(server, chat::chat, chat::stats);
    }
}

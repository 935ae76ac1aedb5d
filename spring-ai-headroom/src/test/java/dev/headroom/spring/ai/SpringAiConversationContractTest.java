package dev.headroom.spring.ai;

import dev.headroom.conversation.ConversationContract;
import dev.headroom.conversation.ScriptedModel;
import dev.headroom.conversation.ScriptedOpenAiServer;

/** The conversation contract through {@link HeadroomAdvisor} in a {@code ChatClient} over Spring AI's real OpenAI model, calling. */
class SpringAiConversationContractTest extends ConversationContract {

    @Override
    protected Driver driver(Settings settings, ScriptedModel model) throws Exception {
        return new SpringAiDriver(new ScriptedOpenAiServer(model), advisor(settings), spec -> spec.call().chatResponse());
    }

    static HeadroomAdvisor advisor(Settings settings) {
        return HeadroomAdvisor.builder(settings.headroom())
                .retrieveToolOffer(settings.offer())
                .maxRetrieveRounds(settings.maxRetrieveRounds())
                .replayCapacity(settings.replayCapacity())
                .scope(settings.scope())
                .build();
    }
}

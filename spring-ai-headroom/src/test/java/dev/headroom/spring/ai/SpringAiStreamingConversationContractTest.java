package dev.headroom.spring.ai;

import dev.headroom.conversation.ConversationContract;
import dev.headroom.conversation.ScriptedModel;
import dev.headroom.conversation.ScriptedOpenAiServer;
import java.util.List;
import org.springframework.ai.chat.client.ChatClientMessageAggregator;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.model.ChatResponse;

/** The conversation contract through {@link HeadroomAdvisor} in a {@code ChatClient} over Spring AI's real OpenAI model, streaming. */
class SpringAiStreamingConversationContractTest extends ConversationContract {

    @Override
    protected Driver driver(Settings settings, ScriptedModel model) throws Exception {
        return new SpringAiDriver(new ScriptedOpenAiServer(model), SpringAiConversationContractTest.advisor(settings), spec -> {
            ChatClientResponse[] whole = new ChatClientResponse[1];
            List<ChatClientResponse> chunks = new ChatClientMessageAggregator()
                    .aggregateChatClientResponse(spec.stream().chatClientResponse(), r -> whole[0] = r)
                    .collectList().block();
            if (chunks == null || whole[0] == null) {
                throw new AssertionError("no response streamed");
            }
            ChatResponse r = whole[0].chatResponse();
            return r;
        });
    }
}

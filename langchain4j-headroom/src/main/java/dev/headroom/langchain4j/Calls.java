package dev.headroom.langchain4j;

import dev.headroom.conversation.Conversation;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.ConversationTurn;
import dev.headroom.conversation.Reply;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport both decorators share: starts a policy turn for a LangChain4j request, turns each
 * round's plan into a {@link ChatRequest}, and the reply into the {@link ChatResponse} the caller gets.
 * Not thread-safe: one per call.
 */
final class Calls {

    private static final Logger LOG = LoggerFactory.getLogger("dev.headroom.langchain4j");

    final ChatRequest request;
    final ConversationTurn turn;
    private final List<ToolSpecification> callerTools;

    private Calls(ChatRequest request, ConversationTurn turn, List<ToolSpecification> callerTools) {
        this.request = request;
        this.turn = turn;
        this.callerTools = callerTools;
    }

    /** Starts a call, or returns null when the request cannot be mapped (it is then sent as it is). */
    static Calls begin(ConversationPolicy policy, ChatRequest request, ChatRequestParameters modelDefaults) {
        try {
            List<ToolSpecification> tools = LangChain4jMapping.effectiveTools(request, modelDefaults);
            ConversationTurn turn = policy.begin(new Conversation(
                    LangChain4jMapping.toNeutralMessages(request.messages()), LangChain4jMapping.toNeutral(tools), null));
            return new Calls(request, turn, tools);
        } catch (RuntimeException e) {
            LOG.warn("headroom: mapping the request failed; sending it unchanged: {}", e.toString());
            return null;
        }
    }

    /** The request to send for the current round. */
    ChatRequest next() {
        return LangChain4jMapping.toRequest(request, callerTools, turn.request());
    }

    /** Whether a streamed round's events must be held back until it is clear whether it calls the retrieve tool. */
    boolean holdBack() {
        return turn.request().markerSent();
    }

    /** The response for the caller: the model's own, or a copy without its {@code headroom_retrieve} calls. */
    ChatResponse toCaller(ChatResponse response, Reply reply) {
        if (!reply.changed()) {
            return response;
        }
        AiMessage ai = response.aiMessage();
        List<ToolExecutionRequest> kept = new ArrayList<>(reply.keptCalls().size());
        for (int i : reply.keptCalls()) {
            kept.add(ai.toolExecutionRequests().get(i));
        }
        AiMessage stripped = ai.toBuilder().toolExecutionRequests(kept).build();
        turn.handedOut(stripped);
        return response.toBuilder().aiMessage(stripped).build();
    }
}

package dev.headroom.bench.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.Headroom;
import dev.headroom.conversation.Conversation;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.RetrieveToolOffer;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.langchain4j.LangChain4jMapping;
import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a trace through LangChain4j: an application loop over a {@code ChatModel} (the scripted model,
 * wrapped in {@link HeadroomChatModel} when Headroom is on) that keeps its history in a list, executes
 * the tool calls it gets back and sends the history again, as AiServices does. With
 * {@code rebuildsHistory}, it keeps its own record of each reply instead and sends new message
 * objects built from it, as an application persisting messages in its own form does: only the calls
 * of a reply that calls tools (its text dropped), the text without trailing whitespace of an answer.
 * With a {@code contextBudget}, the decorator runs with it; with {@code providerClearing} (and no
 * Headroom), the model receives each request as {@link ProviderClearing} leaves it.
 */
record LangChain4jArm(RetrieveToolOffer offer, boolean rebuildsHistory, Supplier<Headroom> engine, int contextBudget,
        boolean providerClearing) implements Arm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TokenCounter O200K = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);

    LangChain4jArm(RetrieveToolOffer offer, boolean rebuildsHistory, Supplier<Headroom> engine) {
        this(offer, rebuildsHistory, engine, 0, false);
    }

    @Override
    public String frontEnd() {
        return "langchain4j";
    }

    @Override
    public Run run(Trace trace) {
        ScriptedAgent agent = new ScriptedAgent(trace);
        List<Conversation> requests = new ArrayList<>();
        ProviderClearing clearing = providerClearing ? new ProviderClearing(O200K) : null;
        ChatModel scripted = new ChatModel() {
            @Override
            public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
                Conversation seen = LangChain4jMapping.toNeutral(request, null, null);
                if (clearing != null) {
                    seen = clearing.apply(seen);
                }
                requests.add(seen);
                return ChatResponse.builder().aiMessage(toAi(agent.respond(seen))).build();
            }
        };
        HeadroomChatModel headroom = offer == null ? null
                : HeadroomChatModel.builder().delegate(scripted).headroom(engine.get()).retrieveToolOffer(offer)
                        .contextBudget(contextBudget).build();
        ChatModel model = headroom == null ? scripted : headroom;
        List<ToolSpecification> tools = new ArrayList<>();
        for (ToolDefinition t : trace.tools()) {
            tools.add(spec(t));
        }
        List<ChatMessage> history = new ArrayList<>();
        history.add(SystemMessage.from(trace.system()));
        for (Trace.Turn turn : trace.turns()) {
            history.add(UserMessage.from(turn.user()));
            while (true) {
                AiMessage reply = model.chat(ChatRequest.builder().messages(history).toolSpecifications(tools).build()).aiMessage();
                history.add(rebuildsHistory ? rebuilt(reply) : reply);
                if (!reply.hasToolExecutionRequests()) {
                    break;
                }
                for (ToolExecutionRequest call : reply.toolExecutionRequests()) {
                    history.add(ToolExecutionResultMessage.from(call, agent.nextOutput()));
                }
            }
        }
        if (!agent.finished()) {
            throw new IllegalStateException(trace.name() + ": the replay ended before the trace did (" + agent.progress() + ", "
                    + requests.size() + " requests)");
        }
        return new Run(requests, headroom == null ? null : headroom.stats());
    }

    private static AiMessage rebuilt(AiMessage reply) {
        if (!reply.hasToolExecutionRequests()) {
            return AiMessage.from(reply.text() == null ? "" : reply.text().stripTrailing());
        }
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (ToolExecutionRequest c : reply.toolExecutionRequests()) {
            calls.add(ToolExecutionRequest.builder().id(c.id()).name(c.name()).arguments(c.arguments()).build());
        }
        return AiMessage.from(calls);
    }

    private static AiMessage toAi(Message.Assistant a) {
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (ToolCall c : a.toolCalls()) {
            calls.add(ToolExecutionRequest.builder().id(c.id()).name(c.name()).arguments(c.arguments()).build());
        }
        return a.text() == null ? AiMessage.from(calls) : calls.isEmpty() ? AiMessage.from(a.text()) : AiMessage.from(a.text(), calls);
    }

    private static ToolSpecification spec(ToolDefinition t) {
        try {
            ObjectNode json = JSON.createObjectNode().put("name", t.name()).put("description", t.description());
            json.set("parameters", JSON.readTree(t.parametersJson()));
            return ToolSpecification.fromJson(json.toString());
        } catch (Exception e) {
            throw new IllegalArgumentException("tool " + t.name() + ": " + e.getMessage(), e);
        }
    }
}

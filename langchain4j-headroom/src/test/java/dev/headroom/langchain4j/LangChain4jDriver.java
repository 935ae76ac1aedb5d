package dev.headroom.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.conversation.ConversationContract;
import dev.headroom.conversation.ConversationStats;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.ScriptedOpenAiServer;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import dev.headroom.conversation.ToolResult;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the conversation contract through a LangChain4j decorator: the caller's neutral history
 * becomes LangChain4j messages (replies it got back are passed back as the very objects it got, as
 * chat memory does), and the decorator's reply becomes neutral again.
 */
final class LangChain4jDriver implements ConversationContract.Driver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScriptedOpenAiServer server;
    private final Function<ChatRequest, ChatResponse> chat;
    private final Supplier<ConversationStats> stats;
    private final Map<Message, AiMessage> replies = new IdentityHashMap<>();

    LangChain4jDriver(ScriptedOpenAiServer server, Function<ChatRequest, ChatResponse> chat, Supplier<ConversationStats> stats) {
        this.server = server;
        this.chat = chat;
        this.stats = stats;
    }

    @Override
    public Message.Assistant send(List<Message> history, List<ToolDefinition> tools) {
        List<ChatMessage> messages = new ArrayList<>();
        for (Message m : history) {
            messages.addAll(toLangChain4j(m));
        }
        List<ToolSpecification> specs = new ArrayList<>();
        for (ToolDefinition t : tools) {
            specs.add(spec(t));
        }
        AiMessage reply = chat.apply(ChatRequest.builder().messages(messages).toolSpecifications(specs).build()).aiMessage();
        List<ToolCall> calls = new ArrayList<>();
        for (ToolExecutionRequest r : reply.toolExecutionRequests()) {
            calls.add(new ToolCall(r.id(), r.name(), r.arguments()));
        }
        Message.Assistant neutral = new Message.Assistant(reply.text(), calls, "", null);
        replies.put(neutral, reply);
        return neutral;
    }

    private List<ChatMessage> toLangChain4j(Message m) {
        AiMessage own = replies.get(m);
        if (own != null) {
            return List.of(own);
        }
        if (m instanceof Message.System s) {
            return List.of(SystemMessage.from(s.text()));
        }
        if (m instanceof Message.User u) {
            return List.of(UserMessage.from(u.text()));
        }
        if (m instanceof Message.Assistant a) {
            List<ToolExecutionRequest> calls = new ArrayList<>();
            for (ToolCall c : a.toolCalls()) {
                calls.add(ToolExecutionRequest.builder().id(c.id()).name(c.name()).arguments(c.arguments()).build());
            }
            return List.of(a.text() == null ? AiMessage.from(calls) : AiMessage.from(a.text(), calls));
        }
        List<ChatMessage> out = new ArrayList<>();
        for (ToolResult r : ((Message.ToolResults) m).results()) {
            out.add(ToolExecutionResultMessage.from(r.id(), r.toolName(), r.text()));
        }
        return out;
    }

    /** A specification with the definition's string properties (all the contract's tools use). */
    private static ToolSpecification spec(ToolDefinition d) {
        try {
            JsonNode schema = JSON.readTree(d.parametersJson());
            JsonObjectSchema.Builder params = JsonObjectSchema.builder();
            for (Iterator<String> it = schema.path("properties").fieldNames(); it.hasNext(); ) {
                params.addStringProperty(it.next());
            }
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(n -> required.add(n.asText()));
            return ToolSpecification.builder().name(d.name()).description(d.description()).parameters(params.required(required).build()).build();
        } catch (Exception e) {
            throw new IllegalArgumentException(d.parametersJson(), e);
        }
    }

    @Override
    public ConversationStats stats() {
        return stats.get();
    }

    @Override
    public void close() {
        server.close();
    }
}

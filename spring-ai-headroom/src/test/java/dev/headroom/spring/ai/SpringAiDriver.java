package dev.headroom.spring.ai;

import dev.headroom.conversation.ConversationContract;
import dev.headroom.conversation.ConversationStats;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.ScriptedOpenAiServer;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import dev.headroom.conversation.ToolResult;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ChatClientAttributes;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.tool.ToolCallback;

/**
 * Runs the conversation contract through {@link HeadroomAdvisor} in a {@code ChatClient} over Spring
 * AI's real OpenAI model. The application executes its own tools (the tool-calling advisor is not
 * registered), so the contract's caller sees every reply as the advisor hands it on; replies passed
 * back are the very objects it got, as chat memory does.
 */
final class SpringAiDriver implements ConversationContract.Driver {

    private final ScriptedOpenAiServer server;
    private final HeadroomAdvisor advisor;
    private final Function<ChatClient.ChatClientRequestSpec, ChatResponse> send;
    private final ChatClient client;
    private final Map<Message, AssistantMessage> replies = new IdentityHashMap<>();

    SpringAiDriver(ScriptedOpenAiServer server, HeadroomAdvisor advisor, Function<ChatClient.ChatClientRequestSpec, ChatResponse> send) {
        this.server = server;
        this.advisor = advisor;
        this.send = send;
        OpenAiChatModel model = OpenAiChatModel.builder()
                .options(OpenAiChatOptions.builder().baseUrl(server.baseUrl()).apiKey("test").model("gpt-4o-mini").maxRetries(0).build())
                .build();
        this.client = ChatClient.builder(model)
                .defaultAdvisors(a -> a.advisors(advisor).param(ChatClientAttributes.TOOL_CALLING_ADVISOR_AUTO_REGISTER.getKey(), false))
                .build();
    }

    @Override
    public Message.Assistant send(List<Message> history, List<ToolDefinition> tools) {
        List<org.springframework.ai.chat.messages.Message> messages = new ArrayList<>();
        for (Message m : history) {
            messages.add(toSpring(m));
        }
        List<ToolCallback> callbacks = new ArrayList<>();
        for (ToolDefinition t : tools) {
            callbacks.add(new DefinitionOnly(t));
        }
        AssistantMessage reply = send.apply(client.prompt().messages(messages).toolCallbacks(callbacks)).getResult().getOutput();
        List<ToolCall> calls = new ArrayList<>();
        for (AssistantMessage.ToolCall c : reply.getToolCalls()) {
            calls.add(new ToolCall(c.id(), c.name(), c.arguments()));
        }
        Message.Assistant neutral = new Message.Assistant(reply.getText() == null || reply.getText().isEmpty() && !calls.isEmpty()
                ? null : reply.getText(), calls, "", null);
        replies.put(neutral, reply);
        return neutral;
    }

    private org.springframework.ai.chat.messages.Message toSpring(Message m) {
        AssistantMessage own = replies.get(m);
        if (own != null) {
            return own;
        }
        if (m instanceof Message.System s) {
            return new SystemMessage(s.text());
        }
        if (m instanceof Message.User u) {
            return new UserMessage(u.text());
        }
        if (m instanceof Message.Assistant a) {
            List<AssistantMessage.ToolCall> calls = new ArrayList<>();
            for (ToolCall c : a.toolCalls()) {
                calls.add(new AssistantMessage.ToolCall(c.id(), "function", c.name(), c.arguments()));
            }
            return AssistantMessage.builder().content(a.text()).toolCalls(calls).build();
        }
        List<ToolResponseMessage.ToolResponse> responses = new ArrayList<>();
        for (ToolResult r : ((Message.ToolResults) m).results()) {
            responses.add(new ToolResponseMessage.ToolResponse(r.id(), r.toolName(), r.text()));
        }
        return ToolResponseMessage.builder().responses(responses).build();
    }

    @Override
    public ConversationStats stats() {
        return advisor.stats();
    }

    @Override
    public void close() {
        server.close();
    }

    /** A tool the model is offered and the application executes itself. */
    private record DefinitionOnly(ToolDefinition definition) implements ToolCallback {
        @Override
        public org.springframework.ai.tool.definition.ToolDefinition getToolDefinition() {
            return org.springframework.ai.tool.definition.ToolDefinition.builder().name(definition.name())
                    .description(definition.description()).inputSchema(definition.parametersJson()).build();
        }

        @Override
        public String call(String toolInput) {
            throw new AssertionError("the application executes " + definition.name() + " itself");
        }
    }
}

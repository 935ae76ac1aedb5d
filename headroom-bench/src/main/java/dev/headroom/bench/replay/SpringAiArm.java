package dev.headroom.bench.replay;

import dev.headroom.Headroom;
import dev.headroom.conversation.Conversation;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.RetrieveToolOffer;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import dev.headroom.spring.ai.HeadroomAdvisor;
import dev.headroom.spring.ai.SpringAiMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.client.advisor.api.Advisor;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.InMemoryChatMemoryRepository;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;

/**
 * Runs a trace through Spring AI: a {@code ChatClient} over the scripted model with Spring AI's
 * tool-calling advisor executing the tools, chat memory inside the tool loop (the arrangement the
 * Headroom advisor requires of ChatClient beans) keeping every round, and {@link HeadroomAdvisor}
 * when Headroom is on (with {@code contextBudget} when it is not 0). One {@code call()} per user turn.
 */
record SpringAiArm(RetrieveToolOffer offer, Supplier<Headroom> engine, int contextBudget) implements Arm {

    /** Enough messages for any trace: a window that slid would rewrite the history by itself. */
    private static final int MEMORY_MESSAGES = 100_000;

    SpringAiArm(RetrieveToolOffer offer, Supplier<Headroom> engine) {
        this(offer, engine, 0);
    }

    @Override
    public String frontEnd() {
        return "spring-ai";
    }

    @Override
    public boolean rebuildsHistory() {
        return false;
    }

    @Override
    public Run run(Trace trace) {
        ScriptedAgent agent = new ScriptedAgent(trace);
        List<Conversation> requests = new ArrayList<>();
        ChatModel scripted = new ChatModel() {
            @Override
            public ChatResponse call(Prompt prompt) {
                Conversation seen = SpringAiMapping.toNeutral(prompt, null);
                requests.add(seen);
                return new ChatResponse(List.of(new Generation(toAssistant(agent.respond(seen)))));
            }

            @Override
            public ChatOptions getOptions() {
                return ToolCallingChatOptions.builder().build();
            }
        };
        List<ToolCallback> tools = new ArrayList<>();
        for (ToolDefinition t : trace.tools()) {
            tools.add(new TraceTool(t, agent));
        }
        ChatMemory memory = MessageWindowChatMemory.builder().chatMemoryRepository(new InMemoryChatMemoryRepository())
                .maxMessages(MEMORY_MESSAGES).build();
        List<Advisor> advisors = new ArrayList<>();
        advisors.add(MessageChatMemoryAdvisor.builder(memory).order(ToolCallingAdvisor.DEFAULT_ORDER + 100).build());
        HeadroomAdvisor headroom = offer == null ? null
                : HeadroomAdvisor.builder(engine.get()).retrieveToolOffer(offer).contextBudget(contextBudget).build();
        if (headroom != null) {
            advisors.add(headroom);
        }
        ChatClient client = ChatClient.builder(scripted).defaultSystem(trace.system())
                .defaultAdvisors(a -> a.advisors(advisors).param(ChatMemory.CONVERSATION_ID, trace.name()))
                .defaultToolCallbacks(tools).build();
        for (Trace.Turn turn : trace.turns()) {
            client.prompt().user(turn.user()).call().chatResponse();
        }
        if (!agent.finished()) {
            throw new IllegalStateException(trace.name() + ": the replay ended before the trace did (" + agent.progress() + ", "
                    + requests.size() + " requests)");
        }
        return new Run(requests, headroom == null ? null : headroom.stats());
    }

    private static AssistantMessage toAssistant(Message.Assistant a) {
        List<AssistantMessage.ToolCall> calls = new ArrayList<>();
        for (ToolCall c : a.toolCalls()) {
            calls.add(new AssistantMessage.ToolCall(c.id(), "function", c.name(), c.arguments()));
        }
        return AssistantMessage.builder().content(a.text()).toolCalls(calls).build();
    }

    /** A tool of the trace: returns the trace's next output, as the recorded tool did. */
    private record TraceTool(ToolDefinition definition, ScriptedAgent agent) implements ToolCallback {
        @Override
        public org.springframework.ai.tool.definition.ToolDefinition getToolDefinition() {
            return org.springframework.ai.tool.definition.ToolDefinition.builder().name(definition.name())
                    .description(definition.description()).inputSchema(definition.parametersJson()).build();
        }

        @Override
        public String call(String toolInput) {
            return agent.nextOutput();
        }
    }
}

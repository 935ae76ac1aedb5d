package dev.headroom.spring.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;
import reactor.core.publisher.Flux;

/** A scripted stand-in {@link ChatModel} for tests: answers each prompt with a function of it and records the prompts. */
public final class ScriptedChatModel implements ChatModel {

    private final Function<Prompt, ChatResponse> script;
    public final List<Prompt> prompts = new CopyOnWriteArrayList<>();

    private ScriptedChatModel(Function<Prompt, ChatResponse> script) {
        this.script = script;
    }

    public static ScriptedChatModel thatResponds(Function<Prompt, ChatResponse> script) {
        return new ScriptedChatModel(script);
    }

    @Override
    public ChatResponse call(Prompt prompt) {
        prompts.add(prompt);
        return script.apply(prompt);
    }

    @Override
    public Flux<ChatResponse> stream(Prompt prompt) {
        return Flux.just(call(prompt));
    }

    @Override
    public ChatOptions getOptions() {
        return ToolCallingChatOptions.builder().build();
    }

    public static ChatResponse text(String text) {
        return new ChatResponse(List.of(new Generation(new AssistantMessage(text))));
    }

    public static ChatResponse toolCall(String id, String name, String arguments) {
        AssistantMessage m = AssistantMessage.builder()
                .content("")
                .toolCalls(List.of(new AssistantMessage.ToolCall(id, "function", name, arguments)))
                .build();
        return new ChatResponse(List.of(new Generation(m)));
    }

    public static List<String> toolNames(Prompt p) {
        List<String> out = new ArrayList<>();
        if (p.getOptions() instanceof ToolCallingChatOptions t && t.getToolCallbacks() != null) {
            for (ToolCallback c : t.getToolCallbacks()) {
                out.add(c.getToolDefinition().name());
            }
        }
        return out;
    }
}

package dev.headroom.examples.springai;

import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * SCRIPTED STAND-IN MODEL, used only when {@code OPENAI_API_KEY} is not set: not an LLM. It calls
 * {@code searchLogs}, then (if Headroom elided part of the log) calls {@code headroom_retrieve}
 * with the query "ERROR", then answers by quoting the first ERROR line it was shown.
 */
@Component
@Profile(ScriptedChatModel.PROFILE)
public class ScriptedChatModel implements ChatModel {

    static final String PROFILE = "offline";

    @Override
    public ChatResponse call(Prompt prompt) {
        List<Message> messages = prompt.getInstructions();
        Message last = messages.get(messages.size() - 1);
        if (!(last instanceof ToolResponseMessage)) {
            return toolCall("call_1", "searchLogs", "{\"service\":\"checkout\"}");
        }
        String lastText = ((ToolResponseMessage) last).getResponses().get(0).responseData();
        boolean retrieved = ((ToolResponseMessage) last).getResponses().get(0).name().equals(RetrieveTool.NAME);
        List<Marker> markers = Marker.findAll(lastText);
        if (!retrieved && !markers.isEmpty() && !firstError(lastText).isEmpty()) {
            return answer(firstError(lastText));
        }
        if (!retrieved && !markers.isEmpty()) {
            return toolCall("call_2", RetrieveTool.NAME,
                    "{\"handle\":\"" + markers.get(0).handle() + "\",\"query\":\"ERROR\"}");
        }
        return answer(firstError(lastText));
    }

    @Override
    public ChatOptions getOptions() {
        return ToolCallingChatOptions.builder().model("scripted-stand-in").build();
    }

    private static String firstError(String text) {
        for (String line : text.replace("\\n", "\n").split("\n")) {
            if (line.contains(" ERROR ")) {
                return line.strip();
            }
        }
        return "";
    }

    private static ChatResponse answer(String errorLine) {
        String text = errorLine.isEmpty() ? "[scripted stand-in] I found no error in the log."
                : "[scripted stand-in] Checkout failed because the payment was declined: " + errorLine;
        return new ChatResponse(List.of(new Generation(new AssistantMessage(text))));
    }

    private static ChatResponse toolCall(String id, String name, String args) {
        AssistantMessage m = AssistantMessage.builder()
                .content("")
                .toolCalls(List.of(new AssistantMessage.ToolCall(id, "function", name, args)))
                .build();
        return new ChatResponse(List.of(new Generation(m)));
    }
}

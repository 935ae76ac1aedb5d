package dev.headroom.spring.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.conversation.Conversation;
import dev.headroom.conversation.Edit;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.RequestPlan;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import dev.headroom.conversation.ToolResult;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;

/**
 * Spring AI's messages and tool callbacks to the engine's neutral conversation and back. Messages
 * keep their Spring AI object as origin, so whatever goes out unchanged is the caller's own object;
 * media become the messages' {@code extra}. A tool result that is one JSON string literal (Spring AI's
 * default conversion of a {@code String} return value) is unwrapped for the engine and encoded back
 * when it is replaced, so the wire shape stays what the tool produced. Public so that tools (the
 * replay benchmark) see a prompt exactly as the advisor does. Thread-safe.
 */
public final class SpringAiMapping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpringAiMapping() {}

    /** The prompt in neutral form: its messages and the tools it offers. */
    public static Conversation toNeutral(Prompt prompt, String scope) {
        List<org.springframework.ai.chat.messages.Message> in = prompt.getInstructions();
        List<Message> messages = new ArrayList<>(in.size());
        for (org.springframework.ai.chat.messages.Message m : in) {
            messages.add(toNeutral(m));
        }
        return new Conversation(messages, tools(prompt.getOptions()), scope);
    }

    static List<ToolDefinition> tools(ChatOptions options) {
        if (!(options instanceof ToolCallingChatOptions t)) {
            return List.of();
        }
        List<ToolCallback> callbacks = t.getToolCallbacks();
        if (callbacks == null) {
            return List.of();
        }
        List<ToolDefinition> out = new ArrayList<>(callbacks.size());
        for (ToolCallback c : callbacks) {
            org.springframework.ai.tool.definition.ToolDefinition d = c.getToolDefinition();
            out.add(d.equals(RetrieveToolCallback.DEFINITION)
                    ? ToolDefinition.RETRIEVE : new ToolDefinition(d.name(), d.description(), d.inputSchema()));
        }
        return out;
    }

    /** One message in neutral form; its origin is the message itself. */
    public static Message toNeutral(org.springframework.ai.chat.messages.Message m) {
        if (m instanceof ToolResponseMessage t) {
            List<ToolResult> results = new ArrayList<>(t.getResponses().size());
            for (ToolResponseMessage.ToolResponse r : t.getResponses()) {
                String data = r.responseData();
                String literal = data == null ? null : ToolResultText.unwrapStringLiteral(data);
                results.add(new ToolResult(r.id(), r.name(), literal != null ? literal : data == null ? "" : data, false,
                        data != null));
            }
            return new Message.ToolResults(results, "", t);
        }
        if (m instanceof AssistantMessage a) {
            return toNeutral(a);
        }
        if (m instanceof UserMessage u) {
            return new Message.User(u.getText(), u.getMedia().isEmpty() ? "" : "media=" + u.getMedia(), u);
        }
        if (m instanceof SystemMessage s) {
            return new Message.System(s.getText(), "", s);
        }
        return new Message.User(m.getText(), "custom:" + m.getClass().getName() + ":" + m.getMessageType(), m);
    }

    /** A model response in neutral form; its origin is the message itself. */
    public static Message.Assistant toNeutral(AssistantMessage a) {
        if (a == null) {
            return new Message.Assistant(null, List.of(), "", null);
        }
        List<ToolCall> calls = new ArrayList<>(a.getToolCalls().size());
        for (AssistantMessage.ToolCall c : a.getToolCalls()) {
            calls.add(new ToolCall(c.id(), c.name() == null ? "" : c.name(), c.arguments()));
        }
        return new Message.Assistant(a.getText(), calls, a.getMedia().isEmpty() ? "" : "media=" + a.getMedia(), a);
    }

    /** The prompt to send for {@code plan}; {@code prompt} itself when nothing changes. */
    static Prompt toPrompt(Prompt prompt, RequestPlan plan, ToolCallback retrieveTool) {
        if (plan.unchanged()) {
            return prompt;
        }
        List<org.springframework.ai.chat.messages.Message> in = prompt.getInstructions();
        List<org.springframework.ai.chat.messages.Message> out = new ArrayList<>(plan.messages().size());
        List<Edit> edits = plan.edits();
        int next = 0;
        for (int i = 0; i < in.size(); i++) {
            org.springframework.ai.chat.messages.Message m = in.get(i);
            if (next < edits.size() && edits.get(next).index() == i) {
                List<Edit> mine = new ArrayList<>(2);
                while (next < edits.size() && edits.get(next).index() == i) {
                    mine.add(edits.get(next++));
                }
                if (mine.get(0) instanceof Edit.Replay r) {
                    r.messages().forEach(x -> out.add(toSpring(x)));
                } else if (m instanceof ToolResponseMessage t) {
                    out.add(withTexts(t, mine));
                } else {
                    out.add(m);
                }
                continue;
            }
            out.add(m);
        }
        plan.appended().forEach(x -> out.add(toSpring(x)));
        ChatOptions options = prompt.getOptions();
        if (plan.toolsChanged() && options instanceof ToolCallingChatOptions t) {
            List<ToolCallback> callbacks = new ArrayList<>(plan.tools().size());
            List<ToolCallback> current = t.getToolCallbacks() == null ? List.of() : t.getToolCallbacks();
            for (ToolDefinition d : plan.tools()) {
                ToolCallback own = byName(current, d.name());
                if (own != null && (!d.isRetrieve() || own.getToolDefinition().equals(RetrieveToolCallback.DEFINITION))) {
                    callbacks.add(own);
                } else if (d.isRetrieve()) {
                    callbacks.add(retrieveTool);
                }
            }
            options = t.mutate().toolCallbacks(callbacks).build();
        }
        return new Prompt(out, options);
    }

    private static ToolResponseMessage withTexts(ToolResponseMessage t, List<Edit> edits) {
        List<ToolResponseMessage.ToolResponse> responses = new ArrayList<>(t.getResponses());
        for (Edit e : edits) {
            if (e instanceof Edit.ToolResultText text) {
                ToolResponseMessage.ToolResponse r = responses.get(text.result());
                boolean literal = ToolResultText.unwrapStringLiteral(r.responseData()) != null;
                responses.set(text.result(), new ToolResponseMessage.ToolResponse(r.id(), r.name(),
                        literal ? jsonString(text.text()) : text.text()));
            }
        }
        return ToolResponseMessage.builder().responses(responses).metadata(t.getMetadata()).build();
    }

    /** The Spring AI form of a message the policy sends: its origin when it has one, otherwise built from it. */
    static org.springframework.ai.chat.messages.Message toSpring(Message m) {
        if (m.origin() instanceof org.springframework.ai.chat.messages.Message own) {
            return own;
        }
        if (m instanceof Message.ToolResults t) {
            List<ToolResponseMessage.ToolResponse> responses = new ArrayList<>(t.results().size());
            for (ToolResult r : t.results()) {
                responses.add(new ToolResponseMessage.ToolResponse(r.id(), r.toolName(), r.text()));
            }
            return ToolResponseMessage.builder().responses(responses).build();
        }
        if (m instanceof Message.Assistant a) {
            List<AssistantMessage.ToolCall> calls = new ArrayList<>(a.toolCalls().size());
            for (ToolCall c : a.toolCalls()) {
                calls.add(new AssistantMessage.ToolCall(c.id(), "function", c.name(), c.arguments()));
            }
            return AssistantMessage.builder().content(a.text()).toolCalls(calls).build();
        }
        if (m instanceof Message.User u) {
            return new UserMessage(u.text());
        }
        return new SystemMessage(m.text());
    }

    private static ToolCallback byName(List<ToolCallback> callbacks, String name) {
        for (ToolCallback c : callbacks) {
            if (c.getToolDefinition().name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static String jsonString(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always encodes", e);
        }
    }
}

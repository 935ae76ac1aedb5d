package dev.headroom.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.headroom.conversation.Conversation;
import dev.headroom.conversation.Edit;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.RequestPlan;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import dev.headroom.conversation.ToolResult;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * LangChain4j's messages and tool specifications to the engine's neutral conversation and back.
 * Messages keep their LangChain4j object as origin, so whatever goes out unchanged is the caller's
 * own object; what LangChain4j carries and Headroom does not read (names, images, thinking,
 * attributes) becomes the messages' {@code extra}, so it still tells messages apart. Public so that
 * tools (the replay benchmark) see a request exactly as the decorators do. Thread-safe.
 */
public final class LangChain4jMapping {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tool specifications are usually the same objects on every request (AiServices builds them once). */
    private static final Cache<ToolSpecification, ToolDefinition> TOOLS =
            Caffeine.newBuilder().weakKeys().maximumSize(4_096).executor(Runnable::run).build();

    private LangChain4jMapping() {}

    /** The request in neutral form, with the tools it would send (its own merged with {@code modelDefaults}). */
    public static Conversation toNeutral(ChatRequest request, ChatRequestParameters modelDefaults, String scope) {
        return new Conversation(toNeutralMessages(request.messages()), toNeutral(effectiveTools(request, modelDefaults)), scope);
    }

    /** Messages in neutral form, in order. */
    static List<Message> toNeutralMessages(List<ChatMessage> in) {
        List<Message> messages = new ArrayList<>(in.size());
        for (ChatMessage m : in) {
            messages.add(toNeutral(m));
        }
        return messages;
    }

    /** The tool specifications the request sends: its own merged with the model's defaults, as the model merges them. */
    static List<ToolSpecification> effectiveTools(ChatRequest request, ChatRequestParameters modelDefaults) {
        List<ToolSpecification> tools = modelDefaults == null ? request.toolSpecifications()
                : modelDefaults.overrideWith(request.parameters()).toolSpecifications();
        return tools == null ? List.of() : tools;
    }

    static List<ToolDefinition> toNeutral(List<ToolSpecification> specs) {
        List<ToolDefinition> out = new ArrayList<>(specs.size());
        for (ToolSpecification s : specs) {
            out.add(TOOLS.get(s, LangChain4jMapping::definition));
        }
        return out;
    }

    private static ToolDefinition definition(ToolSpecification s) {
        return s == RetrieveToolSpec.SPEC ? ToolDefinition.RETRIEVE : new ToolDefinition(s.name(), s.description(), parameters(s));
    }

    private static String parameters(ToolSpecification s) {
        if (s.parameters() == null) {
            return null;
        }
        try {
            JsonNode p = JSON.readTree(s.toJson()).get("parameters");
            return p == null ? null : p.toString();
        } catch (Exception e) {
            return null;
        }
    }

    /** One message in neutral form; its origin is the message itself. */
    public static Message toNeutral(ChatMessage m) {
        if (m instanceof ToolExecutionResultMessage t) {
            boolean plain = t.hasSingleText();
            String text = plain ? t.text() : text(t.contents());
            ToolResult r = new ToolResult(t.id(), t.toolName(), text == null ? "" : text, Boolean.TRUE.equals(t.isError()), plain);
            return new Message.ToolResults(List.of(r), extra(plain ? null : t.contents(), null, t.isError() == null ? null
                    : "error=" + t.isError(), t.attributes()), t);
        }
        if (m instanceof AiMessage a) {
            return toNeutral(a);
        }
        if (m instanceof UserMessage u) {
            boolean plain = u.contents().size() == 1 && u.contents().get(0) instanceof TextContent;
            return new Message.User(text(u.contents()), extra(plain ? null : u.contents(), u.name(), null, u.attributes()), u);
        }
        if (m instanceof SystemMessage s) {
            return new Message.System(s.text(), "", s);
        }
        // a custom message type: Headroom reads nothing in it, but it is part of the history
        return new Message.User(null, "custom:" + m.getClass().getName() + ":" + m, m);
    }

    /** A model response in neutral form; its origin is the message itself. */
    public static Message.Assistant toNeutral(AiMessage a) {
        if (a == null) {
            return new Message.Assistant(null, List.of(), "", null);
        }
        List<ToolExecutionRequest> requests = a.toolExecutionRequests();
        List<ToolCall> calls = new ArrayList<>(requests.size());
        for (ToolExecutionRequest r : requests) {
            calls.add(new ToolCall(r.id(), r.name() == null ? "" : r.name(), r.arguments()));
        }
        String extra = a.thinking() == null && a.images().isEmpty() && a.attributes().isEmpty() ? ""
                : extra(null, null, "thinking=" + a.thinking() + ";images=" + a.images(), a.attributes());
        return new Message.Assistant(a.text(), calls, extra, a);
    }

    /** The request to send for {@code plan}: the caller's request itself when nothing changes. */
    static ChatRequest toRequest(ChatRequest request, List<ToolSpecification> callerTools, RequestPlan plan) {
        if (plan.unchanged()) {
            return request;
        }
        List<ChatMessage> in = request.messages();
        List<ChatMessage> out = new ArrayList<>(plan.messages().size());
        List<Edit> edits = plan.edits();
        int next = 0;
        for (int i = 0; i < in.size(); i++) {
            ChatMessage m = in.get(i);
            if (next < edits.size() && edits.get(next).index() == i) {
                Edit e = edits.get(next++);
                if (e instanceof Edit.Replay r) {
                    r.messages().forEach(x -> addNative(out, x));
                } else if (e instanceof Edit.ToolResultText t && m instanceof ToolExecutionResultMessage result) {
                    out.add(withText(result, t.text()));
                } else {
                    out.add(m);
                }
                continue;
            }
            out.add(m);
        }
        plan.appended().forEach(x -> addNative(out, x));
        ChatRequest.Builder b = request.toBuilder().messages(out);
        if (plan.toolsChanged()) {
            List<ToolSpecification> tools = new ArrayList<>(plan.tools().size());
            for (ToolDefinition d : plan.tools()) {
                tools.add(d.isRetrieve() ? RetrieveToolSpec.SPEC : byName(callerTools, d.name()));
            }
            b.toolSpecifications(tools);
        }
        return b.build();
    }

    /** The LangChain4j form of a message the policy sends: its origin when it has one, otherwise built from it. */
    private static void addNative(List<ChatMessage> out, Message m) {
        if (m.origin() instanceof ChatMessage own) {
            out.add(own);
        } else if (m instanceof Message.ToolResults t) {
            for (ToolResult r : t.results()) {
                out.add(ToolExecutionResultMessage.builder().id(r.id()).toolName(r.toolName()).text(r.text()).build());
            }
        } else if (m instanceof Message.Assistant a) {
            List<ToolExecutionRequest> calls = new ArrayList<>(a.toolCalls().size());
            for (ToolCall c : a.toolCalls()) {
                calls.add(ToolExecutionRequest.builder().id(c.id()).name(c.name()).arguments(c.arguments()).build());
            }
            out.add(a.text() == null ? AiMessage.from(calls) : AiMessage.from(a.text(), calls));
        } else if (m instanceof Message.User u) {
            out.add(UserMessage.from(u.text()));
        } else {
            out.add(SystemMessage.from(m.text()));
        }
    }

    private static ToolSpecification byName(List<ToolSpecification> tools, String name) {
        for (ToolSpecification t : tools) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalStateException("no tool named " + name);
    }

    /** A copy of {@code original} with new text; built fresh because toBuilder() keeps the old contents. */
    static ToolExecutionResultMessage withText(ToolExecutionResultMessage original, String text) {
        return ToolExecutionResultMessage.builder()
                .id(original.id())
                .toolName(original.toolName())
                .text(text)
                .isError(original.isError())
                .attributes(original.attributes())
                .build();
    }

    private static String text(List<Content> contents) {
        if (contents.size() == 1) {
            return contents.get(0) instanceof TextContent t ? t.text() : null;
        }
        StringBuilder sb = null;
        for (Content c : contents) {
            if (c instanceof TextContent t) {
                sb = sb == null ? new StringBuilder() : sb.append('\n');
                sb.append(t.text());
            }
        }
        return sb == null ? null : sb.toString();
    }

    /** What Headroom does not read but must not confuse: content structure, a name, a detail, attributes. */
    private static String extra(List<Content> contents, String name, String detail, Map<String, Object> attributes) {
        boolean noAttributes = attributes == null || attributes.isEmpty();
        if (contents == null && name == null && detail == null && noAttributes) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            sb.append("name=").append(name.length()).append(':').append(name).append(';');
        }
        if (contents != null) {
            sb.append("contents=").append(contents.size()).append('[');
            for (Content c : contents) {
                String s = c instanceof TextContent t ? "text:" + t.text().length() : c.getClass().getSimpleName() + ":" + c;
                sb.append(s.length()).append(':').append(s);
            }
            sb.append("];");
        }
        if (detail != null) {
            sb.append(detail.length()).append(':').append(detail).append(';');
        }
        if (!noAttributes) {
            sb.append("attributes=").append(new TreeMap<>(attributes));
        }
        return sb.toString();
    }
}

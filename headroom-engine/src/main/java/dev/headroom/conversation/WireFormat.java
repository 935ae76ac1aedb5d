package dev.headroom.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.conversation.cost.PromptBlock;
import dev.headroom.internal.Hashing;
import dev.headroom.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A neutral request as a provider's API carries it, cut into the blocks a prompt cache sees, in the
 * order providers put them in the prompt: each tool definition first, then the system prompt, then each
 * message. Each block is the JSON the API would send for it, counted with the given tokenizer (a
 * stand-in where the provider's own is not public) and keyed by its bytes.
 */
public enum WireFormat {

    /** OpenAI Chat Completions: {@code tools[].function}, {@code role: system/user/assistant/tool}. */
    OPENAI_CHAT_COMPLETIONS,

    /** Anthropic Messages: {@code tools[].input_schema}, top-level {@code system}, {@code tool_use} and {@code tool_result} blocks. */
    ANTHROPIC_MESSAGES;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The blocks of {@code request}, tools first. */
    public List<PromptBlock> blocks(Conversation request, TokenCounter counter) {
        return blocks(request, counter, null);
    }

    /**
     * The blocks of {@code request}, tools first, taking each tool's and message's block from
     * {@code memo} when it is there and putting it there when not (a conversation sends the same ones
     * on every request; equal messages are the same bytes). A null memo computes every block.
     */
    public List<PromptBlock> blocks(Conversation request, TokenCounter counter, Map<Object, PromptBlock> memo) {
        List<PromptBlock> out = new ArrayList<>(request.tools().size() + request.messages().size());
        for (ToolDefinition t : request.tools()) {
            out.add(memo == null ? block(tool(t), counter) : memo.computeIfAbsent(t, k -> block(tool(t), counter)));
        }
        for (Message m : request.messages()) {
            if (m instanceof Message.System s) {
                out.add(memo == null ? block(system(s), counter) : memo.computeIfAbsent(s, k -> block(system(s), counter)));
            }
        }
        for (Message m : request.messages()) {
            if (!(m instanceof Message.System)) {
                out.add(memo == null ? block(message(m), counter) : memo.computeIfAbsent(m, k -> block(message(m), counter)));
            }
        }
        return out;
    }

    /** The tokens of {@code request} as this format carries it. */
    public long tokens(Conversation request, TokenCounter counter) {
        return tokens(request, counter, null);
    }

    /** The tokens of {@code request} as this format carries it, with blocks from {@code memo} (see {@link #blocks(Conversation, TokenCounter, Map)}). */
    public long tokens(Conversation request, TokenCounter counter, Map<Object, PromptBlock> memo) {
        long n = 0;
        for (PromptBlock b : blocks(request, counter, memo)) {
            n += b.tokens();
        }
        return n;
    }

    private static PromptBlock block(ObjectNode json, TokenCounter counter) {
        String text;
        try {
            text = JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
        Hashing.ContentKey key = Hashing.ContentKey.of(text);
        return new PromptBlock(Long.toHexString(key.hash()) + ":" + key.length(), counter.count(text));
    }

    private ObjectNode tool(ToolDefinition t) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode target = o;
        if (this == OPENAI_CHAT_COMPLETIONS) {
            o.put("type", "function");
            target = o.putObject("function");
        }
        target.put("name", t.name());
        if (t.description() != null) {
            target.put("description", t.description());
        }
        if (t.parametersJson() != null) {
            target.set(this == OPENAI_CHAT_COMPLETIONS ? "parameters" : "input_schema", parse(t.parametersJson()));
        }
        return o;
    }

    private ObjectNode system(Message.System s) {
        ObjectNode o = JSON.createObjectNode();
        if (this == OPENAI_CHAT_COMPLETIONS) {
            o.put("role", "system");
            o.put("content", s.text());
        } else {
            o.put("system", s.text());
        }
        return o;
    }

    private ObjectNode message(Message m) {
        ObjectNode o = JSON.createObjectNode();
        if (m instanceof Message.User u) {
            o.put("role", "user");
            o.put("content", u.text() == null ? "" : u.text());
        } else if (m instanceof Message.Assistant a) {
            o.put("role", "assistant");
            if (this == OPENAI_CHAT_COMPLETIONS) {
                o.put("content", a.text());
                if (a.hasToolCalls()) {
                    ArrayNode calls = o.putArray("tool_calls");
                    for (ToolCall c : a.toolCalls()) {
                        ObjectNode call = calls.addObject().put("id", c.id()).put("type", "function");
                        call.putObject("function").put("name", c.name()).put("arguments", c.arguments());
                    }
                }
            } else {
                ArrayNode content = o.putArray("content");
                if (a.text() != null && !a.text().isEmpty()) {
                    content.addObject().put("type", "text").put("text", a.text());
                }
                for (ToolCall c : a.toolCalls()) {
                    content.addObject().put("type", "tool_use").put("id", c.id()).put("name", c.name())
                            .set("input", arguments(c.arguments()));
                }
            }
        } else if (m instanceof Message.ToolResults t) {
            if (this == OPENAI_CHAT_COMPLETIONS) {
                ArrayNode each = o.putArray("tool_messages");
                for (ToolResult r : t.results()) {
                    each.addObject().put("role", "tool").put("tool_call_id", r.id()).put("content", r.text());
                }
            } else {
                o.put("role", "user");
                ArrayNode content = o.putArray("content");
                for (ToolResult r : t.results()) {
                    ObjectNode block = content.addObject().put("type", "tool_result").put("tool_use_id", r.id()).put("content", r.text());
                    if (r.error()) {
                        block.put("is_error", true);
                    }
                }
            }
        }
        return o;
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            return n == null ? JSON.getNodeFactory().textNode(json) : n;
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }

    /** Tool-call arguments as the JSON object Anthropic carries (a string when they are not an object). */
    private static JsonNode arguments(String arguments) {
        JsonNode n = parse(arguments == null || arguments.isBlank() ? "{}" : arguments);
        return n.isObject() ? n : JSON.getNodeFactory().textNode(arguments);
    }
}

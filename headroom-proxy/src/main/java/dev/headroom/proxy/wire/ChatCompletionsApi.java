package dev.headroom.proxy.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.Conversation;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import dev.headroom.conversation.ToolResult;
import dev.headroom.proxy.json.JsonText;
import dev.headroom.proxy.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * OpenAI Chat Completions ({@code POST /v1/chat/completions}, also served by vLLM, Ollama, LiteLLM,
 * OpenRouter): {@code tool} messages are the tool results; tools are {@code {"type":"function",
 * "function":{...}}}; streams are {@code data:} chunks ending with {@code data: [DONE]}.
 */
public final class ChatCompletionsApi implements WireApi {

    private static final Set<String> READ = Set.of("role", "content", "tool_calls", "tool_call_id");
    private static final byte[] RETRIEVE_TOOL = Wire.utf8("{\"type\":\"function\",\"function\":{\"name\":"
            + JsonText.quoted(RetrieveTool.NAME) + ",\"description\":" + JsonText.quoted(RetrieveTool.DESCRIPTION)
            + ",\"parameters\":" + RetrieveTool.PARAMETERS_JSON_SCHEMA + "}}");

    @Override
    public String name() {
        return "chat";
    }

    @Override
    public ParsedRequest parse(byte[] body, String scope) throws IOException {
        JsonValue.Obj root = Wire.root(body);
        JsonValue.Arr messages = root.array("messages");
        if (messages == null) {
            throw new IOException("no messages array");
        }
        List<Message> out = new ArrayList<>(messages.elements().size());
        List<ParsedRequest.Slot> slots = new ArrayList<>(messages.elements().size());
        Map<String, String> toolNames = new HashMap<>();
        for (JsonValue e : messages.elements()) {
            JsonValue.Obj m = Wire.obj(e, "a message");
            String role = m.string("role");
            String extra = Wire.extra(body, m, READ);
            if ("tool".equals(role)) {
                String id = m.string("tool_call_id");
                TextContent c = TextContent.of(m.get("content"));
                out.add(new Message.ToolResults(List.of(new ToolResult(id, toolNames.get(id), c.text(), false, c.target() != null)),
                        extra, null));
                slots.add(new ParsedRequest.Slot(m.start(), m.end(), java.util.Collections.singletonList(c.target())));
                continue;
            }
            slots.add(ParsedRequest.Slot.of(m));
            String text = TextContent.of(m.get("content")).textOrNull();
            if ("assistant".equals(role)) {
                List<ToolCall> calls = calls(body, m.array("tool_calls"));
                calls.forEach(c -> toolNames.put(c.id(), c.name()));
                out.add(new Message.Assistant(Wire.emptyToNull(text), calls, "", null));
            } else if ("user".equals(role)) {
                out.add(new Message.User(text, extra, null));
            } else {
                out.add(new Message.System(text, role + ":" + extra, null));
            }
        }
        List<ToolDefinition> tools = new ArrayList<>();
        List<JsonValue> own = new ArrayList<>();
        JsonValue.Arr toolsArr = root.array("tools");
        if (toolsArr != null) {
            for (JsonValue t : toolsArr.elements()) {
                ToolDefinition d = tool(body, Wire.obj(t, "a tool"));
                tools.add(d);
                if (d.isRetrieve()) {
                    own.add(t);
                }
            }
        }
        return new ParsedRequest(body, new Conversation(out, tools, scope), slots, messages.end() - 1,
                !messages.elements().isEmpty(), toolsArr, own, root.end() - 1, Wire.isTrue(root, "stream"));
    }

    private static ToolDefinition tool(byte[] body, JsonValue.Obj t) {
        JsonValue.Obj f = t.object("function");
        if (f != null && f.string("name") != null) {
            return new ToolDefinition(f.string("name"), f.string("description"), Wire.text(body, f.get("parameters")));
        }
        String name = t.string("name") != null ? t.string("name") : String.valueOf(t.string("type"));
        return new ToolDefinition(name, null, Wire.text(body, t));
    }

    private static List<ToolCall> calls(byte[] body, JsonValue.Arr toolCalls) {
        List<ToolCall> calls = new ArrayList<>();
        if (toolCalls == null) {
            return calls;
        }
        for (JsonValue v : toolCalls.elements()) {
            if (v instanceof JsonValue.Obj c) {
                JsonValue.Obj f = c.object("function") != null ? c.object("function") : c.object("custom");
                String name = f == null ? null : f.string("name");
                String args = f == null ? null : f.string("arguments") != null ? f.string("arguments") : f.string("input");
                calls.add(new ToolCall(c.string("id"), name == null ? "" : name, args));
            }
        }
        return calls;
    }

    @Override
    public byte[] renderMessage(Message message) {
        StringBuilder sb = new StringBuilder();
        if (message instanceof Message.ToolResults r) {
            for (ToolResult t : r.results()) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append("{\"role\":\"tool\",\"tool_call_id\":").append(JsonText.quoted(String.valueOf(t.id())))
                        .append(",\"content\":").append(JsonText.quoted(t.text())).append('}');
            }
        } else if (message instanceof Message.Assistant a) {
            sb.append("{\"role\":\"assistant\",\"content\":").append(a.text() == null ? "null" : JsonText.quoted(a.text()));
            if (a.hasToolCalls()) {
                sb.append(",\"tool_calls\":[");
                for (int i = 0; i < a.toolCalls().size(); i++) {
                    ToolCall c = a.toolCalls().get(i);
                    sb.append(i > 0 ? "," : "").append("{\"id\":").append(JsonText.quoted(String.valueOf(c.id())))
                            .append(",\"type\":\"function\",\"function\":{\"name\":").append(JsonText.quoted(c.name()))
                            .append(",\"arguments\":").append(JsonText.quoted(c.arguments())).append("}}");
                }
                sb.append(']');
            }
            sb.append('}');
        } else {
            throw new IllegalArgumentException("cannot render " + message.getClass().getSimpleName());
        }
        return Wire.utf8(sb.toString());
    }

    @Override
    public byte[] retrieveTool() {
        return RETRIEVE_TOOL.clone();
    }

    @Override
    public ParsedResponse parseResponse(byte[] body) throws IOException {
        JsonValue.Obj root = Wire.root(body);
        JsonValue.Arr choices = root.array("choices");
        if (choices == null || choices.elements().size() != 1) {
            throw new IOException("not a single-choice completion");
        }
        JsonValue.Obj choice = Wire.obj(choices.elements().get(0), "a choice");
        JsonValue.Obj m = choice.object("message");
        if (m == null) {
            throw new IOException("no message");
        }
        JsonValue.Arr toolCalls = m.array("tool_calls");
        List<ToolCall> calls = calls(body, toolCalls);
        String text = Wire.emptyToNull(TextContent.of(m.get("content")).textOrNull());
        // as a request message: the content and the calls exactly as received
        ByteArrayOutputStream origin = new ByteArrayOutputStream();
        origin.writeBytes(Wire.utf8("{\"role\":\"assistant\",\"content\":"));
        JsonValue content = m.get("content");
        origin.writeBytes(content == null ? Wire.utf8("null") : content.bytes(body));
        if (toolCalls != null && !toolCalls.elements().isEmpty()) {
            origin.writeBytes(Wire.utf8(",\"tool_calls\":"));
            origin.writeBytes(toolCalls.bytes(body));
        }
        origin.write('}');
        List<Integer> elements = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            elements.add(i);
        }
        JsonValue reason = choice.get("finish_reason");
        return new ParsedResponse(body, new Message.Assistant(text, calls, "", origin.toByteArray()), toolCalls, elements,
                reason instanceof JsonValue.Str s ? s : null, "stop");
    }

    @Override
    public StreamRound newStreamRound() {
        return new ChatStream();
    }

    /** Chunks of one streamed completion: content pieces and tool-call fragments by index. */
    static final class ChatStream implements StreamRound {
        private final StringBuilder text = new StringBuilder();
        private final TreeMap<Integer, String[]> calls = new TreeMap<>(); // index -> {id, name, arguments}
        private boolean finished;
        private boolean failed;

        @Override
        public void accept(SseEvent event) {
            String data = event.data();
            if (data == null || failed) {
                return;
            }
            if (data.equals("[DONE]")) {
                return;
            }
            try {
                JsonNode chunk = Wire.JSON.readTree(data);
                if (chunk.has("error")) {
                    failed = true;
                    return;
                }
                JsonNode choice = chunk.path("choices").path(0);
                if (choice.isMissingNode()) {
                    return; // the usage chunk
                }
                JsonNode delta = choice.path("delta");
                if (delta.path("content").isTextual()) {
                    text.append(delta.path("content").asText());
                }
                for (JsonNode tc : delta.path("tool_calls")) {
                    String[] c = calls.computeIfAbsent(tc.path("index").asInt(), k -> new String[] {null, "", ""});
                    if (tc.path("id").isTextual()) {
                        c[0] = tc.path("id").asText();
                    }
                    JsonNode f = tc.path("function");
                    if (f.path("name").isTextual()) {
                        c[1] += f.path("name").asText();
                    }
                    if (f.path("arguments").isTextual()) {
                        c[2] += f.path("arguments").asText();
                    }
                }
                if (choice.path("finish_reason").isTextual()) {
                    finished = true;
                }
            } catch (IOException e) {
                failed = true;
            }
        }

        @Override
        public Message.Assistant assistant() {
            if (!finished || failed) {
                return null;
            }
            List<ToolCall> list = new ArrayList<>();
            for (String[] c : calls.values()) {
                list.add(new ToolCall(c[0], c[1], c[2]));
            }
            Message.Assistant a = new Message.Assistant(Wire.emptyToNull(text.toString()), list, "", null);
            return new Message.Assistant(a.text(), list, "", new ChatCompletionsApi().renderMessage(a));
        }

        @Override
        public List<SseEvent> keepingCalls(List<SseEvent> events, List<Integer> keptCalls) {
            List<Integer> indexes = new ArrayList<>(calls.keySet());
            Map<Integer, Integer> renumber = new HashMap<>();
            for (int k = 0; k < keptCalls.size(); k++) {
                renumber.put(indexes.get(keptCalls.get(k)), k);
            }
            List<SseEvent> out = new ArrayList<>(events.size());
            for (SseEvent e : events) {
                if (e.data() == null || e.data().equals("[DONE]") || !e.data().contains("tool_calls") && !e.data().contains("finish_reason")) {
                    out.add(e);
                    continue;
                }
                try {
                    JsonNode chunk = Wire.JSON.readTree(e.data());
                    JsonNode choice = chunk.path("choices").path(0);
                    if (!(choice instanceof ObjectNode c)) {
                        out.add(e);
                        continue;
                    }
                    boolean changed = false;
                    if (c.path("delta").path("tool_calls") instanceof ArrayNode tcs) {
                        ArrayNode kept = Wire.JSON.createArrayNode();
                        for (JsonNode tc : tcs) {
                            Integer to = renumber.get(tc.path("index").asInt());
                            if (to != null) {
                                ((ObjectNode) tc).put("index", to);
                                kept.add(tc);
                            }
                        }
                        changed = true;
                        if (kept.isEmpty()) {
                            ((ObjectNode) c.path("delta")).remove("tool_calls");
                            if (c.path("delta").isEmpty() && c.path("finish_reason").isNull()) {
                                continue; // nothing left in this chunk
                            }
                        } else {
                            ((ObjectNode) c.path("delta")).set("tool_calls", kept);
                        }
                    }
                    if (keptCalls.isEmpty() && "tool_calls".equals(c.path("finish_reason").asText())) {
                        c.put("finish_reason", "stop");
                        changed = true;
                    }
                    out.add(changed ? SseEvent.of(e.event(), Wire.JSON.writeValueAsString(chunk)) : e);
                } catch (IOException ex) {
                    out.add(e);
                }
            }
            return out;
        }
    }

    /** The text of a content value: a string, or the text parts of an array; and the string a plain result can replace. */
    record TextContent(String text, JsonValue.Str target, boolean present) {
        static TextContent of(JsonValue content) {
            if (content instanceof JsonValue.Str s) {
                return new TextContent(s.value(), s, true);
            }
            if (content instanceof JsonValue.Arr a) {
                StringBuilder sb = new StringBuilder();
                JsonValue.Str only = null;
                int parts = 0;
                boolean allText = true;
                for (JsonValue p : a.elements()) {
                    parts++;
                    if (p instanceof JsonValue.Obj o && o.get("text") instanceof JsonValue.Str t
                            && (o.string("type") == null || o.string("type").endsWith("text"))) {
                        if (sb.length() > 0) {
                            sb.append('\n');
                        }
                        sb.append(t.value());
                        only = t;
                    } else {
                        allText = false;
                    }
                }
                return new TextContent(sb.toString(), parts == 1 && allText ? only : null, true);
            }
            return new TextContent("", null, false);
        }

        String textOrNull() {
            return present ? text : null;
        }
    }
}

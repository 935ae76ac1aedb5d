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
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Anthropic Messages ({@code POST /v1/messages}): tool results are {@code tool_result} blocks of user
 * messages (a string or text blocks); a user message carrying results and other blocks becomes a
 * neutral tool-results message followed by a user message; tools are flat with {@code input_schema};
 * streams are named events ({@code message_start} ... {@code message_stop}).
 */
public final class AnthropicMessagesApi implements WireApi {

    private static final Set<String> READ = Set.of("role", "content");
    private static final byte[] RETRIEVE_TOOL = Wire.utf8("{\"name\":" + JsonText.quoted(RetrieveTool.NAME) + ",\"description\":"
            + JsonText.quoted(RetrieveTool.DESCRIPTION) + ",\"input_schema\":" + RetrieveTool.PARAMETERS_JSON_SCHEMA + "}");

    @Override
    public String name() {
        return "messages";
    }

    @Override
    public ParsedRequest parse(byte[] body, String scope) throws IOException {
        JsonValue.Obj root = Wire.root(body);
        JsonValue.Arr messages = root.array("messages");
        if (messages == null) {
            throw new IOException("no messages array");
        }
        List<Message> out = new ArrayList<>();
        List<ParsedRequest.Slot> slots = new ArrayList<>();
        JsonValue system = root.get("system");
        if (system != null && !(system instanceof JsonValue.Scalar)) {
            out.add(new Message.System(ChatCompletionsApi.TextContent.of(system).textOrNull(), Wire.canonical(Wire.text(body, system)), null));
            slots.add(ParsedRequest.Slot.of(system));
        }
        Map<String, String> toolNames = new HashMap<>();
        for (JsonValue e : messages.elements()) {
            JsonValue.Obj m = Wire.obj(e, "a message");
            String role = m.string("role");
            JsonValue content = m.get("content");
            String extra = Wire.extra(body, m, READ);
            if ("assistant".equals(role)) {
                out.add(assistantOf(body, content, null, extra));
                ((Message.Assistant) out.get(out.size() - 1)).toolCalls().forEach(c -> toolNames.put(c.id(), c.name()));
                slots.add(ParsedRequest.Slot.of(m));
            } else if (content instanceof JsonValue.Arr blocks) {
                List<ToolResult> results = new ArrayList<>();
                List<JsonValue.Str> targets = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                StringBuilder other = new StringBuilder(extra);
                boolean hasOther = false;
                for (JsonValue b : blocks.elements()) {
                    JsonValue.Obj block = Wire.obj(b, "a content block");
                    String type = block.string("type");
                    if ("tool_result".equals(type)) {
                        String id = block.string("tool_use_id");
                        ChatCompletionsApi.TextContent c = ChatCompletionsApi.TextContent.of(block.get("content"));
                        results.add(new ToolResult(id, toolNames.get(id), c.text(), Wire.isTrue(block, "is_error"), c.target() != null));
                        targets.add(c.target());
                    } else {
                        hasOther = true;
                        if ("text".equals(type) && block.string("text") != null) {
                            text.append(text.length() > 0 ? "\n" : "").append(block.string("text"));
                        }
                        other.append('|').append(Wire.canonical(Wire.text(body, block)));
                    }
                }
                if (!results.isEmpty()) {
                    out.add(new Message.ToolResults(results, role + ":" + extra, null));
                    slots.add(new ParsedRequest.Slot(m.start(), m.end(), targets));
                }
                if (hasOther || results.isEmpty()) {
                    out.add(userLike(role, text.toString(), other.toString()));
                    slots.add(ParsedRequest.Slot.of(m));
                }
            } else {
                out.add(userLike(role, ChatCompletionsApi.TextContent.of(content).textOrNull(), extra));
                slots.add(ParsedRequest.Slot.of(m));
            }
        }
        List<ToolDefinition> tools = new ArrayList<>();
        List<JsonValue> own = new ArrayList<>();
        JsonValue.Arr toolsArr = root.array("tools");
        if (toolsArr != null) {
            for (JsonValue t : toolsArr.elements()) {
                JsonValue.Obj o = Wire.obj(t, "a tool");
                String name = o.string("name") != null ? o.string("name") : String.valueOf(o.string("type"));
                ToolDefinition d = o.get("input_schema") != null
                        ? new ToolDefinition(name, o.string("description"), Wire.text(body, o.get("input_schema")))
                        : new ToolDefinition(name, null, Wire.text(body, o));
                tools.add(d);
                if (d.isRetrieve()) {
                    own.add(t);
                }
            }
        }
        return new ParsedRequest(body, new Conversation(out, tools, scope), slots, messages.end() - 1,
                !messages.elements().isEmpty(), toolsArr, own, root.end() - 1, Wire.isTrue(root, "stream"));
    }

    private static Message userLike(String role, String text, String extra) {
        return "user".equals(role) ? new Message.User(text, extra, null) : new Message.System(text, role + ":" + extra, null);
    }

    /** An assistant message from its content (a string or blocks); {@code origin} as given. */
    private static Message.Assistant assistantOf(byte[] body, JsonValue content, Object origin, String extra) throws IOException {
        if (!(content instanceof JsonValue.Arr blocks)) {
            return new Message.Assistant(Wire.emptyToNull(ChatCompletionsApi.TextContent.of(content).textOrNull()), List.of(), extra, origin);
        }
        StringBuilder text = new StringBuilder();
        StringBuilder other = new StringBuilder(extra);
        List<ToolCall> calls = new ArrayList<>();
        for (JsonValue b : blocks.elements()) {
            JsonValue.Obj block = Wire.obj(b, "a content block");
            String type = block.string("type");
            if ("text".equals(type) && block.string("text") != null) {
                text.append(block.string("text"));
            } else if ("tool_use".equals(type)) {
                calls.add(new ToolCall(block.string("id"), String.valueOf(block.string("name")), Wire.canonical(Wire.text(body, block.get("input")))));
            } else {
                other.append('|').append(Wire.canonical(Wire.text(body, block)));
            }
        }
        return new Message.Assistant(Wire.emptyToNull(text.toString()), calls, other.toString(), origin);
    }

    @Override
    public byte[] renderMessage(Message message) {
        StringBuilder sb = new StringBuilder();
        if (message instanceof Message.ToolResults r) {
            sb.append("{\"role\":\"user\",\"content\":[");
            for (int i = 0; i < r.results().size(); i++) {
                ToolResult t = r.results().get(i);
                sb.append(i > 0 ? "," : "").append("{\"type\":\"tool_result\",\"tool_use_id\":").append(JsonText.quoted(String.valueOf(t.id())))
                        .append(",\"content\":").append(JsonText.quoted(t.text())).append('}');
            }
            sb.append("]}");
        } else if (message instanceof Message.Assistant a) {
            sb.append("{\"role\":\"assistant\",\"content\":[");
            boolean first = true;
            if (a.text() != null) {
                sb.append("{\"type\":\"text\",\"text\":").append(JsonText.quoted(a.text())).append('}');
                first = false;
            }
            for (ToolCall c : a.toolCalls()) {
                sb.append(first ? "" : ",").append("{\"type\":\"tool_use\",\"id\":").append(JsonText.quoted(String.valueOf(c.id())))
                        .append(",\"name\":").append(JsonText.quoted(c.name())).append(",\"input\":")
                        .append(c.arguments().isBlank() ? "{}" : c.arguments()).append('}');
                first = false;
            }
            sb.append("]}");
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
        JsonValue.Arr content = root.array("content");
        if (content == null || !"message".equals(root.string("type"))) {
            throw new IOException("not a message");
        }
        byte[] origin = RequestRenderer.concat(RequestRenderer.concat(Wire.utf8("{\"role\":\"assistant\",\"content\":"), content.bytes(body)),
                new byte[] {'}'});
        Message.Assistant a = assistantOf(body, content, origin, "");
        List<Integer> elements = new ArrayList<>();
        for (int i = 0; i < content.elements().size(); i++) {
            if (content.elements().get(i) instanceof JsonValue.Obj o && "tool_use".equals(o.string("type"))) {
                elements.add(i);
            }
        }
        JsonValue reason = root.get("stop_reason");
        return new ParsedResponse(body, a, content, elements, reason instanceof JsonValue.Str s ? s : null, "end_turn");
    }

    @Override
    public StreamRound newStreamRound() {
        return new MessageStream();
    }

    /** The events of one streamed message, assembled block by block. */
    static final class MessageStream implements StreamRound {
        private final TreeMap<Integer, ObjectNode> blocks = new TreeMap<>();
        private final Map<Integer, StringBuilder> partialJson = new HashMap<>();
        private boolean stopped;
        private boolean failed;

        @Override
        public void accept(SseEvent event) {
            if (event.data() == null || failed) {
                return;
            }
            try {
                JsonNode d = Wire.JSON.readTree(event.data());
                String type = d.path("type").asText(event.event() == null ? "" : event.event());
                int index = d.path("index").asInt(-1);
                switch (type) {
                    case "content_block_start" -> blocks.put(index, (ObjectNode) d.path("content_block").deepCopy());
                    case "content_block_delta" -> delta(index, d.path("delta"));
                    case "content_block_stop" -> {
                        StringBuilder json = partialJson.remove(index);
                        ObjectNode b = blocks.get(index);
                        if (json != null && b != null) {
                            b.set("input", json.toString().isBlank() ? Wire.JSON.createObjectNode() : Wire.JSON.readTree(json.toString()));
                        }
                    }
                    case "message_stop" -> stopped = true;
                    case "error" -> failed = true;
                    default -> { }
                }
            } catch (IOException | RuntimeException e) {
                failed = true;
            }
        }

        private void delta(int index, JsonNode delta) {
            ObjectNode b = blocks.get(index);
            if (b == null) {
                return;
            }
            switch (delta.path("type").asText()) {
                case "text_delta" -> b.put("text", b.path("text").asText("") + delta.path("text").asText());
                case "thinking_delta" -> b.put("thinking", b.path("thinking").asText("") + delta.path("thinking").asText());
                case "signature_delta" -> b.put("signature", delta.path("signature").asText());
                case "input_json_delta" -> partialJson.computeIfAbsent(index, k -> new StringBuilder()).append(delta.path("partial_json").asText());
                case "citations_delta" -> {
                    ArrayNode c = b.path("citations") instanceof ArrayNode a ? a : b.putArray("citations");
                    c.add(delta.path("citation"));
                }
                default -> { }
            }
        }

        @Override
        public Message.Assistant assistant() {
            if (!stopped || failed) {
                return null;
            }
            try {
                ArrayNode content = Wire.JSON.createArrayNode();
                blocks.values().forEach(content::add);
                byte[] contentBytes = Wire.JSON.writeValueAsBytes(content);
                byte[] origin = RequestRenderer.concat(RequestRenderer.concat(Wire.utf8("{\"role\":\"assistant\",\"content\":"), contentBytes),
                        new byte[] {'}'});
                JsonValue parsed = dev.headroom.proxy.json.JsonReader.read(contentBytes);
                return assistantOf(contentBytes, parsed, origin, "");
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public List<SseEvent> keepingCalls(List<SseEvent> events, List<Integer> keptCalls) {
            Map<Integer, Integer> renumber = new HashMap<>();
            int call = 0;
            int next = 0;
            for (var b : blocks.entrySet()) {
                boolean isCall = "tool_use".equals(b.getValue().path("type").asText());
                if (!isCall || keptCalls.contains(call)) {
                    renumber.put(b.getKey(), next++);
                }
                call += isCall ? 1 : 0;
            }
            List<SseEvent> out = new ArrayList<>(events.size());
            for (SseEvent e : events) {
                if (e.data() == null) {
                    out.add(e);
                    continue;
                }
                try {
                    JsonNode d = Wire.JSON.readTree(e.data());
                    if (d.has("index") && d instanceof ObjectNode o) {
                        Integer to = renumber.get(d.path("index").asInt());
                        if (to == null) {
                            continue;
                        }
                        if (to != d.path("index").asInt()) {
                            o.put("index", to);
                            out.add(SseEvent.of(e.event(), Wire.JSON.writeValueAsString(o)));
                            continue;
                        }
                    } else if (keptCalls.isEmpty() && "tool_use".equals(d.path("delta").path("stop_reason").asText())) {
                        ((ObjectNode) d.path("delta")).put("stop_reason", "end_turn");
                        out.add(SseEvent.of(e.event(), Wire.JSON.writeValueAsString(d)));
                        continue;
                    }
                    out.add(e);
                } catch (IOException ex) {
                    out.add(e);
                }
            }
            return out;
        }
    }
}

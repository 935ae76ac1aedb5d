package dev.headroom.proxy.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.Conversation;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.RequestPlan;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import dev.headroom.conversation.ToolResult;
import dev.headroom.proxy.json.JsonReader;
import dev.headroom.proxy.json.JsonText;
import dev.headroom.proxy.json.JsonValue;
import dev.headroom.proxy.json.Splice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * OpenAI Responses ({@code POST /v1/responses}): {@code input} is a string or a list of items;
 * {@code function_call_output} items are the tool results; the model's output items (messages,
 * {@code function_call}s, reasoning, ...) between two of the caller's items form one assistant
 * message; tools are flat; streams are named events ending with {@code response.completed}. Items
 * the server keeps ({@code previous_response_id}, {@code conversation}) are not in the request and
 * are left alone.
 */
public final class ResponsesApi implements WireApi {

    private static final Set<String> READ = Set.of("type", "role", "content");
    private static final Set<String> MODEL_ITEMS = Set.of("reasoning", "mcp_list_tools", "mcp_approval_request", "compaction");
    private static final byte[] RETRIEVE_TOOL = Wire.utf8("{\"type\":\"function\",\"name\":" + JsonText.quoted(RetrieveTool.NAME)
            + ",\"description\":" + JsonText.quoted(RetrieveTool.DESCRIPTION) + ",\"parameters\":" + RetrieveTool.PARAMETERS_JSON_SCHEMA + "}");

    @Override
    public String name() {
        return "responses";
    }

    @Override
    public ParsedRequest parse(byte[] body, String scope) throws IOException {
        JsonValue.Obj root = Wire.root(body);
        JsonValue input = root.get("input");
        List<Message> out = new ArrayList<>();
        List<ParsedRequest.Slot> slots = new ArrayList<>();
        JsonValue instructions = root.get("instructions");
        if (instructions instanceof JsonValue.Str s) {
            out.add(new Message.System(s.value(), "instructions", null));
            slots.add(ParsedRequest.Slot.of(s));
        }
        int appendAt = -1;
        boolean comma = false;
        if (input instanceof JsonValue.Str s) {
            out.add(new Message.User(s.value(), "", null));
            slots.add(ParsedRequest.Slot.of(s));
        } else if (input instanceof JsonValue.Arr items) {
            readItems(body, items.elements(), out, slots);
            appendAt = items.end() - 1;
            comma = !items.elements().isEmpty();
        } else {
            throw new IOException("no input");
        }
        List<ToolDefinition> tools = new ArrayList<>();
        List<JsonValue> own = new ArrayList<>();
        JsonValue.Arr toolsArr = root.array("tools");
        if (toolsArr != null) {
            for (JsonValue t : toolsArr.elements()) {
                JsonValue.Obj o = Wire.obj(t, "a tool");
                ToolDefinition d = "function".equals(o.string("type")) && o.string("name") != null
                        ? new ToolDefinition(o.string("name"), o.string("description"), Wire.text(body, o.get("parameters")))
                        : new ToolDefinition(String.valueOf(o.string("name") != null ? o.string("name") : o.string("type")), null, Wire.text(body, o));
                tools.add(d);
                if (d.isRetrieve()) {
                    own.add(t);
                }
            }
        }
        return new ParsedRequest(body, new Conversation(out, tools, scope), slots, appendAt, comma, toolsArr, own, root.end() - 1,
                Wire.isTrue(root, "stream"));
    }

    private static void readItems(byte[] body, List<JsonValue> items, List<Message> out, List<ParsedRequest.Slot> slots) throws IOException {
        Map<String, String> toolNames = new HashMap<>();
        int i = 0;
        while (i < items.size()) {
            JsonValue.Obj item = Wire.obj(items.get(i), "an input item");
            String kind = kind(item);
            if (kind.equals("model")) {
                int j = i;
                List<JsonValue> group = new ArrayList<>();
                while (j < items.size() && items.get(j) instanceof JsonValue.Obj o && kind(o).equals("model")) {
                    group.add(o);
                    j++;
                }
                Message.Assistant a = assistant(body, group, null);
                a.toolCalls().forEach(c -> toolNames.put(c.id(), c.name()));
                out.add(a);
                slots.add(new ParsedRequest.Slot(group.get(0).start(), group.get(group.size() - 1).end(), List.of()));
                i = j;
            } else if (kind.equals("result")) {
                int j = i;
                List<ToolResult> results = new ArrayList<>();
                List<JsonValue.Str> targets = new ArrayList<>();
                while (j < items.size() && items.get(j) instanceof JsonValue.Obj o && kind(o).equals("result")) {
                    String id = o.string("call_id");
                    ChatCompletionsApi.TextContent c = ChatCompletionsApi.TextContent.of(o.get("output"));
                    results.add(new ToolResult(id, toolNames.get(id), c.text(), false, c.target() != null));
                    targets.add(c.target());
                    j++;
                }
                out.add(new Message.ToolResults(results, "", null));
                slots.add(new ParsedRequest.Slot(item.start(), items.get(j - 1).end(), targets));
                i = j;
            } else {
                String text = ChatCompletionsApi.TextContent.of(item.get("content")).textOrNull();
                String extra = Wire.extra(body, item, READ);
                out.add(kind.equals("user") ? new Message.User(text, extra, null) : new Message.System(text, kind + ":" + extra, null));
                slots.add(ParsedRequest.Slot.of(item));
                i++;
            }
        }
    }

    /** {@code model} (the model's output items), {@code result} (a function call's output), {@code user}, or another kind. */
    private static String kind(JsonValue.Obj item) {
        String type = item.string("type");
        String role = item.string("role");
        if (type == null || type.equals("message")) {
            return "assistant".equals(role) ? "model" : role == null ? "message" : role;
        }
        if (type.equals("function_call_output")) {
            return "result";
        }
        if (type.endsWith("_call") || MODEL_ITEMS.contains(type)) {
            return "model";
        }
        return type;
    }

    private static Message.Assistant assistant(byte[] body, List<JsonValue> items, Object origin) throws IOException {
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (JsonValue v : items) {
            JsonValue.Obj item = Wire.obj(v, "an output item");
            String type = item.string("type");
            if ("function_call".equals(type)) {
                calls.add(new ToolCall(item.string("call_id"), String.valueOf(item.string("name")), item.string("arguments")));
            } else if (type == null || "message".equals(type)) {
                String t = ChatCompletionsApi.TextContent.of(item.get("content")).textOrNull();
                if (t != null) {
                    text.append(t);
                }
            }
        }
        return new Message.Assistant(Wire.emptyToNull(text.toString()), calls, "", origin);
    }

    @Override
    public byte[] render(ParsedRequest request, RequestPlan plan) {
        if (request.appendAt() >= 0 || plan.appended().isEmpty()) {
            return RequestRenderer.render(this, request, plan);
        }
        // a string input cannot take items after it: send it as one user message, then the rounds
        try {
            JsonValue.Obj root = Wire.root(request.body());
            JsonValue input = root.get("input");
            byte[] list = RequestRenderer.concat(RequestRenderer.concat(Wire.utf8("[{\"role\":\"user\",\"content\":"), input.bytes(request.body())),
                    Wire.utf8("}]"));
            byte[] body = new Splice(request.body()).replace(input.start(), input.end(), list).apply();
            return RequestRenderer.render(this, parse(body, request.conversation().scope()), plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] renderMessage(Message message) {
        StringBuilder sb = new StringBuilder();
        if (message instanceof Message.ToolResults r) {
            for (ToolResult t : r.results()) {
                sb.append(sb.length() > 0 ? "," : "").append("{\"type\":\"function_call_output\",\"call_id\":")
                        .append(JsonText.quoted(String.valueOf(t.id()))).append(",\"output\":").append(JsonText.quoted(t.text())).append('}');
            }
        } else if (message instanceof Message.Assistant a) {
            if (a.text() != null) {
                sb.append("{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":")
                        .append(JsonText.quoted(a.text())).append("}]}");
            }
            for (ToolCall c : a.toolCalls()) {
                sb.append(sb.length() > 0 ? "," : "").append("{\"type\":\"function_call\",\"call_id\":").append(JsonText.quoted(String.valueOf(c.id())))
                        .append(",\"name\":").append(JsonText.quoted(c.name())).append(",\"arguments\":").append(JsonText.quoted(c.arguments())).append('}');
            }
            if (sb.length() == 0) {
                sb.append("{\"type\":\"message\",\"role\":\"assistant\",\"content\":[]}");
            }
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
        JsonValue.Arr output = root.array("output");
        if (output == null || !"response".equals(root.string("object"))) {
            throw new IOException("not a response");
        }
        return fromOutput(body, output);
    }

    private static ParsedResponse fromOutput(byte[] body, JsonValue.Arr output) throws IOException {
        ByteArrayOutputStream origin = new ByteArrayOutputStream();
        List<Integer> elements = new ArrayList<>();
        for (int i = 0; i < output.elements().size(); i++) {
            JsonValue item = output.elements().get(i);
            if (i > 0) {
                origin.write(',');
            }
            origin.write(body, item.start(), item.end() - item.start());
            if (item instanceof JsonValue.Obj o && "function_call".equals(o.string("type"))) {
                elements.add(i);
            }
        }
        Message.Assistant a = assistant(body, output.elements(), output.elements().isEmpty() ? null : origin.toByteArray());
        return new ParsedResponse(body, a, output, elements, null, null);
    }

    @Override
    public StreamRound newStreamRound() {
        return new ResponseStream();
    }

    /** The events of one streamed response; the final {@code response.completed} (or {@code .incomplete}) carries every output item. */
    static final class ResponseStream implements StreamRound {
        private final TreeMap<Integer, JsonNode> items = new TreeMap<>();
        private JsonNode finalOutput;
        private boolean failed;

        @Override
        public void accept(SseEvent event) {
            if (event.data() == null || failed) {
                return;
            }
            try {
                JsonNode d = Wire.JSON.readTree(event.data());
                String type = d.path("type").asText(event.event() == null ? "" : event.event());
                switch (type) {
                    case "response.output_item.done" -> items.put(d.path("output_index").asInt(), d.path("item"));
                    case "response.completed", "response.incomplete" -> finalOutput = d.path("response").path("output");
                    case "response.failed", "error" -> failed = true;
                    default -> { }
                }
            } catch (IOException e) {
                failed = true;
            }
        }

        @Override
        public Message.Assistant assistant() {
            if (failed || finalOutput == null) {
                return null;
            }
            try {
                ArrayNode output = finalOutput.isArray() && !finalOutput.isEmpty() ? (ArrayNode) finalOutput : Wire.JSON.createArrayNode();
                if (output.isEmpty()) {
                    items.values().forEach(output::add);
                }
                byte[] bytes = Wire.JSON.writeValueAsBytes(Wire.JSON.createObjectNode().set("output", output));
                JsonValue.Obj root = (JsonValue.Obj) JsonReader.read(bytes);
                return fromOutput(bytes, root.array("output")).assistant();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public List<SseEvent> keepingCalls(List<SseEvent> events, List<Integer> keptCalls) {
            ArrayNode output = (ArrayNode) finalOutput;
            Map<Integer, Integer> renumber = new HashMap<>();
            int call = 0;
            int next = 0;
            for (int i = 0; i < output.size(); i++) {
                boolean isCall = "function_call".equals(output.get(i).path("type").asText());
                if (!isCall || keptCalls.contains(call)) {
                    renumber.put(i, next++);
                }
                call += isCall ? 1 : 0;
            }
            List<SseEvent> out = new ArrayList<>(events.size());
            int sequence = 0;
            for (SseEvent e : events) {
                if (e.data() == null) {
                    out.add(e);
                    continue;
                }
                try {
                    JsonNode d = Wire.JSON.readTree(e.data());
                    if (!(d instanceof ObjectNode o)) {
                        out.add(e);
                        continue;
                    }
                    if (o.has("output_index")) {
                        Integer to = renumber.get(o.path("output_index").asInt());
                        if (to == null) {
                            continue;
                        }
                        o.put("output_index", to);
                    }
                    if (o.path("response").path("output") instanceof ArrayNode arr) {
                        ArrayNode kept = Wire.JSON.createArrayNode();
                        for (int i = 0; i < arr.size(); i++) {
                            if (renumber.containsKey(i)) {
                                kept.add(arr.get(i));
                            }
                        }
                        ((ObjectNode) o.path("response")).set("output", kept);
                    }
                    if (o.has("sequence_number")) {
                        o.put("sequence_number", sequence++);
                    }
                    out.add(SseEvent.of(e.event(), Wire.JSON.writeValueAsString(o)));
                } catch (IOException ex) {
                    out.add(e);
                }
            }
            return out;
        }
    }
}

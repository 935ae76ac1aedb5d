package dev.headroom.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An OpenAI-compatible {@code /v1/chat/completions} endpoint on the loopback interface that plays a
 * {@link ScriptedModel}: each request body is read into neutral form (what the model received, as
 * sent over the wire), the model's response is written back as a completion, or as server-sent
 * events when the request asks to stream. Lets a front end's real OpenAI client run the conversation
 * contract.
 */
public final class ScriptedOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ScriptedModel model;
    private final List<JsonNode> bodies = Collections.synchronizedList(new ArrayList<>());
    private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());

    public ScriptedOpenAiServer(ScriptedModel model) throws IOException {
        this.model = model;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    /** The base URL to give an OpenAI client ({@code http://127.0.0.1:PORT/v1}). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Every request body received, in order. */
    public List<JsonNode> bodies() {
        return List.copyOf(bodies);
    }

    /** Failures inside the script (they would otherwise only show as HTTP 500s at the client). */
    public List<Throwable> errors() {
        return List.copyOf(errors);
    }

    /** A Chat Completions request body in neutral form. */
    public static Conversation parse(JsonNode body) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode m : body.path("messages")) {
            String role = m.path("role").asText();
            switch (role) {
                case "system", "developer" -> messages.add(Message.System.of(content(m.get("content"))));
                case "user" -> messages.add(Message.User.of(content(m.get("content"))));
                case "assistant" -> {
                    List<ToolCall> calls = new ArrayList<>();
                    for (JsonNode c : m.path("tool_calls")) {
                        calls.add(new ToolCall(c.path("id").asText(null), c.path("function").path("name").asText(),
                                c.path("function").path("arguments").asText("")));
                    }
                    messages.add(new Message.Assistant(content(m.get("content")), calls, "", null));
                }
                case "tool" -> messages.add(Message.ToolResults.of(
                        ToolResult.of(m.path("tool_call_id").asText(null), null, String.valueOf(content(m.get("content"))))));
                default -> throw new IllegalArgumentException("unknown role " + role);
            }
        }
        List<ToolDefinition> tools = new ArrayList<>();
        for (JsonNode t : body.path("tools")) {
            JsonNode f = t.path("function");
            tools.add(new ToolDefinition(f.path("name").asText(), f.path("description").asText(null),
                    f.has("parameters") ? f.get("parameters").toString() : null));
        }
        return Conversation.of(messages, tools);
    }

    /** A string content, or the text parts of an array content joined; null when absent. */
    private static String content(JsonNode c) {
        if (c == null || c.isNull() || c.isMissingNode()) {
            return null;
        }
        if (c.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode part : c) {
                sb.append(part.path("text").asText(""));
            }
            return sb.toString();
        }
        return c.asText();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            bodies.add(body);
            Message.Assistant reply;
            try {
                reply = model.respond(parse(body));
            } catch (Throwable t) {
                errors.add(t);
                byte[] err = ("{\"error\":{\"message\":\"" + t.toString().replace('"', '\'').replace('\n', ' ') + "\"}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, err.length);
                exchange.getResponseBody().write(err);
                return;
            }
            if (body.path("stream").asBoolean(false)) {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                for (ObjectNode chunk : chunks(reply)) {
                    out.write(("data: " + JSON.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] bytes = JSON.writeValueAsBytes(completion(reply));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private static ObjectNode completion(Message.Assistant reply) {
        ObjectNode root = envelope("chat.completion");
        ObjectNode choice = ((ArrayNode) root.get("choices")).addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        if (reply.text() == null) {
            message.putNull("content");
        } else {
            message.put("content", reply.text());
        }
        if (reply.hasToolCalls()) {
            ArrayNode calls = message.putArray("tool_calls");
            for (ToolCall c : reply.toolCalls()) {
                ObjectNode call = calls.addObject();
                call.put("id", c.id());
                call.put("type", "function");
                call.putObject("function").put("name", c.name()).put("arguments", c.arguments());
            }
        }
        choice.put("finish_reason", reply.hasToolCalls() ? "tool_calls" : "stop");
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return root;
    }

    /** The reply as stream chunks: text in pieces of a few characters, then each tool call in two pieces. */
    private static List<ObjectNode> chunks(Message.Assistant reply) {
        List<ObjectNode> chunks = new ArrayList<>();
        if (reply.text() != null) {
            String t = reply.text();
            for (int i = 0; i < t.length(); i += 4) {
                ObjectNode chunk = envelope("chat.completion.chunk");
                delta(chunk).put("content", t.substring(i, Math.min(t.length(), i + 4)));
                chunks.add(chunk);
            }
        }
        for (int i = 0; i < reply.toolCalls().size(); i++) {
            ToolCall c = reply.toolCalls().get(i);
            ObjectNode head = envelope("chat.completion.chunk");
            ObjectNode call = delta(head).putArray("tool_calls").addObject();
            call.put("index", i).put("id", c.id()).put("type", "function");
            call.putObject("function").put("name", c.name()).put("arguments", "");
            chunks.add(head);
            ObjectNode args = envelope("chat.completion.chunk");
            ObjectNode argCall = delta(args).putArray("tool_calls").addObject();
            argCall.put("index", i);
            argCall.putObject("function").put("arguments", c.arguments());
            chunks.add(args);
        }
        ObjectNode end = envelope("chat.completion.chunk");
        ObjectNode endChoice = ((ArrayNode) end.get("choices")).addObject();
        endChoice.put("index", 0);
        endChoice.putObject("delta");
        endChoice.put("finish_reason", reply.hasToolCalls() ? "tool_calls" : "stop");
        chunks.add(end);
        return chunks;
    }

    private static ObjectNode delta(ObjectNode chunk) {
        ObjectNode choice = ((ArrayNode) chunk.get("choices")).addObject();
        choice.put("index", 0);
        choice.putNull("finish_reason");
        return choice.putObject("delta");
    }

    private static ObjectNode envelope(String object) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-scripted");
        root.put("object", object);
        root.put("created", 1_764_000_000L);
        root.put("model", "gpt-4o-mini");
        root.putArray("choices");
        return root;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

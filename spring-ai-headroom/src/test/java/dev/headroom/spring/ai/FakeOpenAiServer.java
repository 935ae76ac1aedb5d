package dev.headroom.spring.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local OpenAI-compatible chat-completions endpoint (JDK HttpServer, loopback only) that records
 * every request body and plays a scripted agent: after each user message call {@code search_logs},
 * then retrieve the first elided handle (once per conversation), then answer. Answers both plain and
 * {@code stream: true} requests.
 */
final class FakeOpenAiServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ANSWER = "The payment for order 4711 was declined.";

    private final HttpServer server;
    private final Function<JsonNode, ObjectNode> agent;
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    FakeOpenAiServer() throws IOException {
        this(FakeOpenAiServer::next);
    }

    /** A server playing {@code agent}: the assistant message to answer a request's messages with. */
    FakeOpenAiServer(Function<JsonNode, ObjectNode> agent) throws IOException {
        this.agent = agent;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private void handle(HttpExchange ex) throws IOException {
        JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
        requests.add(body);
        ObjectNode message = agent.apply(body.get("messages"));
        boolean stream = body.path("stream").asBoolean(false);
        byte[] out = (stream ? sse(message) : completion(message)).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", stream ? "text/event-stream" : "application/json");
        ex.sendResponseHeaders(200, out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
    }

    private static ObjectNode next(JsonNode messages) {
        JsonNode last = messages.get(messages.size() - 1);
        boolean retrieved = false;
        String handle = null;
        for (JsonNode m : messages) {
            for (JsonNode call : m.path("tool_calls")) {
                retrieved |= RetrieveTool.NAME.equals(call.path("function").path("name").asText());
            }
            if ("tool".equals(m.path("role").asText()) && handle == null) {
                List<Marker> markers = Marker.findAll(m.path("content").asText());
                handle = markers.isEmpty() ? null : markers.get(0).handle();
            }
        }
        ObjectNode msg = JSON.createObjectNode().put("role", "assistant");
        if ("user".equals(last.path("role").asText())) {
            return withToolCall(msg, "call_search_" + messages.size(), "search_logs", "{\"service\":\"checkout\"}");
        }
        if (!retrieved && handle != null) {
            return withToolCall(msg, "call_retrieve_" + messages.size(), RetrieveTool.NAME, "{\"handle\":\"" + handle + "\"}");
        }
        return msg.put("content", ANSWER);
    }

    static ObjectNode withToolCall(ObjectNode msg, String id, String name, String args) {
        ArrayNode calls = msg.putArray("tool_calls");
        ObjectNode call = calls.addObject().put("id", id).put("type", "function");
        call.putObject("function").put("name", name).put("arguments", args);
        msg.putNull("content");
        return msg;
    }

    private static String completion(ObjectNode message) throws IOException {
        ObjectNode root = JSON.createObjectNode()
                .put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1).put("model", "gpt-4o-mini");
        root.putArray("choices").addObject().put("index", 0).put("finish_reason", finish(message)).set("message", message);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return JSON.writeValueAsString(root);
    }

    private static String sse(ObjectNode message) throws IOException {
        ObjectNode delta = message.deepCopy();
        if (delta.has("tool_calls")) {
            ((ObjectNode) delta.get("tool_calls").get(0)).put("index", 0);
            delta.remove("content");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("data: ").append(JSON.writeValueAsString(chunk(delta, null))).append("\n\n");
        sb.append("data: ").append(JSON.writeValueAsString(chunk(JSON.createObjectNode(), finish(message)))).append("\n\n");
        sb.append("data: [DONE]\n\n");
        return sb.toString();
    }

    private static ObjectNode chunk(ObjectNode delta, String finish) {
        ObjectNode root = JSON.createObjectNode()
                .put("id", "chatcmpl-test").put("object", "chat.completion.chunk").put("created", 1).put("model", "gpt-4o-mini");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return root;
    }

    private static String finish(ObjectNode message) {
        return message.has("tool_calls") ? "tool_calls" : "stop";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.headroom.langchain4j;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * An OpenAI-compatible {@code /v1/chat/completions} endpoint on 127.0.0.1 that answers each request
 * with the next scripted reply (plain JSON, or SSE when the request asks to stream) and records every
 * request body.
 */
final class FakeOpenAiServer implements AutoCloseable {

    /** One tool call in a reply. */
    record Call(String id, String name, String arguments) {}

    /** A scripted reply: optional text and tool calls. */
    record Reply(String text, List<Call> calls) {
        static Reply text(String text) {
            return new Reply(text, List.of());
        }

        static Reply calls(String text, Call... calls) {
            return new Reply(text, List.of(calls));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Deque<Function<JsonNode, Reply>> script = new ArrayDeque<>();
    private final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());

    FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    FakeOpenAiServer then(Function<JsonNode, Reply> step) {
        script.add(step);
        return this;
    }

    List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    /** Failures inside the script (they would otherwise only show as HTTP 500s). */
    List<Throwable> errors() {
        return List.copyOf(errors);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(body);
            Reply reply;
            try {
                Function<JsonNode, Reply> step = script.poll();
                if (step == null) {
                    throw new AssertionError("unexpected request #" + requests.size());
                }
                reply = step.apply(body);
            } catch (Throwable t) {
                errors.add(t);
                byte[] err = ("{\"error\":{\"message\":\"" + t.toString().replace('"', '\'') + "\"}}").getBytes(StandardCharsets.UTF_8);
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

    private ObjectNode completion(Reply reply) {
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
        if (!reply.calls().isEmpty()) {
            ArrayNode calls = message.putArray("tool_calls");
            for (Call c : reply.calls()) {
                ObjectNode call = calls.addObject();
                call.put("id", c.id());
                call.put("type", "function");
                call.putObject("function").put("name", c.name()).put("arguments", c.arguments());
            }
        }
        choice.put("finish_reason", reply.calls().isEmpty() ? "stop" : "tool_calls");
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return root;
    }

    /** The reply as stream chunks: text in pieces of a few characters, then each tool call in two pieces. */
    private List<ObjectNode> chunks(Reply reply) {
        List<ObjectNode> chunks = new ArrayList<>();
        if (reply.text() != null) {
            String t = reply.text();
            for (int i = 0; i < t.length(); i += 4) {
                ObjectNode chunk = envelope("chat.completion.chunk");
                ObjectNode delta = choice(chunk);
                delta.put("content", t.substring(i, Math.min(t.length(), i + 4)));
                chunks.add(chunk);
            }
        }
        for (int i = 0; i < reply.calls().size(); i++) {
            Call c = reply.calls().get(i);
            ObjectNode head = envelope("chat.completion.chunk");
            ObjectNode call = choice(head).putArray("tool_calls").addObject();
            call.put("index", i).put("id", c.id()).put("type", "function");
            call.putObject("function").put("name", c.name()).put("arguments", "");
            chunks.add(head);
            ObjectNode args = envelope("chat.completion.chunk");
            ObjectNode argCall = choice(args).putArray("tool_calls").addObject();
            argCall.put("index", i);
            argCall.putObject("function").put("arguments", c.arguments());
            chunks.add(args);
        }
        ObjectNode end = envelope("chat.completion.chunk");
        ObjectNode endChoice = (ObjectNode) ((ArrayNode) end.get("choices")).addObject();
        endChoice.put("index", 0);
        endChoice.putObject("delta");
        endChoice.put("finish_reason", reply.calls().isEmpty() ? "stop" : "tool_calls");
        chunks.add(end);
        return chunks;
    }

    private static ObjectNode choice(ObjectNode chunk) {
        ObjectNode choice = ((ArrayNode) chunk.get("choices")).addObject();
        choice.put("index", 0);
        choice.putNull("finish_reason");
        return choice.putObject("delta");
    }

    private static ObjectNode envelope(String object) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-fake");
        root.put("object", object);
        root.put("created", 1_700_000_000L);
        root.put("model", "gpt-4o-mini");
        root.putArray("choices");
        return root;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

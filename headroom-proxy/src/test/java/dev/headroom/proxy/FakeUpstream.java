package dev.headroom.proxy;

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
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local stand-in for the providers: records every request (method, path, headers, body bytes) and
 * answers each with the next scripted model turn, in the wire format of the path it came to (Chat
 * Completions, Responses or Messages), as JSON or as server-sent events when the body asks to stream.
 * Nothing leaves the machine.
 */
final class FakeUpstream implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    record Recorded(String method, String path, Map<String, List<String>> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** A call the fake model makes: id, tool name, arguments as JSON text. */
    record Call(String id, String name, String arguments) {}

    /** What the fake model answers for one request. */
    record Turn(String text, List<Call> calls, int status, String rawBody, long eventGapMillis) {
        static Turn text(String text) {
            return new Turn(text, List.of(), 200, null, 0);
        }

        static Turn calls(Call... calls) {
            return new Turn(null, List.of(calls), 200, null, 0);
        }

        static Turn error(int status, String body) {
            return new Turn(null, List.of(), status, body, 0);
        }

        Turn slowly(long gapMillis) {
            return new Turn(text, calls, status, rawBody, gapMillis);
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.atomic.AtomicInteger cutOff = new java.util.concurrent.atomic.AtomicInteger();
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedDeque<Function<Recorded, Turn>> script = new ConcurrentLinkedDeque<>();

    FakeUpstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues the answers to the next requests, in order. */
    FakeUpstream then(Turn... turns) {
        for (Turn t : turns) {
            script.add(r -> t);
        }
        return this;
    }

    /** Queues answers computed from the requests, in order. */
    @SafeVarargs
    final FakeUpstream then(Function<Recorded, Turn>... turns) {
        script.addAll(List.of(turns));
        return this;
    }

    /** Streams the other side closed before they were complete. */
    int cutOff() {
        return cutOff.get();
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    Recorded last() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            Recorded r = new Recorded(ex.getRequestMethod(), ex.getRequestURI().toString(), Map.copyOf(ex.getRequestHeaders()), body);
            requests.add(r);
            String path = ex.getRequestURI().getPath();
            if (!path.equals("/v1/chat/completions") && !path.equals("/v1/responses") && !path.equals("/v1/messages")) {
                other(ex, r);
                return;
            }
            Function<Recorded, Turn> next = script.poll();
            Turn turn = next == null ? Turn.text("(no script)") : next.apply(r);
            if (turn.rawBody() != null) {
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.getResponseHeaders().add("Retry-After", "7");
                send(ex, turn.status(), turn.rawBody().getBytes(StandardCharsets.UTF_8));
                return;
            }
            boolean stream = r.text().contains("\"stream\":true");
            String api = path.substring(4);
            if (!stream) {
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.getResponseHeaders().add("x-request-id", "req_fake");
                send(ex, 200, JSON.writeValueAsBytes(json(api, turn)));
                return;
            }
            ex.getResponseHeaders().add("Content-Type", "text/event-stream");
            ex.getResponseHeaders().add("x-request-id", "req_fake");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            try {
                for (String event : events(api, turn)) {
                    out.write(event.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (turn.eventGapMillis() > 0) {
                        Thread.sleep(turn.eventGapMillis());
                    }
                }
            } catch (IOException e) {
                cutOff.incrementAndGet(); // the other side went away mid-stream
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    /** Any other path: a JSON echo of method and path, status 404 for /v1/missing, with a header to pass back. */
    private void other(HttpExchange ex, Recorded r) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.getResponseHeaders().add("x-upstream", "fake");
        int status = r.path().startsWith("/v1/missing") ? 404 : 200;
        ObjectNode o = JSON.createObjectNode().put("method", r.method()).put("path", r.path()).put("bodyBytes", r.body().length);
        send(ex, status, JSON.writeValueAsBytes(o));
    }

    private static void send(HttpExchange ex, int status, byte[] bytes) throws IOException {
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    static JsonNode json(String api, Turn t) {
        switch (api) {
            case "chat/completions": {
                ObjectNode msg = JSON.createObjectNode().put("role", "assistant");
                if (t.text() == null) {
                    msg.putNull("content");
                } else {
                    msg.put("content", t.text());
                }
                msg.putNull("refusal");
                if (!t.calls().isEmpty()) {
                    ArrayNode calls = msg.putArray("tool_calls");
                    for (Call c : t.calls()) {
                        ObjectNode call = calls.addObject().put("id", c.id()).put("type", "function");
                        call.putObject("function").put("name", c.name()).put("arguments", c.arguments());
                    }
                }
                ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1)
                        .put("model", "gpt-test");
                root.putArray("choices").addObject().put("index", 0).<ObjectNode>set("message", msg)
                        .put("finish_reason", t.calls().isEmpty() ? "stop" : "tool_calls").putNull("logprobs");
                root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
                return root;
            }
            case "responses": {
                ObjectNode root = JSON.createObjectNode().put("id", "resp_1").put("object", "response").put("created_at", 1)
                        .put("status", "completed").put("model", "gpt-test");
                root.set("output", responseOutput(t));
                root.putArray("tools");
                root.put("parallel_tool_calls", true).put("tool_choice", "auto").putNull("error").putNull("incomplete_details")
                        .putNull("instructions").putNull("metadata").put("temperature", 1.0).put("top_p", 1.0);
                root.putObject("usage").put("input_tokens", 10).put("output_tokens", 5).put("total_tokens", 15)
                        .<ObjectNode>set("input_tokens_details", JSON.createObjectNode().put("cached_tokens", 0))
                        .set("output_tokens_details", JSON.createObjectNode().put("reasoning_tokens", 0));
                return root;
            }
            default: {
                ObjectNode root = JSON.createObjectNode().put("id", "msg_1").put("type", "message").put("role", "assistant")
                        .put("model", "claude-test");
                root.set("content", messageContent(t));
                root.put("stop_reason", t.calls().isEmpty() ? "end_turn" : "tool_use").putNull("stop_sequence");
                root.putObject("usage").put("input_tokens", 10).put("output_tokens", 5);
                return root;
            }
        }
    }

    private static ArrayNode responseOutput(Turn t) {
        ArrayNode out = JSON.createArrayNode();
        if (t.text() != null) {
            ObjectNode m = out.addObject().put("type", "message").put("id", "msg_o1").put("status", "completed").put("role", "assistant");
            m.putArray("content").addObject().put("type", "output_text").put("text", t.text()).putArray("annotations");
        }
        int i = 0;
        for (Call c : t.calls()) {
            out.addObject().put("type", "function_call").put("id", "fc_" + i++).put("call_id", c.id()).put("name", c.name())
                    .put("arguments", c.arguments()).put("status", "completed");
        }
        return out;
    }

    private static ArrayNode messageContent(Turn t) {
        ArrayNode content = JSON.createArrayNode();
        if (t.text() != null) {
            content.addObject().put("type", "text").put("text", t.text());
        }
        for (Call c : t.calls()) {
            try {
                content.addObject().put("type", "tool_use").put("id", c.id()).put("name", c.name()).set("input", JSON.readTree(c.arguments()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return content;
    }

    static List<String> events(String api, Turn t) throws IOException {
        List<String> out = new ArrayList<>();
        switch (api) {
            case "chat/completions": {
                String head = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"delta\":";
                out.add("data: " + head + "{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n");
                if (t.text() != null) {
                    for (String piece : pieces(t.text())) {
                        out.add("data: " + head + "{\"content\":" + JSON.writeValueAsString(piece) + "},\"finish_reason\":null}]}\n\n");
                    }
                }
                int i = 0;
                for (Call c : t.calls()) {
                    out.add("data: " + head + "{\"tool_calls\":[{\"index\":" + i + ",\"id\":\"" + c.id() + "\",\"type\":\"function\",\"function\":{\"name\":\""
                            + c.name() + "\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}\n\n");
                    for (String piece : pieces(c.arguments())) {
                        out.add("data: " + head + "{\"tool_calls\":[{\"index\":" + i + ",\"function\":{\"arguments\":" + JSON.writeValueAsString(piece)
                                + "}}]},\"finish_reason\":null}]}\n\n");
                    }
                    i++;
                }
                out.add("data: " + head + "{},\"finish_reason\":\"" + (t.calls().isEmpty() ? "stop" : "tool_calls") + "\"}]}\n\n");
                out.add("data: [DONE]\n\n");
                return out;
            }
            case "responses": {
                ObjectNode resp = (ObjectNode) json("responses", t);
                ObjectNode created = resp.deepCopy().put("status", "in_progress");
                created.putArray("output");
                int seq = 0;
                out.add(sse("response.created", JSON.createObjectNode().put("type", "response.created").put("sequence_number", seq++).set("response", created)));
                ArrayNode output = (ArrayNode) resp.get("output");
                for (int i = 0; i < output.size(); i++) {
                    JsonNode item = output.get(i);
                    out.add(sse("response.output_item.added", JSON.createObjectNode().put("type", "response.output_item.added")
                            .put("sequence_number", seq++).put("output_index", i).set("item", item)));
                    if (item.path("type").asText().equals("message")) {
                        out.add(sse("response.output_text.delta", JSON.createObjectNode().put("type", "response.output_text.delta")
                                .put("sequence_number", seq++).put("item_id", item.path("id").asText()).put("output_index", i)
                                .put("content_index", 0).put("delta", t.text())));
                    } else {
                        out.add(sse("response.function_call_arguments.delta", JSON.createObjectNode().put("type", "response.function_call_arguments.delta")
                                .put("sequence_number", seq++).put("item_id", item.path("id").asText()).put("output_index", i)
                                .put("delta", item.path("arguments").asText())));
                    }
                    out.add(sse("response.output_item.done", JSON.createObjectNode().put("type", "response.output_item.done")
                            .put("sequence_number", seq++).put("output_index", i).set("item", item)));
                }
                out.add(sse("response.completed", JSON.createObjectNode().put("type", "response.completed").put("sequence_number", seq).set("response", resp)));
                return out;
            }
            default: {
                ObjectNode msg = (ObjectNode) json("messages", t);
                ObjectNode start = msg.deepCopy();
                start.putArray("content");
                start.putNull("stop_reason");
                out.add(sse("message_start", JSON.createObjectNode().put("type", "message_start").set("message", start)));
                ArrayNode content = (ArrayNode) msg.get("content");
                for (int i = 0; i < content.size(); i++) {
                    JsonNode b = content.get(i);
                    if (b.path("type").asText().equals("text")) {
                        out.add(sse("content_block_start", JSON.createObjectNode().put("type", "content_block_start").put("index", i)
                                .set("content_block", JSON.createObjectNode().put("type", "text").put("text", ""))));
                        for (String piece : pieces(b.path("text").asText())) {
                            out.add(sse("content_block_delta", JSON.createObjectNode().put("type", "content_block_delta").put("index", i)
                                    .set("delta", JSON.createObjectNode().put("type", "text_delta").put("text", piece))));
                        }
                    } else {
                        ObjectNode startBlock = JSON.createObjectNode().put("type", "tool_use").put("id", b.path("id").asText())
                                .put("name", b.path("name").asText());
                        startBlock.putObject("input");
                        out.add(sse("content_block_start", JSON.createObjectNode().put("type", "content_block_start").put("index", i)
                                .set("content_block", startBlock)));
                        out.add(sse("content_block_delta", JSON.createObjectNode().put("type", "content_block_delta").put("index", i)
                                .set("delta", JSON.createObjectNode().put("type", "input_json_delta").put("partial_json", JSON.writeValueAsString(b.path("input"))))));
                    }
                    out.add(sse("content_block_stop", JSON.createObjectNode().put("type", "content_block_stop").put("index", i)));
                }
                ObjectNode delta = JSON.createObjectNode().put("type", "message_delta");
                delta.putObject("delta").put("stop_reason", msg.path("stop_reason").asText()).putNull("stop_sequence");
                delta.putObject("usage").put("output_tokens", 5);
                out.add(sse("message_delta", delta));
                out.add(sse("message_stop", JSON.createObjectNode().put("type", "message_stop")));
                return out;
            }
        }
    }

    private static String sse(String event, JsonNode data) throws IOException {
        return "event: " + event + "\ndata: " + JSON.writeValueAsString(data) + "\n\n";
    }

    /** Text in three pieces (or fewer), so streams carry several deltas. */
    private static List<String> pieces(String s) {
        List<String> out = new ArrayList<>();
        int n = Math.max(1, s.length() / 3);
        for (int i = 0; i < s.length(); i += n) {
            out.add(s.substring(i, Math.min(s.length(), i + n)));
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

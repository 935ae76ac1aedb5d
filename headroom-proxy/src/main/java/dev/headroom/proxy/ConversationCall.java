package dev.headroom.proxy;

import dev.headroom.conversation.ConversationTurn;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.Reply;
import dev.headroom.conversation.RequestPlan;
import dev.headroom.conversation.TurnReport;
import dev.headroom.proxy.json.JsonText;
import dev.headroom.proxy.wire.ParsedRequest;
import dev.headroom.proxy.wire.ParsedResponse;
import dev.headroom.proxy.wire.SseEvent;
import dev.headroom.proxy.wire.SseParser;
import dev.headroom.proxy.wire.StreamRound;
import dev.headroom.proxy.wire.WireApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One client request to a conversation endpoint, from its body to the response the client gets:
 * read into neutral form, prepared by the policy, spliced into the client's bytes and sent upstream,
 * round after round while the model calls {@code headroom_retrieve}. A streamed round goes to the
 * client event by event unless the retrieve tool is offered in it; then it is held until it is
 * complete, and released (without retrieve calls) only if it is the last. Any internal failure sends
 * the client's own bytes upstream instead. Not thread-safe: rounds run one after another.
 */
final class ConversationCall {

    private final ProxyContext ctx;
    private final WireApi api;
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long started = System.nanoTime();
    private long upstreamNanos;
    private long roundStarted;
    private byte[] body;
    private ParsedRequest parsed;
    private ConversationTurn turn;
    private TurnReport report;
    private int rounds;
    private String outcome = "ok";
    private boolean stream;
    private volatile org.eclipse.jetty.client.Request inFlight;

    ConversationCall(ProxyContext ctx, WireApi api, Request request, Response response, Callback callback) {
        this.ctx = ctx;
        this.api = api;
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    void start() {
        request.addFailureListener(x -> {
            org.eclipse.jetty.client.Request up = inFlight;
            if (up != null) {
                up.abort(x); // the client went away: so does the upstream call
            }
        });
        Content.Source.asByteArrayAsync(request, ctx.config().maxBodyBytes()).whenComplete((bytes, failure) -> {
            if (failure != null) {
                outcome = "bad_request";
                error(413, "request body unreadable or above " + ctx.config().maxBodyBytes() + " bytes: " + failure.getMessage());
                return;
            }
            body = bytes;
            begin();
        });
    }

    private void begin() {
        try {
            parsed = api.parse(body, ctx.scopeOf(request));
            stream = parsed.stream();
            turn = ctx.policy().begin(parsed.conversation());
        } catch (IOException | RuntimeException e) {
            failOpen("parse", e);
            return;
        }
        send(turn.request());
    }

    /** Sends the client's own bytes upstream and relays whatever comes back. */
    private void failOpen(String stage, Exception e) {
        ctx.metrics().failure(stage);
        ctx.log().warn("headroom proxy: {} failed ({}); forwarding the request as it came", stage, e.toString());
        if (turn != null) {
            turn.onFailure();
        }
        turn = null;
        outcome = "fail_open";
        live(body, null);
    }

    private void send(RequestPlan plan) {
        byte[] out;
        try {
            out = plan.unchanged() ? body : api.render(parsed, plan);
        } catch (RuntimeException e) {
            failOpen("render", e);
            return;
        }
        rounds++;
        if (stream && !plan.retrieveOffered()) {
            live(out, api.newStreamRound());
        } else {
            held(out);
        }
    }

    private org.eclipse.jetty.client.Request upstream(byte[] out) {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        org.eclipse.jetty.client.Request up = ctx.client().newRequest(ctx.routes().target(request).toURI())
                .method(request.getMethod())
                .idleTimeout(ctx.config().idleTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .body(new BytesRequestContent(contentType == null ? "application/json" : contentType, out));
        up.headers(h -> {
            for (HttpField f : request.getHeaders()) {
                if (Headers.forwardRequestHeader(f)) {
                    h.add(f);
                }
            }
        });
        inFlight = up;
        roundStarted = System.nanoTime();
        return up;
    }

    private void roundDone() {
        long n = System.nanoTime() - roundStarted;
        upstreamNanos += n;
        ctx.metrics().upstream(api.name(), n);
    }

    /** A round whose response is read whole before anything reaches the client. */
    private void held(byte[] out) {
        upstream(out).send(new BufferingResponseListener(ctx.config().maxBodyBytes()) {
            @Override
            public void onComplete(Result result) {
                roundDone();
                try {
                    onHeld(result, getContent());
                } catch (RuntimeException e) {
                    ctx.log().warn("headroom proxy: handling a response failed: {}", e.toString());
                    if (!response.isCommitted()) {
                        failOpen("response", e);
                    } else {
                        callback.failed(e);
                    }
                }
            }
        });
    }

    private void onHeld(Result result, byte[] content) {
        if (result.isFailed()) {
            endTurn();
            upstreamFailed(result.getFailure());
            return;
        }
        org.eclipse.jetty.client.Response up = result.getResponse();
        if (up.getStatus() != 200 || turn == null) {
            endTurn();
            outcome = up.getStatus() == 200 ? outcome : "upstream_status";
            complete(up, content);
            return;
        }
        Message.Assistant assistant = null;
        ParsedResponse whole = null;
        StreamRound round = null;
        List<SseEvent> events = null;
        try {
            if (stream) {
                events = events(content);
                round = api.newStreamRound();
                for (SseEvent e : events) {
                    round.accept(e);
                }
                assistant = round.assistant();
            } else {
                whole = api.parseResponse(content);
                assistant = whole.assistant();
            }
        } catch (IOException | RuntimeException e) {
            ctx.metrics().failure("response");
        }
        if (assistant == null) {
            endTurn(); // not a response the policy can read: the client gets it as it came
            complete(up, content);
            return;
        }
        ConversationTurn.Step step = turn.onResponse(assistant);
        if (!step.isDone()) {
            send(step.next());
            return;
        }
        Reply reply = step.reply();
        report = reply.report();
        byte[] out = content;
        if (reply.changed()) {
            out = stream ? join(round.keepingCalls(events, reply.keptCalls())) : whole.keepingCalls(reply.keptCalls());
        }
        complete(up, out);
    }

    /** A round streamed to the client as it arrives, read on the side for the policy. */
    private void live(byte[] out, StreamRound round) {
        SseParser sse = new SseParser();
        org.eclipse.jetty.client.Request up = upstream(out);
        up.send(new org.eclipse.jetty.client.Response.Listener() {
            @Override
            public void onHeaders(org.eclipse.jetty.client.Response r) {
                response.setStatus(r.getStatus());
                Headers.copyResponseHeaders(r.getHeaders(), response, false);
            }

            @Override
            public void onContent(org.eclipse.jetty.client.Response r, Content.Chunk chunk, Runnable demander) {
                ByteBuffer buffer = chunk.getByteBuffer();
                if (!buffer.hasRemaining()) {
                    demander.run();
                    return;
                }
                byte[] copy = new byte[buffer.remaining()];
                buffer.get(copy);
                if (round != null && r.getStatus() == 200) {
                    try {
                        for (SseEvent e : sse.feed(copy, 0, copy.length)) {
                            round.accept(e);
                        }
                    } catch (RuntimeException e) {
                        ctx.metrics().failure("stream");
                    }
                }
                response.write(false, ByteBuffer.wrap(copy), Callback.from(demander, x -> up.abort(x)));
            }

            @Override
            public void onComplete(Result result) {
                roundDone();
                if (result.isFailed()) {
                    endTurn();
                    if (response.isCommitted()) {
                        outcome = "upstream_cut";
                        finish(result.getResponse() == null ? 502 : result.getResponse().getStatus());
                        callback.failed(result.getFailure()); // the client sees the stream cut, as the upstream cut it
                    } else {
                        upstreamFailed(result.getFailure());
                    }
                    return;
                }
                int status = result.getResponse().getStatus();
                if (round != null && status == 200 && turn != null) {
                    SseEvent last = sse.finish();
                    if (last != null) {
                        round.accept(last);
                    }
                    Message.Assistant assistant = round.assistant();
                    if (assistant != null) {
                        ConversationTurn.Step step = turn.onResponse(assistant);
                        if (step.isDone()) {
                            report = step.reply().report();
                        }
                    }
                }
                endTurn();
                outcome = status == 200 ? outcome : "upstream_status";
                response.write(true, ByteBuffer.allocate(0), Callback.from(() -> {
                    finish(status);
                    callback.succeeded();
                }, x -> {
                    finish(status);
                    callback.failed(x);
                }));
            }
        });
    }

    /** Writes a whole response: the upstream's status and headers with {@code content}. */
    private void complete(org.eclipse.jetty.client.Response up, byte[] content) {
        response.setStatus(up.getStatus());
        Headers.copyResponseHeaders(up.getHeaders(), response, true);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, content.length);
        int status = up.getStatus();
        response.write(true, ByteBuffer.wrap(content), Callback.from(() -> {
            finish(status);
            callback.succeeded();
        }, x -> {
            finish(status);
            callback.failed(x);
        }));
    }

    private void upstreamFailed(Throwable failure) {
        boolean timeout = failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException;
        outcome = timeout ? "upstream_timeout" : "upstream_unreachable";
        error(timeout ? 504 : 502, (timeout ? "upstream timed out: " : "upstream unreachable: ") + failure.getMessage());
    }

    /** An error the proxy itself answers with, in the API's own error shape. */
    private void error(int status, String message) {
        String m = JsonText.quoted(message == null ? "" : message);
        String json = api.name().equals("messages")
                ? "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":" + m + "}}"
                : "{\"error\":{\"message\":" + m + ",\"type\":\"headroom_proxy_error\",\"param\":null,\"code\":null}}";
        if (response.isCommitted()) {
            finish(status);
            callback.failed(new IOException(message));
            return;
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), Callback.from(() -> {
            finish(status);
            callback.succeeded();
        }, x -> {
            finish(status);
            callback.failed(x);
        }));
    }

    private void endTurn() {
        if (turn != null && report == null) {
            turn.onFailure();
        }
    }

    private void finish(int status) {
        long total = System.nanoTime() - started;
        long added = Math.max(0, total - upstreamNanos);
        ctx.metrics().request(api.name(), outcome);
        ctx.metrics().added(api.name(), added);
        TurnReport r = report;
        // requests where something happened are logged at INFO, plain forwards at DEBUG (one line each, never content)
        boolean notable = status != 200 || !"ok".equals(outcome) || r != null && (r.compressedToolResults() > 0 || r.retrieveCalls() > 0
                || r.replays() > 0);
        if (notable ? ctx.log().isInfoEnabled() : ctx.log().isDebugEnabled()) {
            String line = String.format(Locale.ROOT,
                    "{\"api\":\"%s\",\"status\":%d,\"outcome\":\"%s\",\"stream\":%b,\"rounds\":%d,\"toolResults\":%d,\"compressed\":%d,"
                            + "\"tokensBefore\":%d,\"tokensAfter\":%d,\"retrieveCalls\":%d,\"replays\":%d,\"upstreamMs\":%.2f,\"addedMs\":%.3f,"
                            + "\"scope\":%s}",
                    api.name(), status, outcome, stream, rounds, r == null ? 0 : r.toolResults(), r == null ? 0 : r.compressedToolResults(),
                    r == null ? 0 : r.tokensBefore(), r == null ? 0 : r.tokensAfter(), r == null ? 0 : r.retrieveCalls(),
                    r == null ? 0 : r.replays(), upstreamNanos / 1e6, added / 1e6,
                    parsed == null || parsed.conversation().scope() == null ? "null" : JsonText.quoted(parsed.conversation().scope()));
            if (notable) {
                ctx.log().info(line);
            } else {
                ctx.log().debug(line);
            }
        }
    }

    private static List<SseEvent> events(byte[] content) {
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>(parser.feed(content, 0, content.length));
        SseEvent last = parser.finish();
        if (last != null) {
            events.add(last);
        }
        return events;
    }

    private static byte[] join(List<SseEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SseEvent e : events) {
            out.writeBytes(e.raw());
        }
        return out.toByteArray();
    }
}

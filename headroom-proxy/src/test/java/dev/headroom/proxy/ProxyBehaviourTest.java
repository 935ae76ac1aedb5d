package dev.headroom.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.proxy.FakeUpstream.Turn;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transport behaviour with the JDK's HTTP client and curl: pass-through, streaming timing, errors, operations endpoints. */
class ProxyBehaviourTest {

    private FakeUpstream upstream;
    private HeadroomProxy proxy;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        upstream = new FakeUpstream();
        proxy = Fixtures.proxy(upstream);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        upstream.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(proxy.url() + path)).header("Authorization", "Bearer k1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_forward_a_request_with_nothing_to_compress_byte_for_byte() throws Exception {
        String body = "{ \"model\" : \"m\",\n  \"temperature\": 1.50, \"n\": 1e0, \"messages\":[{\"role\":\"user\",\"content\":\"h\\u00e9llo \\ud83d\\ude00\"},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"c\",\"content\":\"small result\"}], \"zeta\": [1,2.000] }";
        upstream.then(Turn.text("hi"));

        HttpResponse<String> r = post("/v1/chat/completions", body);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(upstream.last().text()).isEqualTo(body);
        assertThat(upstream.last().header("authorization")).isEqualTo("Bearer k1");
        assertThat(upstream.last().header("host")).isEqualTo(URI.create(upstream.url()).getAuthority());
        assertThat(upstream.last().header("accept-encoding")).isNull();
        assertThat(r.headers().firstValue("x-request-id")).hasValue("req_fake");
    }

    @Test
    void should_forward_a_body_it_cannot_read_unchanged() throws Exception {
        String body = "{\"messages\": not json";
        upstream.then(Turn.text("whatever"));

        HttpResponse<String> r = post("/v1/chat/completions", body);

        assertThat(upstream.last().text()).isEqualTo(body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(proxy.scrapeMetrics()).contains("headroom_proxy_failures_total{stage=\"parse\"} 1.0");
    }

    @Test
    void should_pass_other_paths_and_methods_through_with_status_and_headers() throws Exception {
        HttpResponse<String> models = http.send(HttpRequest.newBuilder(URI.create(proxy.url() + "/v1/models?limit=2"))
                .header("x-custom", "kept").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(proxy.url() + "/v1/missing"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> count = post("/v1/messages/count_tokens", "{\"model\":\"c\",\"messages\":[]}");

        assertThat(models.statusCode()).isEqualTo(200);
        assertThat(models.body()).contains("\"path\":\"/v1/models?limit=2\"");
        assertThat(models.headers().firstValue("x-upstream")).hasValue("fake");
        assertThat(upstream.requests().get(0).header("x-custom")).isEqualTo("kept");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(upstream.requests().get(1).method()).isEqualTo("DELETE");
        assertThat(count.body()).contains("\"method\":\"POST\"").contains("\"bodyBytes\":27");
        String upstreamHost = URI.create(upstream.url()).getAuthority();
        for (FakeUpstream.Recorded r : upstream.requests()) {
            assertThat(r.header("host")).as("Host of " + r.path()).isEqualTo(upstreamHost);
            assertThat(r.header("accept-encoding")).as("no compression asked for on " + r.path()).isNull();
            assertThat(r.header("via")).isNull();
        }
    }

    @Test
    void should_forward_upstream_errors_with_status_headers_and_body() throws Exception {
        String error = "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"rate_limit_error\"}}";
        upstream.then(Turn.error(429, error));

        HttpResponse<String> r = post("/v1/chat/completions", "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");

        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).isEqualTo(error);
        assertThat(r.headers().firstValue("retry-after")).hasValue("7");
    }

    @Test
    void should_answer_502_when_the_upstream_is_unreachable_and_504_when_it_is_silent() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (HeadroomProxy down = HeadroomProxy.start(ProxyConfig.builder().port(0).openAiUpstream("http://127.0.0.1:" + closedPort).build(),
                dev.headroom.Headroom.builder().build());
                ServerSocket silent = new ServerSocket(0);
                HeadroomProxy slow = HeadroomProxy.start(ProxyConfig.builder().port(0).openAiUpstream("http://127.0.0.1:" + silent.getLocalPort())
                        .idleTimeout(Duration.ofMillis(300)).build(), dev.headroom.Headroom.builder().build())) {
            String body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}";
            HttpResponse<String> unreachable = http.send(HttpRequest.newBuilder(URI.create(down.url() + "/v1/chat/completions"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> timeout = http.send(HttpRequest.newBuilder(URI.create(slow.url() + "/v1/chat/completions"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(unreachable.statusCode()).isEqualTo(502);
            assertThat(unreachable.body()).contains("upstream unreachable");
            assertThat(timeout.statusCode()).isEqualTo(504);
            assertThat(timeout.body()).contains("upstream timed out");
        }
    }

    @Test
    void should_deliver_a_stream_event_by_event_when_nothing_is_held_back() throws Exception {
        upstream.then(Turn.text("one two three four five six").slowly(200));
        long start = System.nanoTime();
        List<Long> arrivals = new ArrayList<>();

        http.send(HttpRequest.newBuilder(URI.create(proxy.url() + "/v1/chat/completions")).POST(HttpRequest.BodyPublishers.ofString(
                "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")).build(),
                HttpResponse.BodyHandlers.ofLines()).body().filter(l -> l.startsWith("data:"))
                .forEach(l -> arrivals.add((System.nanoTime() - start) / 1_000_000));

        // the upstream sends 6 events 200 ms apart: each reaches the client as it is sent, not all at the end
        assertThat(arrivals).hasSize(6);
        assertThat(arrivals.get(5) - arrivals.get(0)).isGreaterThanOrEqualTo(800);
        for (int i = 1; i < arrivals.size(); i++) {
            // event i leaves the upstream i x 200 ms after the first; had the proxy buffered, all would arrive together
            assertThat(arrivals.get(i) - arrivals.get(0)).as("event " + i + " after the first").isGreaterThanOrEqualTo(i * 200L - 150);
        }
    }

    @Test
    void should_cancel_the_upstream_call_when_the_client_goes_away() throws Exception {
        upstream.then(Turn.text("a long answer that keeps on coming, piece after piece, for a while").slowly(200));
        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create(proxy.url() + "/v1/chat/completions"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.body().read()).isNotEqualTo(-1);

        r.body().close();

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (upstream.cutOff() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(upstream.cutOff()).as("the upstream stream was cut when the client left").isEqualTo(1);
    }

    @Test
    void should_serve_health_readiness_and_metrics() throws Exception {
        upstream.then(Turn.text("hi"));
        post("/v1/chat/completions", "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(proxy.url() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(proxy.url() + "/readyz")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(proxy.url() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("headroom_proxy_requests_total{api=\"chat\",outcome=\"ok\"} 1.0")
                .contains("headroom_proxy_added_seconds").contains("headroom_proxy_upstream_seconds").contains("headroom_proxy_tokens_before_total")
                .contains("headroom_proxy_tool_results_timed_out_total 0.0").contains("headroom_proxy_tool_results_failed_open_total 0.0");
    }

    @Test
    void should_work_with_curl() throws Exception {
        upstream.then(Turn.text("from curl"));
        Process p = new ProcessBuilder("curl", "-sS", "-N", proxy.url() + "/v1/chat/completions", "-H", "Content-Type: application/json",
                "-H", "Authorization: Bearer k1", "-d", "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).contains("\"content\":\"fro\"").endsWith("data: [DONE]\n\n");
        assertThat(upstream.last().text()).isEqualTo("{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    }

    @Test
    void should_finish_an_open_stream_when_stopped() throws Exception {
        upstream.then(Turn.text("one two three four five six").slowly(150));
        var response = http.sendAsync(HttpRequest.newBuilder(URI.create(proxy.url() + "/v1/chat/completions")).POST(HttpRequest.BodyPublishers.ofString(
                "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);

        proxy.close();

        HttpResponse<String> r = response.get();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).endsWith("data: [DONE]\n\n");
    }
}

package dev.headroom.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.headroom.proxy.FakeUpstream.Call;
import dev.headroom.proxy.FakeUpstream.Turn;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two proxy processes sharing one Redis store: the first compresses a tool result, the second answers
 * the model's retrieve call for it although it never saw that result (the client continues a stored
 * Responses conversation through it, with {@code previous_response_id}).
 */
class SharedRedisTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+?)[ )]");
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroy);
    }

    private static boolean redisAnswers() {
        try (Socket s = new Socket("127.0.0.1", 6379)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private String startProxy(String upstream, String store) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp", System.getProperty("java.class.path"),
                ProxyCommand.class.getName(), "--port", "0", "--openai-upstream", upstream, "--time-budget", "0");
        pb.environment().put("HEADROOM_STORE", store);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        processes.add(p);
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter());
                    } catch (Exception ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IllegalStateException("the proxy process ended before listening, exit " + p.waitFor(5, TimeUnit.SECONDS));
    }

    @Test
    void should_answer_a_retrieve_in_one_process_for_a_result_another_compressed() throws Exception {
        boolean required = "1".equals(System.getenv("HEADROOM_REQUIRE_REDIS"));
        assumeTrue(required || redisAnswers(), "no Redis on 127.0.0.1:6379");
        String store = "redis://127.0.0.1:6379?prefix=headroom-proxy-test-" + UUID.randomUUID() + ":";
        try (FakeUpstream upstream = new FakeUpstream()) {
            String a = startProxy(upstream.url(), store);
            String b = startProxy(upstream.url(), store);
            HttpClient http = HttpClient.newHttpClient();
            String orders = Fixtures.literal(Fixtures.orders());
            upstream.then(Turn.text("Looked at the orders."));

            HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(a + "/v1/responses")).header("Authorization", "Bearer tenant-1")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"gpt-test\",\"input\":[{\"role\":\"user\",\"content\":\"Orders?\"},"
                            + "{\"type\":\"function_call\",\"call_id\":\"c0\",\"name\":\"get_orders\",\"arguments\":\"{}\"},"
                            + "{\"type\":\"function_call_output\",\"call_id\":\"c0\",\"output\":" + orders + "}]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).isEqualTo(200);
            String handle = Fixtures.handle(upstream.last());

            upstream.then(r -> Turn.calls(new Call("c1", "headroom_retrieve", "{\"handle\":\"" + handle + "\",\"query\":\"ORD-1042\"}")),
                    r -> Turn.text("ORD-1042 failed: card declined"));
            HttpResponse<String> second = http.send(HttpRequest.newBuilder(URI.create(b + "/v1/responses")).header("Authorization", "Bearer tenant-1")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"gpt-test\",\"previous_response_id\":\"resp_1\","
                            + "\"input\":[{\"role\":\"user\",\"content\":\"Why did ORD-1042 fail?\"}]}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).contains("ORD-1042 failed: card declined").doesNotContain("headroom_retrieve");
            String answer = upstream.last().json().path("input").path(2).path("output").asText();
            assertThat(answer).contains("ORD-1042").contains("card declined by issuer");

            // another API key cannot read that original through the same process
            upstream.then(r -> Turn.calls(new Call("c2", "headroom_retrieve", "{\"handle\":\"" + handle + "\"}")), r -> Turn.text("ok"));
            http.send(HttpRequest.newBuilder(URI.create(b + "/v1/responses")).header("Authorization", "Bearer tenant-2")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"gpt-test\",\"previous_response_id\":\"resp_1\","
                            + "\"input\":[{\"role\":\"user\",\"content\":\"Why did ORD-1042 fail?\"}]}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(upstream.last().json().path("input").path(2).path("output").asText()).doesNotContain("card declined by issuer");
        }
    }
}

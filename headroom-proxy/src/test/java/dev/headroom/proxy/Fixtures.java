package dev.headroom.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.Headroom;
import dev.headroom.proxy.json.JsonReader;
import dev.headroom.proxy.json.JsonValue;
import dev.headroom.store.InMemoryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared inputs and byte-level checks for the proxy's end-to-end tests. */
final class Fixtures {

    static final String QUESTION = "Why did order ORD-1042 fail?";
    private static final Pattern HANDLE = Pattern.compile("retrieve handle=([0-9a-f]{16})");

    private Fixtures() {}

    /** A tool result worth compressing: 300 orders as a JSON array, one of them failed. */
    static String orders() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            int id = 1000 + i;
            String status = id == 1042 ? "FAILED" : "SHIPPED";
            sb.append(i > 0 ? "," : "").append(String.format(Locale.ROOT,
                    "{\"id\":\"ORD-%d\",\"customer\":\"customer-%d\",\"amount\":%d.%02d,\"status\":\"%s\",\"warehouse\":\"WH-%d\"%s}",
                    id, i % 17, 10 + i % 90, i % 100, status, i % 3, id == 1042 ? ",\"error\":\"card declined by issuer\"" : ""));
        }
        return sb.append(']').toString();
    }

    static HeadroomProxy proxy(FakeUpstream upstream) throws Exception {
        // no time budget: a cold test JVM must still compress, so every assertion sees the same requests
        return proxy(upstream, Headroom.builder().store(InMemoryStore.builder().build()).timeBudget(java.time.Duration.ZERO).build(),
                ProxyConfig.builder());
    }

    static HeadroomProxy proxy(FakeUpstream upstream, Headroom headroom, ProxyConfig.Builder config) throws Exception {
        return HeadroomProxy.start(config.port(0).openAiUpstream(upstream.url()).anthropicUpstream(upstream.url()).build(), headroom);
    }

    /** The handle of the first marker in a request body. */
    static String handle(FakeUpstream.Recorded r) {
        Matcher m = HANDLE.matcher(r.text());
        assertThat(m.find()).as("a marker in the request body (%d bytes)", r.body().length).isTrue();
        return m.group(1);
    }

    static String literal(String s) {
        try {
            return FakeUpstream.JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts that {@code after} is {@code before} with exactly one run of bytes inserted, and returns
     * that run.
     */
    static String insertion(String before, String after) {
        int p = 0;
        while (p < before.length() && p < after.length() && before.charAt(p) == after.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < before.length() - p && s < after.length() - p
                && before.charAt(before.length() - 1 - s) == after.charAt(after.length() - 1 - s)) {
            s++;
        }
        assertThat(p + s).as("everything of the earlier body is kept byte for byte").isEqualTo(before.length());
        return after.substring(p, after.length() - s);
    }

    /** The inserted run of {@link #insertion}, read as JSON array elements (a leading comma allowed). */
    static JsonNode insertedElements(String before, String after) throws IOException {
        String run = insertion(before, after);
        String trimmed = run.startsWith(",") ? run.substring(1) : run.endsWith(",") ? run.substring(0, run.length() - 1) : run;
        return FakeUpstream.JSON.readTree("[" + trimmed + "]");
    }

    /** The raw bytes of each element of the array at {@code field} of a JSON body, as text. */
    static List<String> rawElements(byte[] body, String field) throws IOException {
        JsonValue.Obj root = (JsonValue.Obj) JsonReader.read(body);
        List<String> out = new ArrayList<>();
        for (JsonValue v : root.array(field).elements()) {
            out.add(new String(body, v.start(), v.end() - v.start(), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The raw bytes of a top-level field's value. */
    static String rawField(byte[] body, String field) throws IOException {
        JsonValue v = ((JsonValue.Obj) JsonReader.read(body)).get(field);
        return v == null ? null : new String(body, v.start(), v.end() - v.start(), StandardCharsets.UTF_8);
    }
}

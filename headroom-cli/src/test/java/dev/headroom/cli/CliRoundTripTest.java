package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the CLI as separate processes sharing one SQLite store, as a user's shell would. */
class CliRoundTripTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run cli(Path store, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(HeadroomCli.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HEADROOM_STORE", store.toString());
        File out = dir.resolve("out-" + System.nanoTime()).toFile();
        File err = dir.resolve("err-" + System.nanoTime()).toFile();
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        int exit = p.waitFor();
        return new Run(exit, Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    private static String ordersJson() {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 400; i++) {
            String status = i == 217 ? "payment_failed" : "shipped";
            sb.append(String.format(Locale.ROOT,
                    "  {\"order_id\": \"ORD-%05d\", \"customer\": \"customer-%d\", \"status\": \"%s\", \"total\": %d.%02d, \"currency\": \"EUR\"}%s\n",
                    10_000 + i, i % 37, status, 20 + (i * 7) % 180, i % 100, i == 399 ? "" : ","));
        }
        return sb.append("]\n").toString();
    }

    @Test
    void should_retrieve_from_a_new_process_what_an_earlier_one_stored() throws Exception {
        Path store = dir.resolve("store.db");
        Path input = dir.resolve("orders.json");
        String original = ordersJson();
        Files.writeString(input, original, StandardCharsets.UTF_8);

        Run compress = cli(store, "compress", input.toString(), "--json");

        assertThat(compress.exit()).as(compress.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(compress.out());
        assertThat(json.get("kind").asText()).isEqualTo("json-array");
        assertThat(json.get("tokensAfter").asInt()).isLessThan(json.get("tokensBefore").asInt());
        assertThat(json.get("text").asText()).contains("payment_failed");
        assertThat(json.get("handles")).isNotEmpty();
        assertThat(compress.err()).contains("tokens");

        String handle = json.get("handles").get(0).asText();
        Run retrieve = cli(store, "retrieve", handle);
        assertThat(retrieve.exit()).as(retrieve.err()).isZero();
        assertThat(retrieve.out()).isEqualTo(original);

        Run filtered = cli(store, "retrieve", handle, "--query", "ORD-10217");
        assertThat(filtered.exit()).isZero();
        assertThat(filtered.out()).contains("ORD-10217").doesNotContain("ORD-10218");
    }

    @Test
    void should_exit_non_zero_with_a_message_for_an_unknown_handle() throws Exception {
        Run r = cli(dir.resolve("empty.db"), "retrieve", "0123456789abcdef");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("No original is stored under handle 0123456789abcdef");
    }

    @Test
    void should_print_compressed_text_identically_on_every_run() throws Exception {
        Path input = dir.resolve("orders.json");
        Files.writeString(input, ordersJson(), StandardCharsets.UTF_8);

        Run a = cli(dir.resolve("a.db"), "compress", input.toString(), "-q");
        Run b = cli(dir.resolve("b.db"), "compress", input.toString(), "-q");

        assertThat(a.exit()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(a.err()).isEmpty();
    }

    @Test
    void should_reject_an_unknown_tokenizer_clearly() throws Exception {
        Path input = dir.resolve("x.txt");
        Files.writeString(input, "hello");

        Run r = cli(dir.resolve("c.db"), "compress", input.toString(), "--tokenizer", "p50k");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("o200k_base, cl100k_base");
    }
}

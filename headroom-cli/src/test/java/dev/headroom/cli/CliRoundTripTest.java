package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.store.RedisStore;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the CLI as separate processes sharing one SQLite store, as a user's shell would. */
class CliRoundTripTest {

    @TempDir
    Path dir;

    private record Run(int exit, byte[] outBytes, String err) {
        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }
    }

    private Run cli(Path store, String... args) throws IOException, InterruptedException {
        return cliAt(store.toString(), null, args);
    }

    /** Runs the CLI with {@code HEADROOM_STORE=location} and, unless null, {@code stdin} as its standard input. */
    private Run cliAt(String location, byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(HeadroomCli.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HEADROOM_STORE", location);
        File out = dir.resolve("out-" + System.nanoTime()).toFile();
        File err = dir.resolve("err-" + System.nanoTime()).toFile();
        pb.redirectOutput(out).redirectError(err);
        if (stdin != null) {
            Path in = dir.resolve("in-" + System.nanoTime());
            Files.write(in, stdin);
            pb.redirectInput(in.toFile());
        }
        Process p = pb.start();
        int exit = p.waitFor();
        return new Run(exit, Files.readAllBytes(out.toPath()), Files.readString(err.toPath(), StandardCharsets.UTF_8));
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

    @Test
    void should_say_a_missing_input_file_does_not_exist() throws Exception {
        Run r = cli(dir.resolve("m.db"), "compress", dir.resolve("nope.json").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("cannot read").contains("nope.json: no such file");
    }

    @Test
    void should_refuse_an_unknown_relevance_scorer_clearly() throws Exception {
        Path input = dir.resolve("x.txt");
        Files.writeString(input, "hello");

        Run r = cli(dir.resolve("c.db"), "compress", input.toString(), "--relevance", "magic");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no relevance scorer 'magic'").contains("lexical, onnx");
    }

    @Test
    void should_keep_the_row_a_question_is_about_by_meaning_with_relevance_onnx() throws Exception {
        Path input = dir.resolve("repositories.json");
        try (var in = getClass().getResourceAsStream("/repositories.json")) {
            Files.copy(in, input);
        }
        String question = "which project lets me serve a REST backend quickly?"; // no word of the fastapi row

        Run lexical = cli(dir.resolve("r.db"), "compress", input.toString(), "--min-tokens", "0", "--query", question);
        Run meaning = cli(dir.resolve("r.db"), "compress", input.toString(), "--min-tokens", "0", "--query", question,
                "--relevance", "onnx", "--json");

        assertThat(lexical.exit()).isZero();
        assertThat(lexical.out()).contains("rows elided").doesNotContain("\"fastapi\"");
        assertThat(meaning.exit()).as(meaning.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(meaning.out());
        assertThat(json.path("outcome").asText()).isEqualTo("COMPRESSED");
        assertThat(json.path("text").asText()).contains("\"fastapi\"").contains("rows elided");
    }

    @Test
    void should_print_one_line_and_exit_2_when_the_store_location_is_malformed() throws Exception {
        Path input = dir.resolve("orders.json");
        Files.writeString(input, ordersJson(), StandardCharsets.UTF_8);
        String bad = "redis://bad:host:x";

        List<Run> runs = List.of(
                cliAt(bad, null, "compress", input.toString()),
                cliAt(bad, ordersJson().getBytes(StandardCharsets.UTF_8), "compress", "--json"),
                cliAt(bad, null, "retrieve", "eb2d36f99a11ba07"));

        for (Run r : runs) {
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines()).as(r.err()).singleElement().asString()
                    .startsWith("headroom: invalid HEADROOM_STORE: ")
                    .contains("'bad:host:x'")
                    .contains("redis://[[user]:password@]host[:port][/db]")
                    .contains("SQLite file path")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void should_not_print_a_password_from_a_malformed_store_location() throws Exception {
        Run r = cliAt("redis://:hunter2@bad:host:x", null, "retrieve", "eb2d36f99a11ba07");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("redis://***@").doesNotContain("hunter2");
    }

    /** Issue 11, item 6: an unencoded '#' ended the user-info early, and the rest of the password was printed. */
    @Test
    void should_not_print_any_part_of_a_password_with_unencoded_delimiters() throws Exception {
        Run r = cliAt("redis://:S3cr3t#Passw0rd@h:port", null, "retrieve", "eb2d36f99a11ba07");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("S3cr3t").doesNotContain("Passw0rd");
    }

    /** Issue 11, items 7 and 8: the default store came from the user database, not $HOME, and was world-readable. */
    @Test
    void should_keep_its_default_store_under_home_readable_by_the_user_only() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Path input = dir.resolve("orders.json");
        Files.writeString(input, ordersJson(), StandardCharsets.UTF_8);

        Run r = cliWithEnv(Map.of("HOME", home.toString()), "compress", input.toString(), "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        Path store = home.resolve(".headroom/store.db");
        assertThat(store).exists();
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.getParent()))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store))).isEqualTo("rw-------");
        }
    }

    @Test
    void should_pass_the_input_through_when_the_time_budget_is_spent() throws Exception {
        Path input = dir.resolve("orders.json");
        Files.writeString(input, ordersJson(), StandardCharsets.UTF_8);

        Run none = cli(dir.resolve("b.db"), "compress", input.toString(), "--json", "--time-budget", "0");
        Run bad = cli(dir.resolve("b.db"), "compress", input.toString(), "--time-budget", "-5");

        assertThat(none.exit()).isZero();
        assertThat(new ObjectMapper().readTree(none.out()).path("outcome").asText()).isEqualTo("COMPRESSED");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--time-budget");
    }

    /** Runs the CLI with no {@code HEADROOM_STORE} and the given extra environment. */
    private Run cliWithEnv(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(HeadroomCli.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("HEADROOM_STORE");
        pb.environment().putAll(env);
        File out = dir.resolve("out-" + System.nanoTime()).toFile();
        File err = dir.resolve("err-" + System.nanoTime()).toFile();
        pb.redirectOutput(out).redirectError(err);
        int exit = pb.start().waitFor();
        return new Run(exit, Files.readAllBytes(out.toPath()), Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    @Test
    void should_refuse_input_that_is_not_valid_utf8_from_a_file_and_from_stdin() throws Exception {
        byte[] bytes = {'h', 'e', 'l', 'l', 'o', ' ', (byte) 0xFF, (byte) 0xFE, ' ', 'w', 'o', 'r', 'l', 'd', '\n'};
        Path input = dir.resolve("binary.bin");
        Files.write(input, bytes);

        Run fromFile = cli(dir.resolve("d.db"), "compress", input.toString());
        Run fromStdin = cliAt(dir.resolve("d.db").toString(), bytes, "compress", "-");
        Run fromStdinByDefault = cliAt(dir.resolve("d.db").toString(), bytes, "compress", "--json");

        assertThat(fromFile.exit()).isEqualTo(1);
        assertThat(fromFile.outBytes()).isEmpty();
        assertThat(fromFile.err().lines()).singleElement().asString()
                .isEqualTo("headroom: " + input + " is not valid UTF-8 (byte 0xFF at offset 6); compress reads UTF-8 text only");
        for (Run r : List.of(fromStdin, fromStdinByDefault)) {
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.outBytes()).isEmpty();
            assertThat(r.err().lines()).singleElement().asString()
                    .isEqualTo("headroom: standard input is not valid UTF-8 (byte 0xFF at offset 6); compress reads UTF-8 text only");
        }
    }

    @Test
    void should_print_a_pass_through_byte_identical_to_its_input() throws Exception {
        for (String text : List.of("no trailing newline: \u00e9t\u00e9, \uD83D\uDE00\r\nend", "one trailing newline\n", "")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Path input = dir.resolve("small-" + System.nanoTime() + ".txt");
            Files.write(input, bytes);

            Run fromFile = cli(dir.resolve("e.db"), "compress", input.toString(), "-q");
            Run fromStdin = cliAt(dir.resolve("e.db").toString(), bytes, "compress", "-q");

            assertThat(fromFile.exit()).isZero();
            assertThat(fromFile.outBytes()).as("from a file: %s", text).isEqualTo(bytes);
            assertThat(fromStdin.exit()).isZero();
            assertThat(fromStdin.outBytes()).as("from stdin: %s", text).isEqualTo(bytes);
        }
    }

    @Test
    void should_print_exactly_the_compressed_text_with_no_newline_added() throws Exception {
        Path input = dir.resolve("orders.json");
        Files.writeString(input, ordersJson().stripTrailing(), StandardCharsets.UTF_8);

        Run plain = cli(dir.resolve("f.db"), "compress", input.toString(), "-q");
        Run json = cli(dir.resolve("f.db"), "compress", input.toString(), "--json");

        String text = new ObjectMapper().readTree(json.out()).get("text").asText();
        assertThat(text).doesNotEndWith("\n");
        assertThat(plain.out()).isEqualTo(text);
        assertThat(json.out()).endsWith("}\n");
    }

    @Test
    void should_retrieve_from_a_new_process_what_an_earlier_one_stored_in_redis() throws Exception {
        Assumptions.assumeTrue(redisAnswers(), "no Redis answers on 127.0.0.1:6379; start one (.ci/run does) to run the CLI's Redis test");
        String location = "redis://127.0.0.1:6379?prefix=headroom-cli-test:" + UUID.randomUUID() + ":";
        Path input = dir.resolve("orders.json");
        String original = ordersJson();
        Files.writeString(input, original, StandardCharsets.UTF_8);
        try {
            Run compress = cliAt(location, null, "compress", input.toString(), "--json");

            assertThat(compress.exit()).as(compress.err()).isZero();
            JsonNode json = new ObjectMapper().readTree(compress.out());
            assertThat(json.get("outcome").asText()).isEqualTo("COMPRESSED");
            assertThat(json.get("handles")).isNotEmpty();
            for (JsonNode handle : json.get("handles")) {
                Run retrieve = cliAt(location, null, "retrieve", handle.asText());
                assertThat(retrieve.exit()).as(retrieve.err()).isZero();
                assertThat(retrieve.out()).isNotEmpty();
            }
            Run whole = cliAt(location, null, "retrieve", json.get("handles").get(0).asText());
            assertThat(whole.out()).isEqualTo(original);
            Run elsewhere = cli(dir.resolve("other.db"), "retrieve", json.get("handles").get(0).asText());
            assertThat(elsewhere.exit()).isEqualTo(1);
        } finally {
            try (RedisStore store = RedisStore.builder(location).build()) {
                store.clear();
            }
        }
    }

    /** Whether a Redis server answers PING on 127.0.0.1:6379 within half a second. */
    private static boolean redisAnswers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
            s.setSoTimeout(500);
            s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[5];
            int n = s.getInputStream().readNBytes(reply, 0, 5);
            return n == 5 && new String(reply, StandardCharsets.US_ASCII).equals("+PONG");
        } catch (IOException e) {
            return false;
        }
    }
}

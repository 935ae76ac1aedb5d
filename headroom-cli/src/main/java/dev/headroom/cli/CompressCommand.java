package dev.headroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.OriginalStore;
import dev.headroom.tokens.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code headroom compress [FILE|-]}: prints the compressed text, or one JSON object with {@code --json}. */
@Command(name = "compress", mixinStandardHelpOptions = true,
        description = "Compress a tool output read from FILE or standard input; originals go to the store (HEADROOM_STORE).")
final class CompressCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input file, or - for standard input (the default).")
    String file = "-";

    @Option(names = "--query", paramLabel = "Q", description = "The user's question: matching items are kept.")
    String query;

    @Option(names = "--kind", paramLabel = "K", description = "Override detection: json, json-array, json-object, log, test-output, search, diff, code, html, text.")
    String kind;

    @Option(names = "--tokenizer", paramLabel = "T", description = "o200k_base (default) or cl100k_base.")
    String tokenizer = "o200k_base";

    @Option(names = "--min-tokens", paramLabel = "N", description = "Pass through inputs below N tokens (default ${DEFAULT-VALUE}).")
    int minTokens = HeadroomConfig.DEFAULT_MIN_TOKENS;

    @Option(names = "--json", description = "Print one JSON object: text, kind, tokensBefore, tokensAfter, handles, strategy, outcome, tokenizer.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Tokenizer t;
        ContentKind k;
        try {
            t = Tokenizer.fromId(tokenizer);
            k = kind == null ? null : parseKind(kind);
        } catch (IllegalArgumentException e) {
            err.println("headroom: " + e.getMessage());
            return 2;
        }
        String input;
        try {
            input = read(file);
        } catch (IOException e) {
            err.println("headroom: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        long start = System.nanoTime();
        CompressionResult r;
        try (OriginalStore store = StoreOption.open()) {
            Headroom headroom = Headroom.builder().tokenizer(t).minTokens(minTokens).store(store).build();
            r = headroom.compress(input, new CompressionHints(null, query, k, null));
        }
        double ms = (System.nanoTime() - start) / 1e6;
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (json) {
            out.println(toJson(r));
        } else {
            out.print(r.text());
            if (!r.text().endsWith("\n")) {
                out.println();
            }
        }
        out.flush();
        if (!quiet) {
            err.println(String.format(Locale.ROOT, "headroom: %s %s, %d -> %d tokens (%s), %.1f%% saved, %d handle(s), %.1f ms",
                    r.kind().id(), r.outcome(), r.tokensBefore(), r.tokensAfter(), r.tokenizer(), 100 * r.savings(),
                    r.handles().size(), ms));
        }
        return 0;
    }

    private static ContentKind parseKind(String id) {
        return id.trim().equalsIgnoreCase("json") ? ContentKind.JSON_ARRAY : ContentKind.fromId(id);
    }

    static String toJson(CompressionResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", r.text());
        o.put("kind", r.kind().id());
        o.put("tokensBefore", r.tokensBefore());
        o.put("tokensAfter", r.tokensAfter());
        o.putPOJO("handles", r.handles());
        o.put("strategy", r.strategy());
        o.put("outcome", r.outcome().name());
        o.put("tokenizer", r.tokenizer());
        return o.toString();
    }

    private static String read(String file) throws IOException {
        if (file == null || file.equals("-")) {
            InputStream in = System.in;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }
}

package dev.headroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.detect.ContentKind;
import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.relevance.RelevanceScorers;
import dev.headroom.store.OriginalStore;
import dev.headroom.tokens.Tokenizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code headroom compress [FILE|-]}: prints the compressed text exactly (no newline added, so a
 * pass-through is byte-identical to the input), or one JSON object and a newline with {@code --json}.
 * The input must be valid UTF-8; it is never altered to make it so.
 */
@Command(name = "compress", mixinStandardHelpOptions = true,
        description = "Compress a tool output read from FILE or standard input; originals go to the store (HEADROOM_STORE).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:printed (compressed or passed through)", "1:input unreadable or not valid UTF-8",
                "2:invalid option or HEADROOM_STORE location"})
final class CompressCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input file, or - for standard input (the default).")
    String file = "-";

    @Option(names = "--query", paramLabel = "Q", description = "The user's question: matching items are kept.")
    String query;

    @Option(names = "--kind", paramLabel = "K", description = "Override detection: json, json-array, json-object, log, lines, test-output, search, diff, code, html, text.")
    String kind;

    @Option(names = "--tokenizer", paramLabel = "T", description = "o200k_base (default) or cl100k_base.")
    String tokenizer = "o200k_base";

    @Option(names = "--min-tokens", paramLabel = "N", description = "Pass through inputs below N tokens (default ${DEFAULT-VALUE}).")
    int minTokens = HeadroomConfig.DEFAULT_MIN_TOKENS;

    /** A fresh JVM compiles and loads as it goes, so one CLI run needs more than the library's 100 ms. */
    static final long DEFAULT_TIME_BUDGET_MILLIS = 2_000;

    /** With a model to load in a fresh JVM, the default budget grows by this much. */
    static final long RELEVANCE_EXTRA_BUDGET_MILLIS = 8_000;

    /** The onnx scorer's per-call scoring budget (headroom-onnx reads it; the CLI only sets a default). */
    static final String ONNX_BUDGET_PROPERTY = "headroom.onnx.budget-ms";
    static final String ONNX_BUDGET_ENV = "HEADROOM_ONNX_BUDGET_MS";

    @Option(names = "--time-budget", paramLabel = "MS",
            description = "Pass the input through if compressing takes longer than MS milliseconds; 0 for no limit (default "
                    + DEFAULT_TIME_BUDGET_MILLIS + ", plus " + RELEVANCE_EXTRA_BUDGET_MILLIS + " with --relevance onnx).")
    Long timeBudgetMillis;

    @Option(names = "--relevance", paramLabel = "R",
            description = "lexical (default): keep what shares words with --query; onnx: also keep what is about it by meaning "
                    + "(a sentence-embedding model on onnxruntime, headroom-onnx).")
    String relevance = RelevanceScorers.LEXICAL;

    @Option(names = "--json", description = "Print one JSON object: text, kind, tokensBefore, tokensAfter, handles, strategy, outcome, tokenizer.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Tokenizer t;
        ContentKind k;
        Optional<RelevanceScorer> scorer;
        long budgetMillis;
        try {
            t = Tokenizer.fromId(tokenizer);
            k = kind == null ? null : parseKind(kind);
            if (timeBudgetMillis != null && timeBudgetMillis < 0) {
                throw new IllegalArgumentException("--time-budget must be 0 (no limit) or a positive number of milliseconds, was "
                        + timeBudgetMillis);
            }
            if (!RelevanceScorers.LEXICAL.equalsIgnoreCase(relevance.strip()) && System.getProperty(ONNX_BUDGET_PROPERTY) == null
                    && System.getenv(ONNX_BUDGET_ENV) == null) {
                // one cold call scores every unit it is given, rather than the library's interactive 400 ms worth
                System.setProperty(ONNX_BUDGET_PROPERTY, Long.toString(RELEVANCE_EXTRA_BUDGET_MILLIS - 1_000));
            }
            scorer = RelevanceScorers.forId(relevance);
            budgetMillis = timeBudgetMillis != null
                    ? timeBudgetMillis
                    : DEFAULT_TIME_BUDGET_MILLIS + (scorer.isPresent() ? RELEVANCE_EXTRA_BUDGET_MILLIS : 0);
        } catch (IllegalArgumentException e) {
            err.println("headroom: " + e.getMessage());
            return HeadroomCli.EXIT_USAGE;
        }
        long start;
        CompressionResult r;
        // opened before the input is read, so a malformed HEADROOM_STORE fails before stdin is consumed
        try (OriginalStore store = StoreOption.open()) {
            String input;
            try {
                input = read(file);
            } catch (NotUtf8Exception e) {
                err.println("headroom: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                        : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
                err.println("headroom: cannot read " + file + ": " + why);
                return 1;
            }
            start = System.nanoTime();
            Headroom.Builder builder = Headroom.builder().tokenizer(t).minTokens(minTokens).store(store)
                    .timeBudget(Duration.ofMillis(budgetMillis));
            scorer.ifPresent(builder::relevance);
            Headroom headroom = builder.build();
            r = headroom.compress(input, new CompressionHints(null, query, k, null));
        }
        double ms = (System.nanoTime() - start) / 1e6;
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (json) {
            out.println(toJson(r));
        } else {
            out.print(r.text());
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
            return decodeUtf8(System.in.readAllBytes(), "standard input");
        }
        return decodeUtf8(Files.readAllBytes(Path.of(file)), file);
    }

    /** Decodes strict UTF-8: a malformed or truncated sequence is reported, never replaced. */
    static String decodeUtf8(byte[] bytes, String source) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length); // UTF-8 never needs more chars than bytes
        CoderResult result = decoder.decode(in, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new NotUtf8Exception(String.format(Locale.ROOT, "%s is not valid UTF-8 (byte 0x%02X at offset %d); "
                    + "compress reads UTF-8 text only", source, bytes[offset] & 0xFF, offset));
        }
        return chars.flip().toString();
    }

    /** The input is not valid UTF-8; the message names the source and the first bad byte. */
    static final class NotUtf8Exception extends IOException {
        NotUtf8Exception(String message) {
            super(message);
        }
    }
}

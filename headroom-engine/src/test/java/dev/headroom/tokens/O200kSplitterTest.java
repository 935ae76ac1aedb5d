package dev.headroom.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class O200kSplitterTest {

    /** The o200k_base pattern exactly as jtokkit 1.1.0 builds it in {@code EncodingFactory.o200kBase()}. */
    static final Pattern O200K = Pattern.compile(String.join("|",
            "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
            "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
            "\\p{N}{1,3}",
            " ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*",
            "\\s*[\\r\\n]+",
            "\\s+(?!\\S)",
            "\\s+"), Pattern.UNICODE_CHARACTER_CLASS);

    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
    private static final Encoding O200K_ENCODING = REGISTRY.getEncoding(EncodingType.O200K_BASE);
    private static final Encoding CL100K_ENCODING = REGISTRY.getEncoding(EncodingType.CL100K_BASE);

    /** Fragments mixing every character category the pattern distinguishes, including its edge cases. */
    private static final String[] FRAGMENTS = {
        "a", "z", "A", "Z", "hello", "World", "JSON", "camelCase", "XMLHttp", "0", "7", "42", "12345", " ", "  ", "   ",
        "\t", "\r", "\n", "\r\n", "\n\n", " \n", "\t\r\n ", "/", "//", "'", "'s", "'S", "'t", "'T", "'re", "'RE", "'Re",
        "'ve", "'VE", "'m", "'M", "'ll", "'Ll", "'LL", "'d", "'D", "'x", "'ſ", "'ſt", "ſ", "\"", "{", "}", "[", "]", ":",
        ",", ".", "-", "_", "=", "<", ">", "!", "?", "#", "@", "\\", "é", "É", "ß", "ǅ", "ʰ", "ˆ", "中文", "日本", "ا", "ب",
        "\u0301", "\u0308", "\u0903", "\u20DD", "e\u0301", "٣", "Ⅻ", "½", "²", "😀", "👍🏽", "𝐀", "𝐚", "𝟙", "\u00A0",
        "\u2028", "\u2029", "\u3000", "\u0085", "\u000B", "\u000C", "\u001C", "\u001F", "\u200B", "\uFEFF", "\uD800",
        "\uDC00", "\u212A", "\u0130", "\u0131", "ΣΑΣ", "σας", "Привет", "мир", "𐐀𐐨", "\u1E9E",
    };

    @Test
    void should_split_exactly_like_the_o200k_pattern_when_given_generated_mixes() {
        SplittableRandom random = new SplittableRandom(20261124L);
        for (int i = 0; i < 30_000; i++) {
            String text = generate(random);
            assertThat(pieces(text)).as("pieces of %s", escape(text)).isEqualTo(regexPieces(text));
        }
    }

    @Test
    void should_count_exactly_like_jtokkit_when_given_generated_mixes() {
        SplittableRandom random = new SplittableRandom(7L);
        TokenCounter o200k = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);
        TokenCounter cl100k = JtokkitTokenCounter.of(Tokenizer.CL100K_BASE);
        for (int i = 0; i < 20_000; i++) {
            String text = generate(random);
            assertThat(o200k.count(text)).as("o200k count of %s", escape(text)).isEqualTo(O200K_ENCODING.countTokensOrdinary(text));
            if (wellFormed(text)) { // jtokkit's cl100k parser asserts well-formed UTF-16
                assertThat(cl100k.count(text)).as("cl100k count of %s", escape(text)).isEqualTo(CL100K_ENCODING.countTokensOrdinary(text));
            }
        }
    }

    private static boolean wellFormed(String text) {
        return text.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }

    @Test
    void should_count_exactly_when_many_threads_share_the_piece_memo() throws Exception {
        List<String> texts = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3L);
        for (int i = 0; i < 2_000; i++) {
            texts.add(generate(random));
        }
        List<Integer> expected = texts.stream().map(O200K_ENCODING::countTokensOrdinary).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Integer>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    TokenCounter counter = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);
                    return texts.stream().map(counter::count).toList();
                }));
            }
            for (java.util.concurrent.Future<List<Integer>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_classify_every_code_point_like_the_regex_classes() {
        Matcher upper = Pattern.compile("[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]", Pattern.UNICODE_CHARACTER_CLASS).matcher("");
        Matcher lower = Pattern.compile("[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]", Pattern.UNICODE_CHARACTER_CLASS).matcher("");
        Matcher number = Pattern.compile("\\p{N}", Pattern.UNICODE_CHARACTER_CLASS).matcher("");
        Matcher space = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS).matcher("");
        Matcher prefix = Pattern.compile("[^\\r\\n\\p{L}\\p{N}]", Pattern.UNICODE_CHARACTER_CLASS).matcher("");
        Matcher symbol = Pattern.compile("[^\\s\\p{L}\\p{N}]", Pattern.UNICODE_CHARACTER_CLASS).matcher("");
        int mismatches = 0;
        StringBuilder firstMismatches = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            int flags = O200kSplitter.computeFlags(cp);
            int expected = (upper.reset(s).matches() ? 1 : 0) | (lower.reset(s).matches() ? 2 : 0) | (number.reset(s).matches() ? 8 : 0)
                    | (space.reset(s).matches() ? 16 : 0) | (prefix.reset(s).matches() ? 32 : 0) | (symbol.reset(s).matches() ? 64 : 0);
            if ((flags & ~4) != expected) {
                if (mismatches++ < 10) {
                    firstMismatches.append(String.format("U+%04X flags=%d expected=%d%n", cp, flags & ~4, expected));
                }
            }
        }
        assertThat(mismatches).as(firstMismatches.toString()).isZero();
    }

    @Test
    void should_match_contraction_letters_like_the_regex_for_every_bmp_char() {
        for (String suffix : new String[] {"s", "t", "m", "d", "re", "ve", "ll"}) {
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                String text = "a'" + c + suffix.substring(1);
                String expectedFirst = regexPieces(text).get(0);
                assertThat(pieces(text).get(0)).as("first piece of %s", escape(text)).isEqualTo(expectedFirst);
            }
        }
    }

    @Test
    void should_count_each_piece_alone_as_it_counts_in_context() {
        SplittableRandom random = new SplittableRandom(99L);
        for (int i = 0; i < 5_000; i++) {
            String text = generate(random);
            for (String piece : regexPieces(text)) {
                assertThat(regexPieces(piece)).as("re-split of %s", escape(piece)).containsExactly(piece);
            }
        }
    }

    @Test
    void should_count_exactly_like_jtokkit_when_given_the_engine_test_resources() throws IOException {
        Path root = Paths.get("src/test/resources");
        Assumptions.assumeTrue(Files.isDirectory(root), "engine test resources not found from " + Paths.get("").toAbsolutePath());
        assertThat(assertExactOnFiles(root)).isPositive();
    }

    @Test
    void should_count_exactly_like_jtokkit_when_given_the_corpus() throws IOException {
        String corpus = System.getenv("HEADROOM_CORPUS");
        Assumptions.assumeTrue(corpus != null && !corpus.isBlank(), "HEADROOM_CORPUS not set; skipping the corpus exactness check");
        assertThat(assertExactOnFiles(Paths.get(corpus))).isPositive();
    }

    private static int assertExactOnFiles(Path root) throws IOException {
        TokenCounter o200k = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);
        TokenCounter cl100k = JtokkitTokenCounter.of(Tokenizer.CL100K_BASE);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String text = read(file);
            assertThat(o200k.count(text)).as("o200k count of %s", file).isEqualTo(O200K_ENCODING.countTokensOrdinary(text));
            if (wellFormed(text)) {
                assertThat(cl100k.count(text)).as("cl100k count of %s", file).isEqualTo(CL100K_ENCODING.countTokensOrdinary(text));
            }
            assertThat(pieces(text)).as("pieces of %s", file).isEqualTo(regexPieces(text));
        }
        return files.size();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String generate(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(40);
        for (int p = 0; p < parts; p++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return text.toString();
    }

    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = O200kSplitter.pieceEnd(text, start);
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    static List<String> regexPieces(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = O200K.matcher(text);
        int expectedStart = 0;
        while (m.find()) {
            if (m.start() != expectedStart) {
                throw new AssertionError("regex pieces do not tile " + escape(text));
            }
            out.add(m.group());
            expectedStart = m.end();
        }
        assertThat(expectedStart).isEqualTo(text.length());
        return out;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format("\\u{%X}", cp));
            }
        });
        return out.append('"').toString();
    }
}

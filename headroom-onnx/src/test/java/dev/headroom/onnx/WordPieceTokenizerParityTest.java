package dev.headroom.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pure-Java tokenizer gives the same ids as the Rust HuggingFace tokenizer (through DJL, offline)
 * on the bundled model's tokenizer.json. Uses the shared corpus when present, built-in texts always.
 */
class WordPieceTokenizerParityTest {

    private static HuggingFaceTokenizer reference;
    private static WordPieceTokenizer ours;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = BundledModel.openTokenizer()) {
            reference = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "true", "maxLength", "128"));
        }
        try (InputStream in = BundledModel.openTokenizer()) {
            ours = WordPieceTokenizer.fromJson(in);
        }
    }

    @AfterAll
    static void close() {
        reference.close();
    }

    @Test
    void should_match_the_reference_on_built_in_texts() {
        List<String> texts = builtInTexts();
        assertThat(texts.size()).isGreaterThan(150);
        assertSameIds(texts);
    }

    @Test
    void should_match_the_reference_on_corpus_lines() throws IOException {
        Path corpus = Path.of("../../shared/corpus");
        if (!Files.isDirectory(corpus)) {
            return; // the project's tests pass without the shared corpus; the built-in texts still run
        }
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("logs", "github", "diffs", "agent-traces")) {
            try (Stream<Path> files = Files.list(corpus.resolve(dir)).sorted()) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    // a spread of lines per file, long ones included (truncation at 128 is exercised)
                    for (int i = 0; i < lines.size(); i += Math.max(1, lines.size() / 12)) {
                        texts.add(lines.get(i));
                    }
                }
            }
        }
        assertThat(texts.size()).isGreaterThan(300);
        assertSameIds(texts);
    }

    private static void assertSameIds(List<String> texts) {
        List<String> mismatches = new ArrayList<>();
        for (String t : texts) {
            long[] expected = reference.encode(t).getIds();
            int[] actual = ours.encode(t, 128);
            if (!Arrays.equals(Arrays.stream(actual).asLongStream().toArray(), expected)) {
                mismatches.add(t + "\n  reference " + Arrays.toString(expected) + "\n  ours      " + Arrays.toString(actual));
            }
        }
        assertThat(mismatches).as("texts tokenized differently").isEmpty();
    }

    static List<String> builtInTexts() {
        List<String> texts = new ArrayList<>(List.of(
                "", " ", "   \t\n  ", "The cat sits on the mat.", "café naïve Zürich résumé coöperate façade",
                "CAFÉ NAÏVE ZÜRICH", "İstanbul ΟΔΟΣ Straße ǅemal", "Ångström ÅNGSTRÖM øre Œuvre",
                "東京都は日本の首都です。", "中文分词测试，标点符号！", "한국어 텍스트도 있습니다", "日本語とカタカナ、ひらがな",
                "emoji 😀 🎉 👍🏽 👨‍👩‍👧 ❤️ 🇫🇷", "newer emoji 🥲 🫠 🪿 end", "unassigned \u0378 and \uFFFF and \uD83E\uDEFF here", "!!!???...,,,;;;:::", "----====++++____", "a--b==c..d",
                "((([[[{{{}}}]]])))", "$100 + 5% = <tag> ^caret^ `code` |pipe| ~tilde~", "«quotes» „low“ ‘single’ — dash – en",
                "x".repeat(101), "y".repeat(100), "supercalifragilisticexpialidocious".repeat(4),
                "tab\there\u000Bvertical\u000Cform\rreturn\nnewline", "nul\u0000char and \uFFFD replacement",
                "zero\u200Bwidth\u200Djoiner soft\u00ADhyphen bom\uFEFFmark", "no\u00A0break\u2009thin\u3000ideographic",
                "control\u0001\u0002\u0007\u001Bchars\u007F\u0085", "private\uE000use", "mixed CASE Words With Capitals",
                "[CLS] literal special [SEP] tokens [MASK] and [UNK] [PAD]", "lower [cls] and [sep]", "[SEP][SEP]x[CLS]",
                "https://example.com/path?query=1&b=2#frag", "user@example.org", "C:\\Program Files\\App\\bin",
                "2026-12-03T01:48:26.123Z INFO [main] o.a.h.Server - started in 12ms",
                "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null",
                "\tat com.example.Foo.bar(Foo.java:42)", "{\"name\": \"fastapi\", \"stargazers_count\": 71234}",
                "@@ -1,7 +1,8 @@ public class Foo {", "+    return x != null ? x : DEFAULT;", "-import java.util.*;",
                "3.14159 1,000,000 0xDEADBEEF 1e-9 -42", "snake_case_identifier camelCaseIdentifier kebab-case-id",
                "ﬁ ﬂ ligatures and ½ fractions ² superscripts", "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ", "Ελληνικά κείμενα και Кириллица текст",
                "עברית וערבית العربية", "हिन्दी पाठ", "ไทย ภาษา", "Tiếng Việt có dấu", "a\u0301 combining e\u0300 accents",
                "word " .repeat(200), "antidisestablishmentarianism", "unbelievably unaffordable misunderstood"));
        String[] words = {"error", "failed", "connection", "timeout", "user", "request", "GET", "/api/v1/users", "200",
                "500", "ms", "café", "東京", "😀", "x=1", "--flag", "naïve", "repository", "framework", "Python",
                "HTTP/1.1", "[INFO]", "WARN:", "null", "{}", "\"key\":", "ÄÖÜ", "İ", "ß", "—", "…", "€", "¿qué?"};
        // deterministic pseudo-random mixtures of the words above
        long seed = 42;
        for (int i = 0; i < 150; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + (int) (Math.floorMod(seed, 40));
            for (int k = 0; k < n; k++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                sb.append(words[(int) Math.floorMod(seed >>> 33, words.length)]);
                sb.append(Math.floorMod(seed, 5) == 0 ? "" : " ");
            }
            texts.add(sb.toString());
        }
        return texts;
    }
}

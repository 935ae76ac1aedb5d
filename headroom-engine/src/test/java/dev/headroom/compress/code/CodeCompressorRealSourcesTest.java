package dev.headroom.compress.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Elision;
import dev.headroom.store.InMemoryStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Runs the code compressor over real sources nobody on this project wrote and checks every result
 * parses and every handle gives back an exact part of the input; prints token savings per language.
 * Java sources come from {@code -sources.jar} files in the local Maven repository (skipped when there
 * are none); other languages from the directory in {@code HEADROOM_CODE_SOURCES} (skipped when unset).
 */
class CodeCompressorRealSourcesTest {

    private static final int MAX_FILES_PER_LANGUAGE = 300;
    private static final int MAX_FILES_PER_JAR = 40;
    private static final Map<String, String> EXTENSIONS = Map.of(
            ".java", "java", ".py", "python", ".js", "javascript", ".ts", "typescript", ".go", "go",
            ".rs", "rust", ".c", "c", ".cpp", "cpp", ".cc", "cpp");

    /** Tokens before and after, and how many files compressed, for one language. */
    private static final class Tally {
        long before;
        long after;
        int files;
        int compressed;
        int elisions;
    }

    @Test
    void should_compress_java_from_local_sources_jars_and_keep_them_parseable() throws IOException {
        Path repo = Path.of(System.getProperty("user.home"), ".m2", "repository");
        assumeTrue(Files.isDirectory(repo), "no local Maven repository at " + repo);
        List<Path> jars;
        try (Stream<Path> s = Files.walk(repo)) {
            jars = s.filter(p -> p.getFileName().toString().endsWith("-sources.jar")).sorted().toList();
        }
        assumeTrue(!jars.isEmpty(), "no -sources.jar in " + repo + "; nothing real to measure");
        Map<String, Tally> tallies = new TreeMap<>();
        int seen = 0;
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                List<ZipEntry> entries = new ArrayList<>();
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (entry.getName().endsWith(".java") && !entry.getName().endsWith("package-info.java")) {
                        entries.add(entry);
                    }
                }
                entries.sort((a, b) -> a.getName().compareTo(b.getName()));
                for (ZipEntry entry : entries.subList(0, Math.min(entries.size(), MAX_FILES_PER_JAR))) {
                    if (seen++ >= MAX_FILES_PER_LANGUAGE) {
                        break;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        check("java", new String(in.readAllBytes(), StandardCharsets.UTF_8), tallies);
                    }
                }
            }
        }
        report(jars.size() + " -sources.jar files in " + repo + " (first " + MAX_FILES_PER_JAR + " .java files of each)", tallies);
        assertThat(tallies.get("java").compressed).isPositive();
    }

    @Test
    void should_compress_sources_from_a_directory_and_keep_them_parseable() throws IOException {
        String dir = System.getenv("HEADROOM_CODE_SOURCES");
        assumeTrue(dir != null && !dir.isBlank(), "HEADROOM_CODE_SOURCES is not set; skipping the multi-language measurement");
        Map<String, Tally> tallies = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(dir))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String language = dot < 0 ? null : EXTENSIONS.get(name.substring(dot));
            if (language == null || tallies.containsKey(language) && tallies.get(language).files >= MAX_FILES_PER_LANGUAGE) {
                continue;
            }
            check(language, Files.readString(file, StandardCharsets.UTF_8), tallies);
        }
        report(dir, tallies);
        assertThat(tallies).isNotEmpty();
    }

    private static void check(String language, String source, Map<String, Tally> tallies) {
        InMemoryStore store = InMemoryStore.create();
        CompressionContext ctx = CompressionContext.builder(source).language(language).store(store).build();
        Compressed out = new CodeCompressor().compress(source, ctx);
        Tally t = tallies.computeIfAbsent(language, k -> new Tally());
        t.files++;
        int before = ctx.tokens().count(source);
        t.before += before;
        if (out.elisions().isEmpty()) {
            t.after += before;
            return;
        }
        int after = ctx.tokens().count(out.text());
        // the engine would pass a result that is not smaller through unchanged
        t.after += Math.min(before, after);
        t.compressed++;
        t.elisions += out.elisions().size();
        LanguageSpec spec = LanguageSpec.forName(language).orElseThrow();
        assertThat(TreeSitterBridge.errors(spec, out.text())).isLessThanOrEqualTo(TreeSitterBridge.errors(spec, source));
        for (Elision e : out.elisions()) {
            assertThat(out.text()).contains(e.render());
            String original = store.get(e.handle()).content();
            assertThat(source).contains(original);
            assertThat(CodeCompressor.countLines(original)).isEqualTo(e.count());
        }
    }

    private static void report(String what, Map<String, Tally> tallies) {
        System.out.println("code compressor over " + what + " (o200k_base tokens, no question):");
        tallies.forEach((language, t) -> System.out.printf(Locale.ROOT,
                "  %-10s files=%4d compressed=%4d elisions=%5d tokens %,9d -> %,9d  saved %5.1f%%%n",
                language, t.files, t.compressed, t.elisions, t.before, t.after,
                t.before == 0 ? 0.0 : 100.0 * (t.before - t.after) / t.before));
    }
}

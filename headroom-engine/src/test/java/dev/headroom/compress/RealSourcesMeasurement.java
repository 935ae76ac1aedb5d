package dev.headroom.compress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.RetrievalResult;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.InMemoryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs every file under a directory named by an environment variable through the engine as one
 * content kind, checks that each handle retrieves a part of the input, and prints token savings.
 * Skips (with the reason) when the variable is unset, so unit test runs never depend on it.
 */
public final class RealSourcesMeasurement {

    private RealSourcesMeasurement() {}

    /** Measures {@code kind} over the files in {@code $envVar} whose names end with {@code suffix}. */
    public static void run(String envVar, String suffix, ContentKind kind) throws IOException {
        String dir = System.getenv(envVar);
        assumeTrue(dir != null && !dir.isBlank(), envVar + " is not set; skipping the " + kind.id() + " measurement");
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(dir))) {
            files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
        InMemoryStore store = InMemoryStore.create();
        Headroom headroom = Headroom.builder().store(store).build();
        long before = 0;
        long after = 0;
        int compressed = 0;
        for (Path file : files) {
            String input = Files.readString(file, StandardCharsets.UTF_8);
            CompressionResult r = headroom.compress(input, CompressionHints.query("").withKind(kind));
            before += r.tokensBefore();
            after += r.tokensAfter();
            if (r.compressed()) {
                compressed++;
            }
            for (String handle : r.handles()) {
                RetrievalResult got = headroom.retrieve(handle);
                assertThat(got.found()).isTrue();
                assertThat(input).contains(got.content());
            }
        }
        System.out.printf(Locale.ROOT, "%s over %s (*%s): files=%d compressed=%d tokens %,d -> %,d saved %.1f%% (%s)%n",
                kind.id(), dir, suffix, files.size(), compressed, before, after,
                before == 0 ? 0.0 : 100.0 * (before - after) / before, headroom.tokenCounter().tokenizer().id());
        assertThat(files).isNotEmpty();
    }
}

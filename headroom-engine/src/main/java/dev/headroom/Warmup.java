package dev.headroom;

import dev.headroom.store.InMemoryStore;
import dev.headroom.tokens.Tokenizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the detector and the common compressors once per JVM on small built-in samples, when the
 * first engine is built, so that class loading and the first interpreted passes do not fall inside
 * a real call's time budget: measured on this project's box, the first compression of a 57 KB JSON
 * array in a fresh JVM took 183 ms (the default budget is 100 ms, so it passed through), and 39 ms
 * after this warm-up, which costs about 200 ms once.
 *
 * <p>It uses an engine of its own (in-memory store, no listeners), so nothing reaches the
 * application's store, statistics or listeners. Code is left out: tree-sitter loads its native
 * library only when an application first sees code. {@code -Dheadroom.warmup=false} switches it off.
 */
final class Warmup {

    static final String PROPERTY = "headroom.warmup";

    private static final AtomicBoolean DONE = new AtomicBoolean();

    private Warmup() {}

    /** Warms the engine up, the first time any engine is built in this JVM; never throws. */
    static void onceInThisJvm(Tokenizer tokenizer) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY)) || !DONE.compareAndSet(false, true)) {
            return;
        }
        try {
            HeadroomConfig config = new HeadroomConfig(tokenizer, 0, HeadroomConfig.MIN_DEFAULT_MAX_INPUT_CHARS,
                    InMemoryStore.builder().maxChars(1 << 20).build(), List.of(), Map.of(), Duration.ZERO, 0, null);
            Headroom engine = new DefaultHeadroom(config);
            for (int round = 0; round < 3; round++) {
                String variant = " ".repeat(round); // a new input each round, so no memo answers
                for (String sample : samples()) {
                    engine.compress(sample + variant, CompressionHints.query("which request failed?"));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            System.getLogger(Headroom.class.getName()).log(System.Logger.Level.DEBUG, "headroom: warm-up skipped", e);
        }
    }

    /** A JSON array, a log, a grep output and a unified diff: the kinds agents see most. */
    static List<String> samples() {
        StringBuilder json = new StringBuilder("[");
        StringBuilder log = new StringBuilder();
        StringBuilder grep = new StringBuilder();
        StringBuilder diff = new StringBuilder("--- a/src/app/Service.java\n+++ b/src/app/Service.java\n@@ -1,80 +1,80 @@\n");
        for (int i = 0; i < 80; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"id\":%d,\"name\":\"item-%d\",\"state\":\"%s\",\"size\":%d,\"tags\":[\"t%d\"]}",
                    1000 + i, i % 9, i == 41 ? "error" : "ok", i * 37 % 500, i % 4));
            log.append(String.format(Locale.ROOT, "2026-01-01 10:%02d:%02d %s worker-%d handled request %d in %d ms%n",
                    i / 60, i % 60, i == 50 ? "ERROR" : "INFO", i % 3, 5000 + i, i * 13 % 200));
            grep.append(String.format(Locale.ROOT, "src/app/module%d/File%d.java:%d:    request(%d);%n", i % 12, i % 5, 10 + i, i));
            diff.append(i % 10 == 5 ? "-    old(" + i + ");\n+    updated(" + i + ");\n" : "     same(" + i + ");\n");
        }
        return List.of(json.append(']').toString(), log.toString(), grep.toString(), diff.toString());
    }
}

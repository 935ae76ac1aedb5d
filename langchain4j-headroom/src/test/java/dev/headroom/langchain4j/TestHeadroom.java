package dev.headroom.langchain4j;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.HeadroomStats;
import dev.headroom.RetrievalResult;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Elision;
import dev.headroom.detect.ContentKind;
import dev.headroom.tokens.TokenCounter;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Engines for the tests: the built-in compressors are developed elsewhere, so these register one
 * simple line compressor for every kind (keep the first two and the last line, elide the rest).
 */
final class TestHeadroom {

    private TestHeadroom() {}

    static Headroom lines() {
        Headroom.Builder b = Headroom.builder().timeBudget(Duration.ZERO);
        for (ContentKind kind : ContentKind.values()) {
            b.compressor(kind, (input, ctx) -> {
                List<String> lines = input.lines().collect(Collectors.toList());
                if (lines.size() < 5) {
                    return Compressed.unchanged(input, "too-short");
                }
                Elision e = ctx.elide(lines.size() - 3, "lines");
                String text = lines.get(0) + "\n" + lines.get(1) + "\n" + e.render() + "\n" + lines.get(lines.size() - 1);
                return new Compressed(text, "test:head-tail", List.of(e));
            });
        }
        return b.build();
    }

    /** An engine whose compress always throws, to prove the decorator fails open. */
    static Headroom throwing() {
        Headroom real = lines();
        return new Headroom() {
            @Override
            public CompressionResult compress(String content, CompressionHints hints) {
                throw new IllegalStateException("engine down");
            }

            @Override
            public RetrievalResult retrieve(String handle, String query, String scope) {
                return real.retrieve(handle, query, scope);
            }

            @Override
            public HeadroomStats stats() {
                return real.stats();
            }

            @Override
            public HeadroomConfig config() {
                return real.config();
            }

            @Override
            public TokenCounter tokenCounter() {
                return real.tokenCounter();
            }
        };
    }

    /** A log of {@code n} lines with one ERROR line in the middle: well above the 200-token threshold. */
    static String bigLog(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> i == n / 2
                        ? "2026-11-24T04:00:" + String.format(java.util.Locale.ROOT, "%05d", i) + " ERROR payment gateway timeout order=" + i
                        : "2026-11-24T04:00:" + String.format(java.util.Locale.ROOT, "%05d", i) + " INFO request served order=" + i)
                .collect(Collectors.joining("\n"));
    }
}

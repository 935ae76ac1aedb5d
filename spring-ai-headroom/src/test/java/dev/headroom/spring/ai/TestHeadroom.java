package dev.headroom.spring.ai;

import dev.headroom.Headroom;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Elision;
import dev.headroom.detect.ContentKind;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** Engines and tool outputs for tests, independent of which real compressors the engine ships. */
public final class TestHeadroom {

    private TestHeadroom() {}

    /** Keeps the first two lines and the last, declaring the rest elided. */
    public static final Compressor HEAD_TAIL = (input, ctx) -> {
        String[] lines = input.split("\n", -1);
        if (lines.length < 6) {
            return Compressed.unchanged(input, "test:too-short");
        }
        Elision e = ctx.elide(lines.length - 3, "lines");
        String text = lines[0] + "\n" + lines[1] + "\n" + e.render() + "\n" + lines[lines.length - 1];
        return new Compressed(text, "test:head-tail", List.of(e));
    };

    /** An engine that compresses every kind with {@link #HEAD_TAIL}. */
    public static Headroom.Builder builder() {
        Headroom.Builder b = Headroom.builder().timeBudget(Duration.ZERO).minTokens(50);
        for (ContentKind k : ContentKind.values()) {
            b.compressor(k, HEAD_TAIL);
        }
        return b;
    }

    public static Headroom headroom() {
        return builder().build();
    }

    /** A log of {@code n} lines with one error in the middle. */
    public static String log(int n) {
        StringJoiner j = new StringJoiner("\n");
        for (int i = 0; i < n; i++) {
            j.add(String.format(Locale.ROOT, "2026-11-24T10:%02d:%02d INFO checkout-%d request served in %d ms",
                    (i / 60) % 60, i % 60, i, 10 + i % 7));
            if (i == n / 2) {
                j.add("2026-11-24T10:00:00 ERROR checkout payment declined for order 4711");
            }
        }
        return j.toString();
    }
}

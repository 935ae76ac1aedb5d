package dev.headroom.conversation;

import dev.headroom.Headroom;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Elision;
import dev.headroom.detect.ContentKind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Engines and tool outputs for conversation tests, independent of the real compressors (developed
 * elsewhere): one line compressor for every kind that keeps the first two lines and the last and
 * declares the rest elided.
 */
public final class ContractHeadroom {

    private ContractHeadroom() {}

    /** A fresh engine with the line compressor, an in-memory store and the default threshold. */
    public static Headroom lines() {
        Headroom.Builder b = Headroom.builder().timeBudget(java.time.Duration.ZERO);
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

    /** A log of {@code n} lines about {@code service} with one ERROR line in the middle: well above the threshold. */
    public static String log(String service, int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> "2026-11-24T04:00:" + String.format(Locale.ROOT, "%05d", i) + " "
                        + (i == n / 2 ? "ERROR " + service + " gateway timeout order=" + i : "INFO " + service + " request served order=" + i))
                .collect(Collectors.joining("\n"));
    }

    /** The payments log of 300 lines. */
    public static String bigLog() {
        return log("payments", 300);
    }
}

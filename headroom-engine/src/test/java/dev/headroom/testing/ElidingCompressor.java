package dev.headroom.testing;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Elision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A simple line compressor for tests that need handles regardless of which real compressors are
 * registered: keeps the first and last three lines and every line mentioning an error, and elides
 * each other run of lines behind a marker. The first run points at the whole original, later runs
 * at their own stored part, so both kinds of handle are exercised.
 */
public final class ElidingCompressor implements Compressor {

    private static final int EDGE = 3;

    @Override
    public Compressed compress(String input, CompressionContext ctx) {
        String[] lines = input.split("\n", -1);
        if (lines.length < 2 * EDGE + 4) {
            return Compressed.unchanged(input, "short");
        }
        StringBuilder out = new StringBuilder();
        List<Elision> elisions = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            boolean keep = i < EDGE || i >= lines.length - EDGE || isSignal(lines[i]);
            if (!keep) {
                run.add(lines[i]);
                continue;
            }
            flush(run, out, elisions, ctx);
            out.append(lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return new Compressed(out.toString(), "test:eliding", elisions);
    }

    private static void flush(List<String> run, StringBuilder out, List<Elision> elisions, CompressionContext ctx) {
        if (run.isEmpty()) {
            return;
        }
        if (run.size() < 3) {
            for (String l : run) {
                out.append(l).append('\n');
            }
        } else {
            Elision e = elisions.isEmpty()
                    ? ctx.elide(run.size(), "lines")
                    : ctx.elide(run.size(), "lines", ctx.store(String.join("\n", run)));
            elisions.add(e);
            out.append(e.render()).append('\n');
        }
        run.clear();
    }

    private static boolean isSignal(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.contains("error") || l.contains("exception");
    }
}

package dev.headroom.bench;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A test compressor that keeps the first and last lines and every error or warning line, and declares the rest. */
public final class HonestLineCompressor implements Compressor {

    private static final java.util.regex.Pattern SIGNAL = java.util.regex.Pattern.compile("error|warn|exception|fail|fatal");

    @Override
    public Compressed compress(String input, CompressionContext ctx) {
        String[] lines = input.split("\n", -1);
        int n = input.endsWith("\n") ? lines.length - 1 : lines.length;
        List<String> kept = new ArrayList<>();
        int dropped = 0;
        int run = 0;
        for (int i = 0; i < n; i++) {
            String l = lines[i];
            boolean keep = i < 3 || i >= n - 3 || SIGNAL.matcher(l.toLowerCase(Locale.ROOT)).find();
            if (keep) {
                if (run > 0) {
                    kept.add(ctx.elide(run, "lines").render());
                    run = 0;
                }
                kept.add(l);
            } else {
                run++;
                dropped++;
            }
        }
        if (run > 0) {
            kept.add(ctx.elide(run, "lines").render());
        }
        List<dev.headroom.compress.Elision> elisions = new ArrayList<>();
        for (String k : kept) {
            elisions.addAll(dev.headroom.ccr.Marker.findAll(k).stream()
                    .map(m -> new dev.headroom.compress.Elision(m.count(), m.unit(), m.handle())).toList());
        }
        return dropped == 0 ? Compressed.unchanged(input, "nothing") : new Compressed(String.join("\n", kept) + "\n", "test:lines", elisions);
    }
}

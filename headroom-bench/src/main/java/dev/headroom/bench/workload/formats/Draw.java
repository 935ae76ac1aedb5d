package dev.headroom.bench.workload.formats;

import dev.headroom.bench.workload.Rng;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills {@link LinePattern}s for one sample: the seeded random source, the sample's clock (in
 * microseconds), its boot time, the values that stay fixed for the whole sample (process ids) and the
 * values remembered within one record.
 */
final class Draw {

    private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final char[] UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final char[] LOWER = "abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final char[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

    private final Rng rng;
    private final Map<String, List<LinePattern>> vocab;
    private final Map<String, DateTimeFormatter> formatters = new HashMap<>();
    private final Map<String, String> sticky = new HashMap<>();
    private final Map<String, Long> counters = new HashMap<>();
    private final Map<String, String> captured = new HashMap<>();
    private long clockMicros;
    private final long bootMicros;

    Draw(Rng rng, Map<String, List<LinePattern>> vocab, long startMicros, long uptimeMicros) {
        this.rng = rng;
        this.vocab = vocab;
        this.clockMicros = startMicros;
        this.bootMicros = startMicros - uptimeMicros;
    }

    /** Moves the clock forward by {@code micros} (never backwards). */
    void advance(long micros) {
        clockMicros += Math.max(0, micros);
    }

    /** Starts a new record: values remembered with {@code NAME=} are forgotten. */
    void newRecord() {
        captured.clear();
    }

    /** The pattern with every placeholder filled. */
    String fill(LinePattern p) {
        StringBuilder sb = new StringBuilder();
        for (LinePattern.Part part : p.parts()) {
            if (part.isLiteral()) {
                sb.append(part.literal());
                continue;
            }
            String v = value(part, p);
            if (part.capture() != null) {
                captured.put(part.capture(), v);
            }
            sb.append(align(v, part.align()));
        }
        return sb.toString();
    }

    private static String align(String v, int align) {
        int width = Math.abs(align);
        if (align == 0 || v.length() >= width) {
            return v;
        }
        String pad = " ".repeat(width - v.length());
        return align > 0 ? pad + v : v + pad;
    }

    private String value(LinePattern.Part part, LinePattern p) {
        String arg = part.arg();
        switch (part.kind()) {
            case "=": {
                String v = captured.get(arg);
                if (v == null) {
                    throw new IllegalStateException("=" + arg + " used before it was captured in: " + p);
                }
                return v;
            }
            case "ts":
                return time(arg);
            case "int":
                return integer(arg);
            case "dec":
                return decimal(arg);
            case "hex":
                return rng.hex(Integer.parseInt(arg));
            case "HEX":
                return rng.hex(Integer.parseInt(arg)).toUpperCase(Locale.ROOT);
            case "alnum":
                return chars(ALNUM, Integer.parseInt(arg));
            case "ALNUM":
                return chars(UPPER_ALNUM, Integer.parseInt(arg));
            case "lower":
                return chars(LOWER, Integer.parseInt(arg));
            case "digits":
                return chars("0123456789".toCharArray(), Integer.parseInt(arg));
            case "b64":
                return chars(B64, Integer.parseInt(arg));
            case "pick":
                return fill(part.choices().get(rng.below(part.choices().size())));
            case "v": {
                List<LinePattern> entries = vocab.get(arg);
                if (entries == null) {
                    throw new IllegalStateException("no vocabulary '" + arg + "' for: " + p);
                }
                return fill(entries.get(rng.below(entries.size())));
            }
            case "uuid":
                return rng.hex(8) + "-" + rng.hex(4) + "-4" + rng.hex(3) + "-" + "89ab".charAt(rng.below(4)) + rng.hex(3) + "-" + rng.hex(12);
            case "ip":
                return ip(arg);
            case "mac":
                return String.join(":", rng.hex(2), rng.hex(2), rng.hex(2), rng.hex(2), rng.hex(2), rng.hex(2));
            case "sticky": {
                int c = arg.indexOf(':');
                return sticky.computeIfAbsent("i:" + arg.substring(0, c), k -> integer(arg.substring(c + 1)));
            }
            case "stickyhex": {
                int c = arg.indexOf(':');
                return sticky.computeIfAbsent("h:" + arg.substring(0, c), k -> rng.hex(Integer.parseInt(arg.substring(c + 1))));
            }
            case "seq": {
                int c = arg.indexOf(':');
                String key = c < 0 ? arg : arg.substring(0, c);
                long start = c < 0 ? 1 : Long.parseLong(arg.substring(c + 1));
                long v = counters.merge(key, start, (old, s) -> old + 1);
                return Long.toString(v);
            }
            default:
                throw new IllegalArgumentException("unknown placeholder kind '" + part.kind() + "' in: " + p);
        }
    }

    private String chars(char[] alphabet, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = alphabet[rng.below(alphabet.length)];
        }
        return new String(c);
    }

    private String integer(String range) {
        int dash = range.indexOf('-', 1);
        String lo = range.substring(0, dash);
        long a = Long.parseLong(lo);
        long b = Long.parseLong(range.substring(dash + 1));
        long v = a + (long) Math.floor(rng.unit() * (b - a + 1));
        String s = Long.toString(v);
        if (lo.length() > 1 && lo.charAt(0) == '0' && s.length() < lo.length()) {
            s = "0".repeat(lo.length() - s.length()) + s;
        }
        return s;
    }

    private String decimal(String arg) {
        int c = arg.lastIndexOf(':');
        int places = Integer.parseInt(arg.substring(c + 1));
        String range = arg.substring(0, c);
        int dash = range.indexOf('-', 1);
        double a = Double.parseDouble(range.substring(0, dash));
        double b = Double.parseDouble(range.substring(dash + 1));
        return String.format(Locale.ROOT, "%." + places + "f", a + rng.unit() * (b - a));
    }

    private String ip(String prefix) {
        String[] given = prefix.isEmpty() ? new String[0] : prefix.split("\\.");
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = given.length; i < 4; i++) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(i == 0 ? 1 + rng.below(223) : i == 3 ? 1 + rng.below(254) : rng.below(256));
        }
        return sb.toString();
    }

    private String time(String pattern) {
        long secs = Math.floorDiv(clockMicros, 1_000_000L);
        long micros = Math.floorMod(clockMicros, 1_000_000L);
        long upMicros = clockMicros - bootMicros;
        switch (pattern) {
            case "epoch":
                return Long.toString(secs);
            case "epochms":
                return Long.toString(clockMicros / 1000);
            case "epochus":
                return Long.toString(clockMicros);
            case "epoch.ms":
                return secs + "." + String.format(Locale.ROOT, "%03d", micros / 1000);
            case "epoch.us":
                return secs + "." + String.format(Locale.ROOT, "%06d", micros);
            case "uptime":
                return String.format(Locale.ROOT, "%d.%06d", upMicros / 1_000_000L, upMicros % 1_000_000L);
            case "monous":
                return Long.toString(upMicros);
            case "monohex":
                return Long.toHexString(upMicros);
            case "hexus":
                return Long.toHexString(clockMicros);
            default:
                DateTimeFormatter f = formatters.computeIfAbsent(pattern,
                        k -> DateTimeFormatter.ofPattern(k, Locale.ENGLISH).withZone(ZoneOffset.UTC));
                return f.format(Instant.ofEpochSecond(secs, micros * 1000));
        }
    }
}

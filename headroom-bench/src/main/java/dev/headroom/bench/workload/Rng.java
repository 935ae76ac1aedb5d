package dev.headroom.bench.workload;

import java.util.List;
import java.util.Random;

/**
 * The generators' only source of variation: {@link Random} is specified bit for bit, so the same seed
 * gives the same sequence on every JVM and therefore the same bytes.
 */
final class Rng {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Random random;

    Rng(long seed) {
        this.random = new Random(seed);
    }

    /** An int in [lo, hi]. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double gaussian(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    /** {@code x} rounded to one decimal place. */
    static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String hex(int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = HEX[random.nextInt(16)];
        }
        return new String(c);
    }
}

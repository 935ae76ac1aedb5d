package dev.headroom.bench.workload;

import java.util.List;
import java.util.Random;

/**
 * The generators' only source of variation: {@link Random} is specified bit for bit, so the same seed
 * gives the same sequence on every JVM and therefore the same bytes.
 */
public final class Rng {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Random random;

    public Rng(long seed) {
        this.random = new Random(seed);
    }

    /** An int in [lo, hi]. */
    public int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public double gaussian(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    /** {@code x} rounded to one decimal place. */
    public static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    public String hex(int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = HEX[random.nextInt(16)];
        }
        return new String(c);
    }

    /** An int in [0, bound). */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** A double in [0, 1). */
    public double unit() {
        return random.nextDouble();
    }

    /** A draw from the exponential distribution with the given mean (gaps between independent events). */
    public double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}

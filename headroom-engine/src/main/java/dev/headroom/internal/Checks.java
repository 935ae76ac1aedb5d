package dev.headroom.internal;

import java.time.Duration;
import java.util.Objects;

/** Argument checks for builders: each names the setting and the value it refused. */
public final class Checks {

    private Checks() {}

    /** Returns {@code value} when it is at least 1. */
    public static long positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is at least 1. */
    public static int positive(int value, String name) {
        return (int) positive((long) value, name);
    }

    /** Returns {@code d} when it is at least one millisecond (the finest unit the stores keep). */
    public static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.toMillis() < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 ms, was " + d);
        }
        return d;
    }

    /** Returns {@code d} when it is zero or more. */
    public static Duration notNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + d);
        }
        return d;
    }

    /**
     * Fails with a message naming the artifact to add when {@code className} (from an optional
     * dependency) is not on the classpath.
     */
    public static void requireClass(String className, String user, String artifact) {
        try {
            Class.forName(className, false, Checks.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(user + " needs " + artifact + " on the classpath; add it as a dependency", e);
        }
    }
}

package dev.headroom.compress;

import java.time.Duration;
import java.util.Objects;

/**
 * The wall-clock time budget of one compression. Compressors call {@link #check()} at their loop
 * points (per line, row, file or parse step); past the budget it throws
 * {@link TimeBudgetExceededException}, and the engine passes the input through. A check costs one
 * {@link System#nanoTime()} read, so call it per unit of work, not per character.
 *
 * <p>Immutable and thread-safe; one instance covers one call, so parallel candidates of the same
 * call share it.
 */
public final class Deadline {

    private static final Deadline NONE = new Deadline(Duration.ZERO, 0, false);

    private final Duration budget;
    private final long deadlineNanos;
    private final boolean bounded;

    private Deadline(Duration budget, long deadlineNanos, boolean bounded) {
        this.budget = budget;
        this.deadlineNanos = deadlineNanos;
        this.bounded = bounded;
    }

    /** A deadline {@code budget} from now. */
    public static Deadline after(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive, was " + budget);
        }
        long nanos;
        try {
            nanos = budget.toNanos();
        } catch (ArithmeticException tooLong) {
            return NONE;
        }
        return new Deadline(budget, System.nanoTime() + nanos, true);
    }

    /** No limit: {@link #check()} never throws. */
    public static Deadline none() {
        return NONE;
    }

    /**
     * Throws when the budget is spent.
     *
     * @throws TimeBudgetExceededException past the deadline
     */
    public void check() {
        if (bounded && System.nanoTime() - deadlineNanos >= 0) {
            throw new TimeBudgetExceededException(budget);
        }
    }

    /** Whether the budget is spent. */
    public boolean expired() {
        return bounded && System.nanoTime() - deadlineNanos >= 0;
    }

    /** Nanoseconds left (zero once spent; {@link Long#MAX_VALUE} without a limit). */
    public long remainingNanos() {
        return bounded ? Math.max(0, deadlineNanos - System.nanoTime()) : Long.MAX_VALUE;
    }

    /** Whether this deadline has a limit at all. */
    public boolean isBounded() {
        return bounded;
    }

    /** The budget this deadline was started with ({@link Duration#ZERO} without a limit). */
    public Duration budget() {
        return budget;
    }

    @Override
    public String toString() {
        return bounded ? "Deadline[" + budget.toMillis() + " ms, " + remainingNanos() / 1_000_000 + " ms left]" : "Deadline[none]";
    }
}

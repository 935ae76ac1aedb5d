package dev.headroom.compress;

import java.time.Duration;

/**
 * Thrown by {@link Deadline#check()} when a compression ran past its time budget. Compressors let it
 * propagate (never catch it in a catch-all); the engine turns it into a pass-through with outcome
 * {@code TIMED_OUT}. It carries no stack trace: it is control flow, and filling one would cost more
 * than the check.
 */
public final class TimeBudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration budget;

    public TimeBudgetExceededException(Duration budget) {
        super("compression exceeded its time budget of " + budget.toMillis() + " ms", null, false, false);
        this.budget = budget;
    }

    /** The budget that was exceeded. */
    public Duration budget() {
        return budget;
    }
}

package dev.headroom;

/** Why a {@link CompressionResult} has the text it has. */
public enum Outcome {
    /** The text is smaller than the input. */
    COMPRESSED,
    /** Below the token threshold: passed through. */
    BELOW_THRESHOLD,
    /** Above the size limit: passed through without being read in full. */
    TOO_LARGE,
    /** The compressor found nothing worth removing, or its result was not smaller: passed through. */
    NOT_SMALLER,
    /** Compression failed internally (bad input, store down): passed through, counted and logged. */
    FAILED_OPEN,
    /**
     * The call ran out of its time budget (or waited that long for a free compression slot):
     * passed through, counted in {@link HeadroomStats#timeouts()}.
     */
    TIMED_OUT;

    /** Whether the input went through unchanged. */
    public boolean isPassThrough() {
        return this != COMPRESSED;
    }
}

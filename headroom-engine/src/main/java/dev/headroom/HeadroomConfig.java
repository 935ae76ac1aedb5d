package dev.headroom;

import dev.headroom.compress.Compressor;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.OriginalStore;
import dev.headroom.tokens.Tokenizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable settings of a {@link Headroom} instance. Build one with {@link Headroom#builder()};
 * every default is a {@code DEFAULT_*} constant here.
 */
public record HeadroomConfig(
        Tokenizer tokenizer,
        int minTokens,
        int maxInputChars,
        OriginalStore store,
        List<HeadroomListener> listeners,
        Map<ContentKind, Compressor> compressorOverrides) {

    /** Tool outputs below this many tokens pass through: too small to be worth a marker. */
    public static final int DEFAULT_MIN_TOKENS = 200;

    /** Inputs above this many characters pass through unread (about 32 MB of ASCII). */
    public static final int DEFAULT_MAX_INPUT_CHARS = 32 * 1024 * 1024;

    public static final Tokenizer DEFAULT_TOKENIZER = Tokenizer.O200K_BASE;

    public HeadroomConfig {
        Objects.requireNonNull(tokenizer, "tokenizer");
        if (minTokens < 0) {
            throw new IllegalArgumentException("minTokens must be >= 0, was " + minTokens);
        }
        if (maxInputChars < 1) {
            throw new IllegalArgumentException("maxInputChars must be positive, was " + maxInputChars);
        }
        Objects.requireNonNull(store, "store");
        listeners = List.copyOf(listeners);
        compressorOverrides = compressorOverrides.isEmpty()
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(compressorOverrides));
    }
}

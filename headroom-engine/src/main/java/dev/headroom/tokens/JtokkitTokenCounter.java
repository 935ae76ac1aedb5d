package dev.headroom.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import dev.headroom.internal.Hashing.ContentKey;

/**
 * Exact token counts from jtokkit, cached by content hash so a tool result resent on every turn is
 * counted once.
 */
public final class JtokkitTokenCounter implements TokenCounter {

    /** Texts shorter than this are counted directly: hashing them costs about as much as counting. */
    private static final int CACHE_MIN_LENGTH = 256;

    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    private final Tokenizer tokenizer;
    private final Encoding encoding;
    private final Cache<ContentKey, Integer> counts;

    private JtokkitTokenCounter(Tokenizer tokenizer, long cacheEntries) {
        this.tokenizer = tokenizer;
        this.encoding = REGISTRY.getEncoding(tokenizer == Tokenizer.CL100K_BASE ? EncodingType.CL100K_BASE : EncodingType.O200K_BASE);
        this.counts = Caffeine.newBuilder().maximumSize(cacheEntries).build();
    }

    /** A counter for {@code tokenizer} with a cache of 10,000 counts. */
    public static JtokkitTokenCounter of(Tokenizer tokenizer) {
        return new JtokkitTokenCounter(tokenizer, 10_000);
    }

    @Override
    public int count(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        if (text.length() < CACHE_MIN_LENGTH) {
            return encoding.countTokensOrdinary(text);
        }
        return counts.get(ContentKey.of(text), k -> encoding.countTokensOrdinary(text));
    }

    @Override
    public Tokenizer tokenizer() {
        return tokenizer;
    }
}

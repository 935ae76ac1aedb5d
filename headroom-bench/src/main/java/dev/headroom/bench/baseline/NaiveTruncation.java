package dev.headroom.bench.baseline;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;

/**
 * The baseline every compressor must beat: keep the first {@code budget} o200k_base tokens of the
 * input and drop the rest, without saying so.
 */
public final class NaiveTruncation {

    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    private NaiveTruncation() {}

    /** The longest prefix of {@code text} that fits in {@code budget} tokens (the whole text when it fits). */
    public static String truncate(String text, int budget) {
        IntArrayList tokens = O200K.encodeOrdinary(text, Math.max(0, budget)).getTokens();
        String prefix = O200K.decode(tokens);
        // a cut inside a multi-byte character decodes to a replacement character: drop it
        int end = prefix.length();
        while (end > 0 && prefix.charAt(end - 1) == '\uFFFD') {
            end--;
        }
        String out = prefix.substring(0, end);
        return text.startsWith(out) ? out : commonPrefix(text, out);
    }

    private static String commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(0, i);
    }
}

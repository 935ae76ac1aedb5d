package dev.headroom.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Stable content hashes: SHA-256 hex for handles, a fast 64-bit hash for in-process cache keys. */
public final class Hashing {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Hashing() {}

    /** Returns the first {@code hexChars} lowercase hex characters of SHA-256 over the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text, int hexChars) {
        return hex(sha256(text.getBytes(StandardCharsets.UTF_8)), hexChars);
    }

    /**
     * Like {@link #sha256Hex} but over a 0xFF byte and the UTF-16BE code units, for text that is not
     * well-formed UTF-16: UTF-8 would turn its lone surrogates into '?' and collide with other text.
     * No UTF-8 encoding contains 0xFF, so these hashes never coincide with {@link #sha256Hex} inputs.
     */
    public static String sha256HexOfUtf16(String text, int hexChars) {
        // by hand: the JDK's UTF-16 encoder would replace lone surrogates too
        byte[] bytes = new byte[1 + 2 * text.length()];
        bytes[0] = (byte) 0xff;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes[1 + 2 * i] = (byte) (c >>> 8);
            bytes[2 + 2 * i] = (byte) c;
        }
        return hex(sha256(bytes), hexChars);
    }

    private static String hex(byte[] digest, int hexChars) {
        if (hexChars < 1 || hexChars > 64) {
            throw new IllegalArgumentException("hexChars must be in [1, 64], was " + hexChars);
        }
        char[] out = new char[hexChars];
        for (int i = 0; i < hexChars; i++) {
            int b = digest[i / 2] & 0xff;
            out[i] = HEX[(i % 2 == 0) ? (b >>> 4) : (b & 0x0f)];
        }
        return new String(out);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * A fast, well-mixed 64-bit hash of the UTF-16 code units of {@code text}, for in-process keys
     * only (it may change between versions). Four code units are packed into one 64-bit word per
     * step, so long texts cost a quarter of the multiplies of a char-at-a-time hash.
     */
    public static long fast64(CharSequence text) {
        int n = text.length();
        long h = 0xcbf29ce484222325L ^ n;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long word = text.charAt(i)
                    | (long) text.charAt(i + 1) << 16
                    | (long) text.charAt(i + 2) << 32
                    | (long) text.charAt(i + 3) << 48;
            h = (h ^ word) * 0x9e3779b97f4a7c15L;
            h ^= h >>> 29;
        }
        for (; i < n; i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** A cache key for text content: a 64-bit hash plus the length, so collisions need equal lengths too. */
    public record ContentKey(long hash, int length) {
        public static ContentKey of(CharSequence text) {
            return new ContentKey(fast64(text), text.length());
        }
    }
}

package dev.headroom.onnx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A cache key standing for a text: the first 128 bits of its SHA-256, so the cache holds no texts. */
record TextKey(long high, long low) {

    static TextKey of(String text) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        byte[] d = sha.digest(text.getBytes(StandardCharsets.UTF_8));
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (d[i] & 0xFF);
            low = (low << 8) | (d[i + 8] & 0xFF);
        }
        return new TextKey(high, low);
    }
}

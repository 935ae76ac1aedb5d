package dev.headroom.proxy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.jetty.http.HttpFields;

/**
 * The scope a request's originals are stored and read in: a SHA-256 of its API key (never the key),
 * so one key's requests can never retrieve another's originals. The key is whichever credential header
 * the client sent ({@code Authorization}, {@code x-api-key}, {@code api-key}).
 */
final class ApiKeyScope {

    private ApiKeyScope() {}

    /** {@code key:} and 24 hex characters of the credential's hash, or null when the request carries none. */
    static String of(HttpFields headers) {
        String credential = headers.get("authorization");
        if (credential == null) {
            credential = headers.get("x-api-key");
        }
        if (credential == null) {
            credential = headers.get("api-key");
        }
        if (credential == null || credential.isBlank()) {
            return null;
        }
        String key = credential.regionMatches(true, 0, "Bearer ", 0, 7) ? credential.substring(7).trim() : credential.trim();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("headroom-proxy\u0000" + key).getBytes(StandardCharsets.UTF_8));
            return "key:" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

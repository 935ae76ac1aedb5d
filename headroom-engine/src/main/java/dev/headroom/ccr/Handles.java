package dev.headroom.ccr;

import dev.headroom.internal.Hashing;
import java.util.regex.Pattern;

/**
 * Content-addressed handles: the first 16 hex characters of SHA-256 over the UTF-8 content, so the
 * same content always gets the same handle. With a scope, the store key is namespaced by it, so one
 * scope cannot read another's originals even when it knows the handle.
 */
public final class Handles {

    /** Hex characters in a handle (64 bits). */
    public static final int LENGTH = 16;

    private static final Pattern HANDLE = Pattern.compile("[0-9a-f]{" + LENGTH + "}");

    private Handles() {}

    /** The handle of {@code content}. */
    public static String of(String content) {
        return Hashing.sha256Hex(content, LENGTH);
    }

    /** Whether {@code s} has the shape of a handle. */
    public static boolean isHandle(String s) {
        return s != null && HANDLE.matcher(s).matches();
    }

    /**
     * The store key for {@code handle} in {@code scope}: the handle itself when the scope is null or
     * empty, otherwise the scope's hash and the handle, so scopes never share keys.
     */
    public static String storeKey(String scope, String handle) {
        if (scope == null || scope.isEmpty()) {
            return handle;
        }
        return "s" + Hashing.sha256Hex(scope, LENGTH) + ":" + handle;
    }
}

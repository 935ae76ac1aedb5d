package dev.headroom.ccr;

import dev.headroom.internal.Hashing;
import dev.headroom.internal.Quoted;
import dev.headroom.internal.Utf16;
import java.util.regex.Pattern;

/**
 * Content-addressed handles: the first 16 hex characters of SHA-256 over the UTF-8 content, so the
 * same content always gets the same handle. With a scope, the store key is namespaced by it, so one
 * scope cannot read another's originals even when it knows the handle.
 *
 * <p><b>What a handle reveals.</b> A handle is a content hash, not a secret or a capability check.
 * Without a scope, anyone who can call retrieve with a handle (for example a model that saw it in
 * a marker, or any tenant sharing the same store) gets the whole original back. A handle also
 * publishes a 64-bit SHA-256 prefix of its content: whoever can guess the content (a small set of
 * candidates, such as a known record with one unknown field) can confirm a guess by hashing it,
 * without any store access. So treat handles like the data they point to. When several users,
 * tenants or conversations share one engine or one store, pass a scope (the tenant or conversation
 * id) in {@code CompressionHints.scope} and to {@code retrieve(handle, query, scope)}: the store key
 * becomes a hash of the scope plus the handle, and a retrieve from another scope, or without one,
 * answers NOT_FOUND.
 */
public final class Handles {

    /** Hex characters in a handle (64 bits). */
    public static final int LENGTH = 16;

    private static final Pattern HANDLE = Pattern.compile("[0-9a-f]{" + LENGTH + "}");

    private Handles() {}

    /**
     * The handle of {@code content}. Text with unpaired surrogates is hashed over its UTF-16 code
     * units instead, so it cannot share a handle with the text UTF-8 would turn it into.
     */
    public static String of(String content) {
        return Utf16.isWellFormed(content) ? Hashing.sha256Hex(content, LENGTH) : Hashing.sha256HexOfUtf16(content, LENGTH);
    }

    /** How many characters of a rejected handle {@link #quote} repeats. */
    public static final int QUOTED_CHARS = 24;

    /**
     * A bounded rendering of something offered as a handle, for messages: its first
     * {@value #QUOTED_CHARS} characters in single quotes (control characters and unpaired
     * surrogates shown as {@code ?}), then, if it was longer, how long it was. Never more than
     * about 60 characters, whatever was passed.
     */
    public static String quote(String s) {
        return Quoted.prefix(s, QUOTED_CHARS);
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

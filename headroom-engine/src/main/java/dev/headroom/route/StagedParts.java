package dev.headroom.route;

import dev.headroom.ccr.Handles;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The originals one compression wants stored, held back until the engine has chosen its output,
 * so a candidate that loses stores nothing and the winner's parts are written together.
 */
public final class StagedParts {

    private final String scope;
    private final Map<String, String> parts = new LinkedHashMap<>();

    /** Parts for {@code scope} (null or empty for none). */
    public StagedParts(String scope) {
        this.scope = scope;
    }

    /** Stages {@code content} and returns its handle. */
    public String stage(String content) {
        String handle = Handles.of(content);
        parts.putIfAbsent(Handles.storeKey(scope, handle), content);
        return handle;
    }

    /** The staged parts by store key, in the order they were first staged. */
    public Map<String, String> byStoreKey() {
        return parts;
    }
}

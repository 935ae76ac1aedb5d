package dev.headroom;

import dev.headroom.detect.ContentKind;

/**
 * What the caller knows about one tool output: the tool's name, the user's current question (items
 * matching it are kept), a kind that overrides detection, and the scope originals are stored in.
 * Every field may be null.
 */
public record CompressionHints(String toolName, String query, ContentKind kind, String scope) {

    /** No hints. */
    public static final CompressionHints NONE = new CompressionHints(null, null, null, null);

    /** Hints carrying only the user's question. */
    public static CompressionHints query(String query) {
        return new CompressionHints(null, query, null, null);
    }

    public CompressionHints withToolName(String toolName) {
        return new CompressionHints(toolName, query, kind, scope);
    }

    public CompressionHints withQuery(String query) {
        return new CompressionHints(toolName, query, kind, scope);
    }

    public CompressionHints withKind(ContentKind kind) {
        return new CompressionHints(toolName, query, kind, scope);
    }

    public CompressionHints withScope(String scope) {
        return new CompressionHints(toolName, query, kind, scope);
    }
}

package dev.headroom.spring.ai;

import dev.headroom.CompressionHints;
import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.ToolResultCompressor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.metadata.ToolMetadata;

/**
 * A {@link ToolCallback} decorator that compresses the tool's result where it is produced, for
 * paths the {@link HeadroomAdvisor} cannot see: tools executed inside a model or by a
 * {@code ToolCallingManager} outside the {@code ChatClient} advisor chain. The original is stored,
 * the markers name its handle, and the advisor leaves already-compressed results alone.
 * The retrieve tool itself is never wrapped. Thread-safe when the delegate is; never throws on
 * account of compression.
 */
public final class HeadroomToolCallback implements ToolCallback {

    private final ToolCallback delegate;
    private final ToolResultCompressor compressor;
    private final String scope;

    private HeadroomToolCallback(ToolCallback delegate, ToolResultCompressor compressor, String scope) {
        this.delegate = delegate;
        this.compressor = compressor;
        this.scope = scope;
    }

    /** Wraps {@code callback} with a compressor of its own over {@code headroom}. */
    public static ToolCallback wrap(ToolCallback callback, Headroom headroom) {
        return wrap(callback, ToolResultCompressor.of(Objects.requireNonNull(headroom, "headroom")), null);
    }

    /**
     * Wraps {@code callback}, storing originals in {@code scope} (null for none; a tool context
     * value under {@link HeadroomAdvisor#SCOPE_KEY} overrides it per call). Returns the callback
     * itself for the retrieve tool and for an already wrapped callback.
     */
    public static ToolCallback wrap(ToolCallback callback, ToolResultCompressor compressor, String scope) {
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(compressor, "compressor");
        if (callback instanceof HeadroomToolCallback || RetrieveTool.NAME.equals(callback.getToolDefinition().name())) {
            return callback;
        }
        return new HeadroomToolCallback(callback, compressor, RetrieveToolCallback.blankToNull(scope));
    }

    /** Wraps every callback of {@code callbacks}, keeping their order. */
    public static List<ToolCallback> wrapAll(List<? extends ToolCallback> callbacks, ToolResultCompressor compressor, String scope) {
        List<ToolCallback> out = new ArrayList<>(callbacks.size());
        for (ToolCallback c : callbacks) {
            out.add(wrap(c, compressor, scope));
        }
        return out;
    }

    @Override
    public ToolDefinition getToolDefinition() {
        return delegate.getToolDefinition();
    }

    @Override
    public ToolMetadata getToolMetadata() {
        return delegate.getToolMetadata();
    }

    @Override
    public String call(String toolInput) {
        return compress(delegate.call(toolInput), scope);
    }

    @Override
    public String call(String toolInput, ToolContext toolContext) {
        String result = delegate.call(toolInput, toolContext);
        return compress(result, HeadroomAdvisor.scopeOf(toolContext == null ? null : toolContext.getContext(), scope));
    }

    /** The wrapped callback. */
    public ToolCallback delegate() {
        return delegate;
    }

    private String compress(String result, String effectiveScope) {
        CompressionHints hints = new CompressionHints(null, null, null, effectiveScope);
        return ToolResultText.compress(compressor, delegate.getToolDefinition().name(), result, hints);
    }
}

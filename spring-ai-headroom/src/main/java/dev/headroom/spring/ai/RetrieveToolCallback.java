package dev.headroom.spring.ai;

import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.RetrieveCall;
import java.util.Objects;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;

/**
 * The {@code headroom_retrieve} tool as a Spring AI {@link ToolCallback}: returns the original (or
 * the part matching a query) that a compressed tool result elided, from the Headroom store. Its
 * definition is built from constants, so every request carries byte-identical bytes.
 *
 * <p>The {@link HeadroomAdvisor} offers it to the model and answers its calls itself, so the tool
 * loop never executes it. It is also a bean under Spring Boot, so a {@code ToolCallingManager}
 * resolves it where no advisor answers (a model streamed before any marker was sent, a tool loop
 * without the advisor). Thread-safe; never throws.
 */
public final class RetrieveToolCallback implements ToolCallback {

    /** The definition every request carries, identical byte for byte. */
    public static final ToolDefinition DEFINITION = ToolDefinition.builder()
            .name(RetrieveTool.NAME)
            .description(RetrieveTool.DESCRIPTION)
            .inputSchema(RetrieveTool.PARAMETERS_JSON_SCHEMA)
            .build();

    private final Headroom headroom;
    private final String defaultScope;

    private RetrieveToolCallback(Headroom headroom, String defaultScope) {
        this.headroom = Objects.requireNonNull(headroom, "headroom");
        this.defaultScope = defaultScope;
    }

    /** A callback reading unscoped originals (unless the tool context names a scope). */
    public static RetrieveToolCallback of(Headroom headroom) {
        return new RetrieveToolCallback(headroom, null);
    }

    /**
     * A callback reading originals stored in {@code defaultScope} (null for none); a tool context
     * value under {@link HeadroomAdvisor#SCOPE_KEY} overrides it per request.
     */
    public static RetrieveToolCallback of(Headroom headroom, String defaultScope) {
        return new RetrieveToolCallback(headroom, blankToNull(defaultScope));
    }

    @Override
    public ToolDefinition getToolDefinition() {
        return DEFINITION;
    }

    @Override
    public String call(String toolInput) {
        return execute(toolInput, defaultScope);
    }

    @Override
    public String call(String toolInput, ToolContext toolContext) {
        return execute(toolInput, HeadroomAdvisor.scopeOf(toolContext == null ? null : toolContext.getContext(), defaultScope));
    }

    /** The scope used when the tool context names none. */
    public String defaultScope() {
        return defaultScope;
    }

    private String execute(String toolInput, String scope) {
        return RetrieveCall.answer(headroom, toolInput, scope);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

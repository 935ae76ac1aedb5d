package dev.headroom.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed reads of one tool call's arguments. A missing, mistyped or unknown argument throws
 * {@link InvalidArgumentException} with a message a model can act on; the tool answers it as a tool
 * error, so a bad call never reaches the engine and never takes the server down.
 */
final class ToolArguments {

    private final String tool;
    private final Map<String, Object> args;

    private ToolArguments(String tool, Map<String, Object> args) {
        this.tool = tool;
        this.args = args == null ? Map.of() : args;
    }

    static ToolArguments of(CallToolRequest request) {
        return new ToolArguments(request.name(), request.arguments());
    }

    /** The string argument {@code name}; present and a string, or the call is refused. */
    String requiredString(String name) {
        String value = optionalString(name);
        if (value == null) {
            throw new InvalidArgumentException(tool + " needs the argument '" + name + "' (a string).");
        }
        return value;
    }

    /** The string argument {@code name}, or null when it is absent or JSON null. */
    String optionalString(String name) {
        Object value = args.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidArgumentException(tool + ": the argument '" + name + "' must be a string, not " + jsonType(value) + ".");
    }

    /** Refuses arguments the tool does not take, naming them and the ones it does. */
    void rejectOthersThan(Set<String> accepted) {
        Set<String> unknown = new TreeSet<>(args.keySet());
        unknown.removeAll(accepted);
        if (!unknown.isEmpty()) {
            String takes = accepted.isEmpty() ? "no arguments" : "only " + String.join(", ", new TreeSet<>(accepted));
            throw new InvalidArgumentException(tool + " takes " + takes + "; unknown: " + String.join(", ", unknown) + ".");
        }
    }

    private static String jsonType(Object value) {
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof Iterable) {
            return "an array";
        }
        return "a " + value.getClass().getSimpleName();
    }

    /** A tool call's arguments are unusable; the message says which and why. */
    static final class InvalidArgumentException extends RuntimeException {
        InvalidArgumentException(String message) {
            super(message);
        }
    }
}

package dev.headroom.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.RetrieveTool;

/**
 * Answers a {@code headroom_retrieve} tool call from its JSON arguments, for integrations that
 * execute the call themselves. Never throws: malformed arguments get a message the model can act on.
 */
public final class RetrieveCall {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RetrieveCall() {}

    /** Executes the call in {@code scope} (null for none) and returns the tool response text. */
    public static String execute(Headroom headroom, String argumentsJson, String scope) {
        return executeForResult(headroom, argumentsJson, scope).toolResponse();
    }

    /** Executes the call and returns the full result. */
    public static RetrievalResult executeForResult(Headroom headroom, String argumentsJson, String scope) {
        String handle = null;
        String query = null;
        try {
            JsonNode args = JSON.readTree(argumentsJson == null || argumentsJson.isBlank() ? "{}" : argumentsJson);
            if (args != null && args.isObject()) {
                handle = text(args.get(RetrieveTool.HANDLE_PARAM));
                query = text(args.get(RetrieveTool.QUERY_PARAM));
            } else if (args != null && args.isTextual()) {
                handle = args.asText();
            }
        } catch (Exception e) {
            // fall through: handle stays null and the engine reports an invalid handle
        }
        return headroom.retrieve(handle, query, scope);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}

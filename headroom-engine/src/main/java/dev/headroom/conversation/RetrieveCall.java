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
    private static final System.Logger LOG = System.getLogger(RetrieveCall.class.getName());

    private RetrieveCall() {}

    /** Executes the call in {@code scope} (null for none) and returns the tool response text. */
    public static String execute(Headroom headroom, String argumentsJson, String scope) {
        return executeForResult(headroom, argumentsJson, scope).toolResponse();
    }

    /**
     * Like {@link #execute}, but also when the engine itself throws (a custom {@link Headroom}, a store
     * client bug): the model then gets a message telling it to go on with what it has.
     */
    public static String answer(Headroom headroom, String argumentsJson, String scope) {
        try {
            return execute(headroom, argumentsJson, scope);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "headroom: answering headroom_retrieve failed: {0}", e.toString());
            return "The elided content could not be retrieved right now (" + e.getClass().getSimpleName()
                    + "). Answer with what you have, or re-run the tool that produced it.";
        }
    }

    /** Executes the call and returns the full result. */
    public static RetrievalResult executeForResult(Headroom headroom, String argumentsJson, String scope) {
        Arguments args = Arguments.parse(argumentsJson);
        return headroom.retrieve(args.handle(), args.query(), scope);
    }

    /** The handle a call asks for, as the call would be executed (null when its arguments name none). */
    static String handleOf(String argumentsJson) {
        return Arguments.parse(argumentsJson).handle();
    }

    /** A call's arguments: a JSON object with the handle and an optional query, or a bare JSON string (the handle). */
    private record Arguments(String handle, String query) {

        static Arguments parse(String argumentsJson) {
            try {
                JsonNode args = JSON.readTree(argumentsJson == null || argumentsJson.isBlank() ? "{}" : argumentsJson);
                if (args != null && args.isObject()) {
                    return new Arguments(text(args.get(RetrieveTool.HANDLE_PARAM)), text(args.get(RetrieveTool.QUERY_PARAM)));
                } else if (args != null && args.isTextual()) {
                    return new Arguments(args.asText(), null);
                }
            } catch (Exception e) {
                // fall through: no handle, and the engine reports an invalid handle
            }
            return new Arguments(null, null);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}

package dev.headroom.proxy.wire;

import dev.headroom.conversation.Conversation;
import dev.headroom.proxy.json.JsonValue;
import java.util.List;

/**
 * A client's request body read for the conversation policy: the neutral conversation, and where each
 * of its parts sits in the bytes, so the policy's decisions can be spliced in and everything else
 * forwarded byte for byte.
 *
 * @param body          the bytes the client sent
 * @param conversation  the request in neutral form
 * @param slots         per neutral message, the bytes it was read from and its replaceable tool-result texts
 * @param appendAt      offset where messages after the client's go (before the closing bracket of the
 *                      message list), or -1 when they cannot be appended
 * @param appendComma   whether appended messages need a leading comma (the list is not empty)
 * @param tools         the client's tools array, or null when it sent none
 * @param ownRetrieve   the client's own {@code headroom_retrieve} definitions (elements of {@code tools})
 * @param insertToolsAt offset before the body's closing brace, where a tools field can be added
 * @param stream        whether the client asked for server-sent events
 */
public record ParsedRequest(
        byte[] body,
        Conversation conversation,
        List<Slot> slots,
        int appendAt,
        boolean appendComma,
        JsonValue.Arr tools,
        List<JsonValue> ownRetrieve,
        int insertToolsAt,
        boolean stream) {

    public ParsedRequest {
        slots = List.copyOf(slots);
        ownRetrieve = List.copyOf(ownRetrieve);
    }

    /**
     * Where one neutral message came from: the byte range of its wire message (or item group), and per
     * tool result the string value its text can replace (null where the result is not plain text).
     */
    public record Slot(int start, int end, List<JsonValue.Str> resultTexts) {
        public Slot {
            resultTexts = resultTexts == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(resultTexts));
        }

        public static Slot of(JsonValue v) {
            return new Slot(v.start(), v.end(), List.of());
        }
    }
}

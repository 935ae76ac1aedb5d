package dev.headroom.proxy.wire;

import dev.headroom.conversation.Message;
import dev.headroom.proxy.json.JsonText;
import dev.headroom.proxy.json.JsonValue;
import dev.headroom.proxy.json.Splice;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A complete response read for the policy: the assistant message (its origin is the message as this
 * API's request JSON, to be sent again in later rounds), and where its tool calls sit so a reply
 * without some of them can be cut out of the response's own bytes.
 *
 * @param body          the response as received
 * @param assistant     the response in neutral form
 * @param container     the array holding the calls (chat {@code tool_calls}, responses {@code output},
 *                      messages {@code content}); null when there are none
 * @param callElements  per tool call, its element index in {@code container}
 * @param reason        the finish/stop reason string, or null
 * @param reasonWithoutCalls what {@code reason} becomes when no call is left (null: unchanged)
 */
public record ParsedResponse(
        byte[] body,
        Message.Assistant assistant,
        JsonValue.Arr container,
        List<Integer> callElements,
        JsonValue.Str reason,
        String reasonWithoutCalls) {

    public ParsedResponse {
        callElements = List.copyOf(callElements);
    }

    /** The response body with only the calls at {@code keptCalls} (indexes into the assistant's calls). */
    public byte[] keepingCalls(List<Integer> keptCalls) {
        Set<Integer> drop = new HashSet<>();
        for (int k = 0; k < callElements.size(); k++) {
            if (!keptCalls.contains(k)) {
                drop.add(callElements.get(k));
            }
        }
        if (drop.isEmpty() || container == null) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        boolean first = true;
        for (int e = 0; e < container.elements().size(); e++) {
            if (drop.contains(e)) {
                continue;
            }
            if (!first) {
                out.write(',');
            }
            first = false;
            JsonValue v = container.elements().get(e);
            out.write(body, v.start(), v.end() - v.start());
        }
        out.write(']');
        Splice s = new Splice(body).replace(container.start(), container.end(), out.toByteArray());
        if (keptCalls.isEmpty() && reason != null && reasonWithoutCalls != null) {
            s.replace(reason.start(), reason.end(), JsonText.string(reasonWithoutCalls));
        }
        return s.apply();
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}

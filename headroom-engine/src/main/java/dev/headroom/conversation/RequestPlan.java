package dev.headroom.conversation;

import java.util.List;

/**
 * What to send to the model for one round of a call: the messages and tools in neutral form, and
 * the same as decisions relative to the caller's request.
 *
 * @param messages   every message to send, in order: the caller's with {@link #edits()} applied,
 *                   then {@link #appended()}
 * @param tools      the tools to send: the caller's (without any {@code headroom_retrieve} of its
 *                   own), then {@link ToolDefinition#RETRIEVE} when it is offered
 * @param toolsChanged whether {@code tools} differ from the caller's tools
 * @param edits      changes to the caller's messages, in index order
 * @param appended   messages after the caller's: the retrieve calls answered so far in this call
 * @param markerSent whether a marker Headroom sent is in the request (see {@link RetrieveToolOffer});
 *                   a front end that streams holds a round's events back while this is true, until
 *                   it knows whether the round calls {@code headroom_retrieve}
 * @param round      0 for the caller's request, then one more per retrieve round
 */
public record RequestPlan(
        List<Message> messages,
        List<ToolDefinition> tools,
        boolean toolsChanged,
        List<Edit> edits,
        List<Message> appended,
        boolean markerSent,
        int round) {

    public RequestPlan {
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        edits = List.copyOf(edits);
        appended = List.copyOf(appended);
    }

    /** The caller's request sent as it is (used when preparing it failed). */
    static RequestPlan untouched(Conversation request) {
        return new RequestPlan(request.messages(), request.tools(), false, List.of(), List.of(), false, 0);
    }

    /** Whether the caller's request goes out exactly as it came. */
    public boolean unchanged() {
        return edits.isEmpty() && appended.isEmpty() && !toolsChanged;
    }

    /** Whether {@code headroom_retrieve} is among the tools sent. */
    public boolean retrieveOffered() {
        for (ToolDefinition t : tools) {
            if (t.isRetrieve()) {
                return true;
            }
        }
        return false;
    }

    /** The edits that change the message at {@code index}, in order (empty when it goes out as it is). */
    public List<Edit> editsOf(int index) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).index() == index) {
                from = from < 0 ? i : from;
                to = i + 1;
            } else if (from >= 0) {
                break;
            }
        }
        return from < 0 ? List.of() : edits.subList(from, to);
    }
}

package dev.headroom.conversation;

import java.util.List;

/**
 * What the caller gets back from one call: the model's last response without its
 * {@code headroom_retrieve} calls (answered by the policy, never seen by the caller), and what the
 * call did.
 *
 * @param message   what to hand to the caller: {@code response} itself when it called no
 *                  {@code headroom_retrieve}, otherwise a copy with only the other tool calls (and no
 *                  origin: the front end builds its own object, see {@link ConversationTurn#handedOut})
 * @param response  the model's last response as received
 * @param keptCalls the indexes in {@code response.toolCalls()} of the calls {@code message} keeps
 * @param report    what the call did
 */
public record Reply(Message.Assistant message, Message.Assistant response, List<Integer> keptCalls, TurnReport report) {

    public Reply {
        keptCalls = List.copyOf(keptCalls);
    }

    /** Whether calls were removed from the response. */
    public boolean changed() {
        return keptCalls.size() != response.toolCalls().size();
    }
}

package dev.headroom.conversation;

import java.util.List;

/**
 * One change the policy makes to the caller's messages, addressed by the message's index in the
 * caller's request. Front ends that rebuild their own objects apply these to them; a proxy splices
 * them into the bytes it received and leaves everything else as it was.
 */
public sealed interface Edit {

    /** The index of the caller's message this edit changes. */
    int index();

    /**
     * Result {@code result} of the tool-results message at {@code index} is sent as {@code text}
     * (compressed, or the exact text it was compressed to before; or, once the context budget cut it,
     * its stub, the same text on every later request).
     */
    record ToolResultText(int index, int result, String text) implements Edit {}

    /**
     * The assistant message at {@code index} is sent as {@code messages}: what the model really saw in
     * its place (its {@code headroom_retrieve} calls and their answers), so the request extends the
     * one sent before, byte for byte. The messages carry the origins the front end gave them.
     */
    record Replay(int index, List<Message> messages) implements Edit {
        public Replay {
            messages = List.copyOf(messages);
        }
    }
}

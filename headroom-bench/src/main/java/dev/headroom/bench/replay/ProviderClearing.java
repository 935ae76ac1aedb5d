package dev.headroom.bench.replay;

import dev.headroom.conversation.Conversation;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.ToolResult;
import dev.headroom.conversation.WireFormat;
import dev.headroom.conversation.cost.PromptBlock;
import dev.headroom.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The provider-side baseline the context budget is compared with, shaped like Anthropic's context
 * editing ({@code clear_tool_uses} with its defaults) and LangChain's {@code ClearToolUsesEdit}: on
 * every request whose input exceeds the trigger (100,000 tokens), every tool result but the last
 * three is replaced by a short placeholder. It is applied to each request as the client sends it (the
 * whole history), so once the history is past the trigger it clears on every request, and the
 * cleared point moves with each new result.
 */
final class ProviderClearing {

    static final int TRIGGER_TOKENS = 100_000;
    static final int KEEP = 3;
    static final String PLACEHOLDER = "[tool result cleared]";

    private final TokenCounter counter;
    /** The blocks of the conversation's messages, counted once: one provider per conversation. */
    private final Map<Object, PromptBlock> blocks = new HashMap<>();

    ProviderClearing(TokenCounter counter) {
        this.counter = counter;
    }

    /** {@code request} as the model receives it after the provider's clearing. */
    Conversation apply(Conversation request) {
        if (WireFormat.ANTHROPIC_MESSAGES.tokens(request, counter, blocks) <= TRIGGER_TOKENS) {
            return request;
        }
        int results = 0;
        for (Message m : request.messages()) {
            if (m instanceof Message.ToolResults t) {
                results += t.results().size();
            }
        }
        int clear = results - KEEP;
        List<Message> out = new ArrayList<>(request.messages().size());
        for (Message m : request.messages()) {
            if (clear > 0 && m instanceof Message.ToolResults t) {
                List<ToolResult> kept = new ArrayList<>(t.results().size());
                for (ToolResult r : t.results()) {
                    kept.add(clear-- > 0 ? r.withText(PLACEHOLDER) : r);
                }
                out.add(new Message.ToolResults(kept, t.extra(), null));
            } else {
                out.add(m);
            }
        }
        return new Conversation(out, request.tools(), request.scope());
    }
}

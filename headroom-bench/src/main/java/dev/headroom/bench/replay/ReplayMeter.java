package dev.headroom.bench.replay;

import dev.headroom.conversation.Conversation;
import dev.headroom.conversation.ConversationStats;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolResult;
import dev.headroom.conversation.WireFormat;
import dev.headroom.conversation.cost.CachePricing;
import dev.headroom.conversation.cost.PromptBlock;
import dev.headroom.conversation.cost.PromptCache;
import dev.headroom.tokens.TokenCounter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures a run: serialises each request as each provider's API carries it (tools first, then the
 * system prompt, then the messages), bills the requests in order against a prompt cache per provider,
 * and checks each request against the one before.
 */
final class ReplayMeter {

    private final TokenCounter counter;
    private final CachePricing openAi;
    private final CachePricing anthropic;

    ReplayMeter(TokenCounter counter, CachePricing openAi, CachePricing anthropic) {
        this.counter = counter;
        this.openAi = openAi;
        this.anthropic = anthropic;
    }

    RunResult measure(Trace trace, Arm arm, Arm.Run run) {
        PromptCache openAiCache = new PromptCache(openAi);
        PromptCache anthropicCache = new PromptCache(anthropic);
        Map<Object, PromptBlock> openAiBlocks = new HashMap<>();
        Map<Object, PromptBlock> anthropicBlocks = new HashMap<>();
        List<Conversation> requests = run.requests();
        int extensions = 0;
        int toolsChanges = 0;
        int retrieveRounds = 0;
        long raw = 0;
        long retrieveTokens = 0;
        double openAiCost = 0;
        double anthropicCost = 0;
        for (int i = 0; i < requests.size(); i++) {
            Conversation r = requests.get(i);
            List<PromptBlock> blocks = WireFormat.OPENAI_CHAT_COMPLETIONS.blocks(r, counter, openAiBlocks);
            long tokens = blocks.stream().mapToLong(PromptBlock::tokens).sum();
            raw += tokens;
            openAiCost += openAiCache.charge(blocks).weighted();
            anthropicCost += anthropicCache.charge(WireFormat.ANTHROPIC_MESSAGES.blocks(r, counter, anthropicBlocks)).weighted();
            if (answersRetrieve(r)) {
                retrieveRounds++;
                retrieveTokens += tokens;
            }
            if (i > 0) {
                Conversation prev = requests.get(i - 1);
                if (!r.tools().equals(prev.tools())) {
                    toolsChanges++;
                } else if (extendsPrevious(r, prev)) {
                    extensions++;
                }
            }
        }
        ConversationStats s = run.stats();
        return new RunResult(trace.name(), trace.source(), arm.frontEnd(), arm.offer(), arm.rebuildsHistory(), trace.steps(),
                requests.size(), extensions, toolsChanges, raw, openAiCost, anthropicCost, retrieveRounds, retrieveTokens,
                s == null ? 0 : s.replays(), s == null ? 0 : s.replaysMissing(), s == null ? 0 : s.historiesRebuilt(),
                arm.contextBudget(), arm.providerClearing(), s == null ? 0 : s.cuts());
    }

    private static boolean extendsPrevious(Conversation next, Conversation prev) {
        List<Message> a = prev.messages();
        List<Message> b = next.messages();
        return b.size() > a.size() && b.subList(0, a.size()).equals(a);
    }

    /** Whether the request's last message answers a {@code headroom_retrieve} call (a retrieve round). */
    static boolean answersRetrieve(Conversation r) {
        List<Message> m = r.messages();
        if (m.isEmpty() || !(m.get(m.size() - 1) instanceof Message.ToolResults last)) {
            return false;
        }
        Set<String> retrieveIds = new HashSet<>();
        for (int i = m.size() - 2; i >= 0; i--) {
            if (m.get(i) instanceof Message.Assistant a) {
                for (ToolCall c : a.toolCalls()) {
                    if (c.isRetrieve()) {
                        retrieveIds.add(c.id());
                    }
                }
                break;
            }
        }
        for (ToolResult res : last.results()) {
            if (retrieveIds.contains(res.id())) {
                return true;
            }
        }
        return false;
    }
}

package dev.headroom.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.conversation.cost.PromptBlock;
import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    static final TokenCounter O200K = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);
    static final ToolDefinition SEARCH = new ToolDefinition("search", "Searches", "{\"type\":\"object\"}");

    static Conversation request(String system, List<ToolDefinition> tools) {
        return Conversation.of(List.of(Message.User.of("why?"), Message.System.of(system),
                Message.Assistant.of("Looking.", new ToolCall("c1", "search", "{\"q\":\"x\"}")),
                Message.ToolResults.of(ToolResult.of("c1", "search", "ERROR timeout"))), tools);
    }

    @Test
    void should_put_tools_first_then_the_system_prompt_then_the_messages() {
        for (WireFormat f : WireFormat.values()) {
            List<PromptBlock> blocks = f.blocks(request("Be terse.", List.of(SEARCH, ToolDefinition.RETRIEVE)), O200K);
            List<PromptBlock> other = f.blocks(request("Be verbose.", List.of(SEARCH, ToolDefinition.RETRIEVE)), O200K);

            assertThat(blocks).hasSize(6);
            assertThat(blocks.get(0)).isEqualTo(other.get(0));
            assertThat(blocks.get(1)).isEqualTo(other.get(1));
            assertThat(blocks.get(2)).as("%s: the system prompt third", f).isNotEqualTo(other.get(2));
            assertThat(blocks.subList(3, 6)).isEqualTo(other.subList(3, 6));
        }
    }

    @Test
    void should_count_what_each_api_carries() {
        Conversation r = request("Be terse.", List.of(ToolDefinition.RETRIEVE));

        long openai = WireFormat.OPENAI_CHAT_COMPLETIONS.tokens(r, O200K);
        long anthropic = WireFormat.ANTHROPIC_MESSAGES.tokens(r, O200K);
        long retrieveTool = WireFormat.OPENAI_CHAT_COMPLETIONS.blocks(r, O200K).get(0).tokens();

        assertThat(openai).isPositive();
        assertThat(anthropic).isPositive().isNotEqualTo(openai);
        assertThat(retrieveTool).isBetween(80L, 200L);
    }
}

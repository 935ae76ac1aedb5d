package dev.headroom.examples.langchain4j;

import dev.headroom.Headroom;
import dev.headroom.conversation.ConversationStats;
import dev.headroom.conversation.TurnReport;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.SystemMessage;
import java.util.List;
import java.util.Locale;

/**
 * A LangChain4j agent (AiServices + tools + chat memory) whose model is wrapped in one line with
 * {@link HeadroomChatModel}. Runs offline with a scripted stand-in model, or against any
 * OpenAI-compatible endpoint when {@code OPENAI_API_KEY} is set ({@code OPENAI_BASE_URL},
 * {@code OPENAI_MODEL} optional). Prints the tool-result tokens before and after Headroom for every
 * call AiServices makes to the model (with the model requests it took, retrieve rounds included) and
 * every turn.
 */
public final class AgentExample {

    interface ShopAssistant {
        @SystemMessage("You are the on-call assistant of an online shop. Use the tools to investigate; answer briefly and cite the evidence.")
        String chat(String message);
    }

    static final List<String> QUESTIONS = List.of(
            "Which order had a failed payment today, and why did it fail?",
            "Please refund that order.");

    private AgentExample() {}

    public static void main(String[] args) {
        ChatModel model = model();
        HeadroomChatModel headroom = HeadroomChatModel.builder()
                .delegate(model)
                .headroom(Headroom.create())
                .listener(AgentExample::printCall)
                .build();
        ShopAssistant assistant = AiServices.builder(ShopAssistant.class)
                .chatModel(headroom)
                .tools(new ShopTools())
                .chatMemory(MessageWindowChatMemory.withMaxMessages(50))
                .build();

        System.out.println("Each [headroom] line is one call from AiServices; Headroom adds a model request for each"
                + " headroom_retrieve round it answers.");
        for (String question : QUESTIONS) {
            System.out.println();
            System.out.println("> " + question);
            ConversationStats before = headroom.stats();
            String answer = assistant.chat(question);
            ConversationStats after = headroom.stats();
            System.out.println("< " + answer.replace("\n", "\n  "));
            System.out.println(String.format(Locale.ROOT,
                    "  turn: %d calls, %d model requests; tool-result tokens sent %,d -> %,d (saved %s); %d headroom_retrieve"
                            + " answered, %,d retrieved tokens sent",
                    after.calls() - before.calls(), after.modelCalls() - before.modelCalls(),
                    after.tokensBefore() - before.tokensBefore(),
                    after.tokensAfter() - before.tokensAfter(),
                    percent(after.tokensBefore() - before.tokensBefore(), after.tokensAfter() - before.tokensAfter()),
                    after.retrieveCalls() - before.retrieveCalls(), after.retrievedTokens() - before.retrievedTokens()));
        }
        ConversationStats total = headroom.stats();
        System.out.println();
        System.out.println(String.format(Locale.ROOT,
                "total: %d calls, %d model requests, tool-result tokens %,d -> %,d (saved %s), plus %,d retrieved tokens; %s tokenizer",
                total.calls(), total.modelCalls(), total.tokensBefore(), total.tokensAfter(), percent(total.tokensBefore(), total.tokensAfter()),
                total.retrievedTokens(), headroom.headroom().tokenCounter().tokenizer().id()));
    }

    private static ChatModel model() {
        String key = System.getenv("OPENAI_API_KEY");
        if (key == null || key.isBlank()) {
            System.out.println("OFFLINE: scripted stand-in model, no API key (set OPENAI_API_KEY to use a real model)");
            return new ScriptedModel();
        }
        String baseUrl = env("OPENAI_BASE_URL", "https://api.openai.com/v1");
        String name = env("OPENAI_MODEL", "gpt-4o-mini");
        System.out.println("ONLINE: " + name + " at " + baseUrl);
        return OpenAiChatModel.builder().apiKey(key).baseUrl(baseUrl).modelName(name).temperature(0.0).build();
    }

    private static void printCall(TurnReport r, ConversationStats totals) {
        String requests = r.modelCalls() == 1 ? "1 model request"
                : String.format(Locale.ROOT, "%d model requests (%d headroom_retrieve answered in between)", r.modelCalls(),
                        r.retrieveCalls());
        String results = r.toolResults() == 0 ? "no tool results"
                : String.format(Locale.ROOT, "%d tool result%s %,d -> %,d tokens (saved %s)", r.toolResults(),
                        r.toolResults() == 1 ? "" : "s", r.tokensBefore(), r.tokensAfter(), percent(r.tokensBefore(), r.tokensAfter()));
        System.out.println(String.format(Locale.ROOT, "  [headroom] call %d: %s; %s%s%s", totals.calls(), requests, results,
                r.retrievedTokens() > 0 ? String.format(Locale.ROOT, "; %,d retrieved tokens sent", r.retrievedTokens()) : "",
                r.failedOpen() ? "; FAILED OPEN" : ""));
    }

    static void printTool(String call, String output) {
        System.out.println(String.format(Locale.ROOT, "  [tool] %s -> %,d chars", call, output.length()));
    }

    private static String percent(long before, long after) {
        return before == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * (before - after) / before);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

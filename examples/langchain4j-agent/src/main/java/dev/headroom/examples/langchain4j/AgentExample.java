package dev.headroom.examples.langchain4j;

import dev.headroom.Headroom;
import dev.headroom.langchain4j.CallReport;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.langchain4j.HeadroomChatStats;
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
 * model call and every turn.
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

        for (String question : QUESTIONS) {
            System.out.println();
            System.out.println("> " + question);
            HeadroomChatStats before = headroom.stats();
            String answer = assistant.chat(question);
            HeadroomChatStats after = headroom.stats();
            System.out.println("< " + answer.replace("\n", "\n  "));
            System.out.println(String.format(Locale.ROOT,
                    "  turn: %d model calls, tool-result tokens sent %,d -> %,d (saved %s); %d retrieve calls answered by Headroom,"
                            + " %,d retrieved tokens sent",
                    after.modelCalls() - before.modelCalls(), after.tokensBefore() - before.tokensBefore(),
                    after.tokensAfter() - before.tokensAfter(),
                    percent(after.tokensBefore() - before.tokensBefore(), after.tokensAfter() - before.tokensAfter()),
                    after.retrieveCalls() - before.retrieveCalls(), after.retrievedTokens() - before.retrievedTokens()));
        }
        HeadroomChatStats total = headroom.stats();
        System.out.println();
        System.out.println(String.format(Locale.ROOT,
                "total: %d calls, tool-result tokens %,d -> %,d (saved %s), plus %,d retrieved tokens; %s tokenizer",
                total.calls(), total.tokensBefore(), total.tokensAfter(), percent(total.tokensBefore(), total.tokensAfter()),
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

    private static void printCall(CallReport r, HeadroomChatStats totals) {
        System.out.println(String.format(Locale.ROOT,
                "  [headroom] call %d: %d tool result%s in request, %,d -> %,d tokens (saved %s)%s%s",
                totals.calls(), r.toolResults(), r.toolResults() == 1 ? "" : "s", r.tokensBefore(), r.tokensAfter(),
                percent(r.tokensBefore(), r.tokensAfter()),
                r.retrievedTokens() > 0 ? String.format(Locale.ROOT, ", %,d retrieved tokens (%d headroom_retrieve calls answered now)",
                        r.retrievedTokens(), r.retrieveCalls()) : "",
                r.failedOpen() ? ", FAILED OPEN" : ""));
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

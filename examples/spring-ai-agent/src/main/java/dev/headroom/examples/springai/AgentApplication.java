package dev.headroom.examples.springai;

import dev.headroom.Headroom;
import dev.headroom.HeadroomStats;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring AI agent whose tools return large outputs; Headroom (auto-configured by adding
 * {@code spring-ai-headroom}) compresses them before they reach the model. Runs offline against a
 * scripted stand-in model unless {@code OPENAI_API_KEY} is set.
 */
@SpringBootApplication
public class AgentApplication {

    static final String QUESTION = "Why did checkout fail for order 4711? Quote the error.";

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(AgentApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> defaults = new HashMap<>();
        String key = System.getenv("OPENAI_API_KEY");
        if (key == null || key.isBlank()) {
            System.out.println("OFFLINE: scripted stand-in model, no API key (set OPENAI_API_KEY to use a real model)");
            defaults.put("spring.ai.model.chat", "none");
            app.setAdditionalProfiles(ScriptedChatModel.PROFILE);
        } else {
            defaults.put("spring.ai.openai.api-key", key);
            String baseUrl = System.getenv("OPENAI_BASE_URL");
            if (baseUrl != null && !baseUrl.isBlank()) {
                defaults.put("spring.ai.openai.base-url", baseUrl);
            }
        }
        app.setDefaultProperties(defaults);
        SpringApplication.exit(app.run(args));
    }

    @Bean
    CommandLineRunner askOnce(ChatClient.Builder builder, Headroom headroom) {
        return args -> {
            ChatClient client = builder.build();
            System.out.println("Question: " + QUESTION);
            String answer = client.prompt(QUESTION).tools(new OpsTools()).call().content();
            System.out.println("Answer:   " + answer);
            HeadroomStats s = headroom.stats();
            System.out.println(String.format(Locale.ROOT,
                    "Headroom: tool-result tokens before %d, after %d (%s), saved %.1f%%; %d compressed, %d retrievals",
                    s.tokensBefore(), s.tokensAfter(), headroom.tokenCounter().tokenizer().id(), 100 * s.savings(),
                    s.compressions(), s.retrievals()));
        };
    }
}

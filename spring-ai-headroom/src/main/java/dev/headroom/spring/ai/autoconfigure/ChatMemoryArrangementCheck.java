package dev.headroom.spring.ai.autoconfigure;

import dev.headroom.spring.ai.HeadroomAdvisor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.DefaultChatClient;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.client.advisor.api.Advisor;
import org.springframework.ai.chat.client.advisor.api.MemoryAdvisor;
import org.springframework.ai.chat.client.advisor.api.ToolAdvisor;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Refuses to start (or warns, per {@code headroom.chat-memory-check}) when a {@code ChatClient} bean
 * that carries the {@link HeadroomAdvisor} keeps its chat memory outside the tool loop: a memory
 * advisor ordered at or before the tool-calling advisor (Spring AI's default,
 * {@code HIGHEST_PRECEDENCE + 200}) remembers only user messages and final answers, so every later
 * user turn drops the tool rounds that were sent before and is no longer an extension of the last
 * request. Clients built outside beans are not seen here; the conversation policy counts what they
 * do at run time.
 */
final class ChatMemoryArrangementCheck implements SmartInitializingSingleton, BeanFactoryAware {

    private static final Log LOG = LogFactory.getLog(ChatMemoryArrangementCheck.class);

    private final ObjectProvider<HeadroomProperties> properties;
    private final List<String> problems = new ArrayList<>();
    private ListableBeanFactory beans;

    ChatMemoryArrangementCheck(ObjectProvider<HeadroomProperties> properties) {
        this.properties = properties;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beans = beanFactory instanceof ListableBeanFactory l ? l : null;
    }

    @Override
    public void afterSingletonsInstantiated() {
        HeadroomProperties p = properties.getIfAvailable();
        HeadroomProperties.ChatMemoryCheck mode = p == null ? HeadroomProperties.ChatMemoryCheck.FAIL : p.getChatMemoryCheck();
        if (mode == HeadroomProperties.ChatMemoryCheck.OFF || beans == null) {
            return;
        }
        for (Map.Entry<String, ChatClient> e : beans.getBeansOfType(ChatClient.class, false, false).entrySet()) {
            String problem = problem(e.getKey(), advisors(e.getValue()));
            if (problem == null) {
                continue;
            }
            problems.add(problem);
            if (mode == HeadroomProperties.ChatMemoryCheck.FAIL) {
                throw new IllegalStateException(problem + " (set headroom.chat-memory-check=warn to start anyway)");
            }
            LOG.warn(problem);
        }
    }

    /** What the check found at startup (also when it only warned). */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The default advisors of {@code client}, or an empty list when they cannot be read. */
    static List<Advisor> advisors(ChatClient client) {
        try {
            return client.prompt() instanceof DefaultChatClient.DefaultChatClientRequestSpec spec ? spec.getAdvisors() : List.of();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** What is wrong with this arrangement, or null when nothing is. */
    static String problem(String bean, List<Advisor> advisors) {
        boolean headroom = advisors.stream().anyMatch(a -> a instanceof HeadroomAdvisor);
        if (!headroom) {
            return null;
        }
        int loop = advisors.stream().filter(a -> a instanceof ToolAdvisor).mapToInt(Advisor::getOrder).findFirst()
                .orElse(ToolCallingAdvisor.DEFAULT_ORDER);
        for (Advisor a : advisors) {
            if (a instanceof MemoryAdvisor && a.getOrder() <= loop) {
                return "ChatClient bean '" + bean + "' keeps chat memory outside the tool loop: " + a.getName() + " has order "
                        + a.getOrder() + ", the tool-calling advisor " + loop + ". Such memory drops every tool round, so each new"
                        + " user turn stops extending what was sent before and the prompt cache misses from that point. Order the"
                        + " memory advisor inside the loop, after the tool-calling advisor and before Headroom, e.g."
                        + " MessageChatMemoryAdvisor.builder(chatMemory).order(ToolCallingAdvisor.DEFAULT_ORDER + 100)";
            }
        }
        return null;
    }
}

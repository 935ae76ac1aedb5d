package dev.headroom.spring.ai.autoconfigure;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.HeadroomListener;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.ToolResultCompressor;
import dev.headroom.conversation.cost.CachePricing;
import dev.headroom.relevance.RelevanceScorers;
import dev.headroom.spring.ai.HeadroomAdvisor;
import dev.headroom.spring.ai.RetrieveToolCallback;
import dev.headroom.store.InMemoryStore;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.SqliteStore;
import dev.headroom.tokens.Tokenizer;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Paths;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ChatClientBuilderCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.util.ClassUtils;

/**
 * Auto-configures Headroom for Spring AI: the engine and its store, the {@link ConversationPolicy}
 * and a {@link HeadroomAdvisor} over it added to every auto-configured {@code ChatClient.Builder},
 * the {@code headroom_retrieve} tool as a {@code ToolCallback} bean, a startup check of the chat
 * memory arrangement, Micrometer metrics and the {@code headroom} Actuator endpoint.
 *
 * <p>No ordering against Spring AI's auto-configurations is needed: the tool-calling
 * auto-configuration collects every {@code ToolCallback} bean into its resolver (that is what
 * makes the retrieve tool executable by the tool loop), and {@code ChatClientBuilderCustomizer}
 * beans are read lazily when a builder is created. Every bean backs off when the application
 * defines its own.
 */
@AutoConfiguration
@ConditionalOnClass({ChatClient.class, Headroom.class})
@ConditionalOnProperty(prefix = HeadroomProperties.CONFIG_PREFIX, name = "enabled", havingValue = "true",
        matchIfMissing = true)
@EnableConfigurationProperties(HeadroomProperties.class)
public class HeadroomAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Headroom headroom(HeadroomProperties properties, OriginalStore store, ObjectProvider<HeadroomListener> listeners) {
        Headroom.Builder b = Headroom.builder()
                .tokenizer(Tokenizer.fromId(properties.getTokenizer()))
                .minTokens(properties.getMinTokens())
                .relevance(properties.getRelevance())
                .store(store);
        // left at its default, the budget grows by a relevance scorer's own (the builder adds it)
        boolean defaultBudget = HeadroomConfig.DEFAULT_TIME_BUDGET.equals(properties.getTimeBudget());
        if (!defaultBudget || RelevanceScorers.LEXICAL.equalsIgnoreCase(properties.getRelevance().strip())) {
            b.timeBudget(properties.getTimeBudget());
        }
        if (properties.getMaxInputChars() != null) {
            b.maxInputChars(properties.getMaxInputChars());
        }
        if (properties.getMaxConcurrentCompressions() != null) {
            b.maxConcurrentCompressions(properties.getMaxConcurrentCompressions());
        }
        listeners.orderedStream().forEach(b::listener);
        return b.build();
    }

    /** Lets {@code headroom.store} (and so the {@code HEADROOM_STORE} variable) be a location string. */
    @Bean
    @ConfigurationPropertiesBinding
    static StoreLocationConverter headroomStoreLocationConverter() {
        return new StoreLocationConverter();
    }

    @Bean
    @ConditionalOnMissingBean
    ToolResultCompressor headroomToolResultCompressor(Headroom headroom) {
        return ToolResultCompressor.of(headroom);
    }

    /** A bean, so the auto-configured tool-calling manager can resolve and execute it. */
    @Bean
    @ConditionalOnMissingBean
    RetrieveToolCallback headroomRetrieveToolCallback(Headroom headroom, HeadroomProperties properties) {
        return RetrieveToolCallback.of(headroom, properties.getScope());
    }

    /**
     * The conversation policy behind the advisor: every compression, retrieve, replay and context-budget
     * decision. Cuts are priced with a {@link CachePricing} bean if there is one, else with
     * {@code headroom.context.cache-pricing}.
     */
    @Bean
    @ConditionalOnMissingBean
    ConversationPolicy headroomConversationPolicy(ToolResultCompressor compressor, HeadroomProperties properties,
            ObjectProvider<CachePricing> pricing) {
        HeadroomProperties.Retrieve retrieve = properties.getRetrieve();
        HeadroomProperties.Context context = properties.getContext();
        return ConversationPolicy.builder(compressor)
                .scope(properties.getScope())
                .maxRetrieveRounds(retrieve.getMaxRounds())
                .retrieveToolOffer(retrieve.getOffer())
                .replayCapacity(retrieve.getReplayCapacity())
                .contextBudget(context.getBudget())
                .keepRecentToolResults(context.getKeepRecent())
                .cachePricing(pricing.getIfUnique(context.getCachePricing()::pricing))
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    HeadroomAdvisor headroomAdvisor(ConversationPolicy policy, RetrieveToolCallback retrieve, HeadroomProperties properties) {
        return HeadroomAdvisor.builder(policy)
                .order(properties.getAdvisorOrder())
                .retrieveToolCallback(retrieve)
                .build();
    }

    /** Checks, once every bean exists, that no ChatClient bean keeps its chat memory outside the tool loop. */
    @Bean
    static ChatMemoryArrangementCheck headroomChatMemoryArrangementCheck(ObjectProvider<HeadroomProperties> properties) {
        return new ChatMemoryArrangementCheck(properties);
    }

    @Bean
    @ConditionalOnMissingBean(name = "headroomChatClientBuilderCustomizer")
    ChatClientBuilderCustomizer headroomChatClientBuilderCustomizer(HeadroomAdvisor advisor) {
        return builder -> builder.defaultAdvisors(advisor);
    }

    /** Converts a store location string into store settings. */
    static final class StoreLocationConverter implements Converter<String, HeadroomProperties.Store> {
        @Override
        public HeadroomProperties.Store convert(String source) {
            return HeadroomProperties.Store.fromLocation(source);
        }
    }

    /**
     * The store chosen by {@code headroom.store.type} (memory by default). One method rather than
     * one property-gated configuration per backend, because {@code headroom.store} may also be
     * bound from a location string, which property conditions cannot see.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    OriginalStore headroomOriginalStore(HeadroomProperties properties, ApplicationContext context) {
        HeadroomProperties.Store store = properties.getStore();
        HeadroomProperties.StoreType type = store.getType() == null ? HeadroomProperties.StoreType.MEMORY : store.getType();
        switch (type) {
            case SQLITE:
                if (!ClassUtils.isPresent("org.sqlite.JDBC", context.getClassLoader())) {
                    throw new IllegalStateException("headroom.store.type=sqlite needs the SQLite driver: "
                            + "add the dependency org.xerial:sqlite-jdbc, or set headroom.store.type=memory");
                }
                HeadroomProperties.Sqlite sqlite = store.getSqlite();
                return SqliteStore.builder(Paths.get(sqlite.getPath()))
                        .ttl(sqlite.getTtl())
                        .maxChars(sqlite.getMaxChars())
                        .build();
            case REDIS:
                if (!ClassUtils.isPresent("redis.clients.jedis.JedisPooled", context.getClassLoader())) {
                    throw new IllegalStateException("headroom.store.type=redis needs the Redis client: "
                            + "add the dependency redis.clients:jedis, or set headroom.store.type=memory");
                }
                return RedisStores.open(store.getRedis());
            default:
                return InMemoryStore.builder().maxChars(store.getMemory().getMaxChars()).ttl(store.getMemory().getTtl()).build();
        }
    }

    /** Counters in Micrometer when it is on the classpath. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class MetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        HeadroomMetrics headroomMetrics(Headroom headroom, ObjectProvider<ToolResultCompressor> compressor,
                ObjectProvider<ConversationPolicy> policy) {
            return new HeadroomMetrics(headroom, compressor.getIfUnique(), policy.getIfUnique());
        }
    }

    /** {@code /actuator/headroom} when Actuator is on the classpath and the endpoint is exposed. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.boot.actuate.endpoint.annotation.Endpoint",
            "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint"})
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnAvailableEndpoint(HeadroomEndpoint.class)
        HeadroomEndpoint headroomEndpoint(Headroom headroom, ObjectProvider<ToolResultCompressor> compressor,
                ObjectProvider<ConversationPolicy> policy) {
            return new HeadroomEndpoint(headroom, compressor.getIfUnique(), policy.getIfUnique());
        }
    }
}

package dev.headroom.spring.ai.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.RetrieveToolOffer;
import dev.headroom.conversation.ToolResultCompressor;
import dev.headroom.conversation.cost.CachePricing;
import dev.headroom.spring.ai.HeadroomAdvisor;
import dev.headroom.spring.ai.HeadroomAdvisorTest;
import dev.headroom.spring.ai.RetrieveToolCallback;
import dev.headroom.spring.ai.ScriptedChatModel;
import dev.headroom.spring.ai.TestHeadroom;
import dev.headroom.store.InMemoryStore;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.RedisStore;
import dev.headroom.store.SqliteStore;
import dev.headroom.store.StoreLocations;
import dev.headroom.store.StoreLookup;
import dev.headroom.tokens.Tokenizer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ChatClientBuilderCustomizer;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.function.FunctionToolCallback;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

class HeadroomAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class));

    @Test
    void should_create_every_bean_with_defaults() {
        runner.run(ctx -> {
            assertThat(ctx).hasSingleBean(Headroom.class).hasSingleBean(ToolResultCompressor.class)
                    .hasSingleBean(RetrieveToolCallback.class).hasSingleBean(HeadroomAdvisor.class)
                    .hasSingleBean(ChatClientBuilderCustomizer.class).hasSingleBean(HeadroomMetrics.class);
            assertThat(ctx.getBean(OriginalStore.class)).isInstanceOf(InMemoryStore.class);
            Headroom h = ctx.getBean(Headroom.class);
            assertThat(h.config().minTokens()).isEqualTo(200);
            assertThat(h.tokenCounter().tokenizer()).isEqualTo(Tokenizer.O200K_BASE);
            HeadroomAdvisor advisor = ctx.getBean(HeadroomAdvisor.class);
            assertThat(advisor.getOrder()).isEqualTo(HeadroomAdvisor.DEFAULT_ORDER);
            assertThat(advisor.scope()).isNull();
            assertThat(advisor.maxRetrieveRounds()).isEqualTo(HeadroomAdvisor.DEFAULT_MAX_RETRIEVE_ROUNDS);
            assertThat(advisor.retrieveToolCallback()).isSameAs(ctx.getBean(RetrieveToolCallback.class));
        });
    }

    @Test
    void should_create_nothing_when_disabled() {
        runner.withPropertyValues("headroom.enabled=false").run(ctx -> assertThat(ctx)
                .doesNotHaveBean(Headroom.class).doesNotHaveBean(HeadroomAdvisor.class)
                .doesNotHaveBean(ToolCallback.class).doesNotHaveBean(ChatClientBuilderCustomizer.class));
    }

    @Test
    void should_apply_min_tokens_property() {
        runner.withPropertyValues("headroom.min-tokens=500")
                .run(ctx -> assertThat(ctx.getBean(Headroom.class).config().minTokens()).isEqualTo(500));
    }

    @Test
    void should_apply_tokenizer_property() {
        runner.withPropertyValues("headroom.tokenizer=cl100k_base").run(ctx ->
                assertThat(ctx.getBean(Headroom.class).tokenCounter().tokenizer()).isEqualTo(Tokenizer.CL100K_BASE));
    }

    @Test
    void should_fail_with_the_accepted_values_when_tokenizer_is_unknown() {
        runner.withPropertyValues("headroom.tokenizer=gpt2").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("o200k_base, cl100k_base"));
    }

    @Test
    void should_apply_the_time_budget_and_concurrency_properties() {
        runner.withPropertyValues("headroom.time-budget=250ms", "headroom.max-concurrent-compressions=3").run(ctx -> {
            HeadroomConfig config = ctx.getBean(Headroom.class).config();
            assertThat(config.timeBudget()).isEqualTo(Duration.ofMillis(250));
            assertThat(config.maxConcurrentCompressions()).isEqualTo(3);
        });
        runner.run(ctx -> {
            HeadroomConfig config = ctx.getBean(Headroom.class).config();
            assertThat(config.timeBudget()).isEqualTo(HeadroomConfig.DEFAULT_TIME_BUDGET);
            assertThat(config.maxInputChars()).isEqualTo(HeadroomConfig.heapDerivedMaxInputChars(config.maxConcurrentCompressions()));
        });
    }

    @Test
    void should_use_lexical_relevance_by_default_and_fail_startup_for_a_scorer_not_on_the_classpath() {
        runner.run(ctx -> assertThat(ctx.getBean(Headroom.class).config().relevance()).isEmpty());
        runner.withPropertyValues("headroom.relevance=magic").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("no relevance scorer 'magic'")
                .hasMessageContaining("lexical, onnx"));
    }

    @Test
    void should_install_the_onnx_scorer_and_grow_the_default_time_budget_by_its_own() {
        runner.withPropertyValues("headroom.relevance=onnx").run(ctx -> {
            HeadroomConfig config = ctx.getBean(Headroom.class).config();
            assertThat(config.relevance()).get().extracting(r -> r.name()).isEqualTo("onnx:all-minilm-l6-v2-q");
            assertThat(config.timeBudget()).isEqualTo(HeadroomConfig.DEFAULT_TIME_BUDGET.plus(config.relevance().get().budget()));
        });
        runner.withPropertyValues("headroom.relevance=onnx", "headroom.time-budget=2s").run(ctx ->
                assertThat(ctx.getBean(Headroom.class).config().timeBudget()).isEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void should_apply_max_input_chars_property() {
        runner.withPropertyValues("headroom.max-input-chars=1000")
                .run(ctx -> assertThat(ctx.getBean(Headroom.class).config().maxInputChars()).isEqualTo(1000));
    }

    @Test
    void should_apply_scope_property() {
        runner.withPropertyValues("headroom.scope=tenant-a").run(ctx -> {
            assertThat(ctx.getBean(HeadroomAdvisor.class).scope()).isEqualTo("tenant-a");
            assertThat(ctx.getBean(RetrieveToolCallback.class).defaultScope()).isEqualTo("tenant-a");
        });
    }

    @Test
    void should_apply_advisor_order_property() {
        runner.withPropertyValues("headroom.advisor-order=1000")
                .run(ctx -> assertThat(ctx.getBean(HeadroomAdvisor.class).getOrder()).isEqualTo(1000));
    }

    @Test
    void should_apply_retrieve_offer_and_replay_capacity_properties() {
        runner.withPropertyValues("headroom.retrieve.offer=from-first-request", "headroom.retrieve.replay-capacity=7")
                .run(ctx -> {
                    ConversationPolicy policy = ctx.getBean(ConversationPolicy.class);
                    assertThat(policy.retrieveToolOffer()).isEqualTo(RetrieveToolOffer.FROM_FIRST_REQUEST);
                    assertThat(policy.replayCapacity()).isEqualTo(7);
                    assertThat(ctx.getBean(HeadroomAdvisor.class).policy()).isSameAs(policy);
                });
    }

    @Test
    void should_apply_the_context_budget_properties() {
        runner.withPropertyValues("headroom.context.budget=80000", "headroom.context.keep-recent=5",
                "headroom.context.cache-pricing=openai-automatic").run(ctx -> {
                    ConversationPolicy policy = ctx.getBean(ConversationPolicy.class);
                    assertThat(policy.contextBudget()).isEqualTo(80_000);
                    assertThat(policy.keepRecentToolResults()).isEqualTo(5);
                    assertThat(policy.cachePricing()).isEqualTo(CachePricing.OPENAI_AUTOMATIC);
                });
    }

    @Test
    void should_leave_the_context_budget_off_by_default_and_price_cuts_with_the_stricter_cache() {
        runner.run(ctx -> {
            ConversationPolicy policy = ctx.getBean(ConversationPolicy.class);
            assertThat(policy.contextBudget()).isZero();
            assertThat(policy.keepRecentToolResults()).isEqualTo(ConversationPolicy.DEFAULT_KEEP_RECENT_TOOL_RESULTS);
            assertThat(policy.cachePricing()).isEqualTo(CachePricing.ANTHROPIC_LAST_MESSAGE);
        });
    }

    @Test
    void should_price_cuts_with_the_applications_cache_pricing_bean() {
        CachePricing own = new CachePricing("own", 1.0, 0.25, 1.0, 2_048, 1, CachePricing.Mode.AUTOMATIC_PREFIX, 0);
        runner.withBean(CachePricing.class, () -> own).withPropertyValues("headroom.context.budget=50000")
                .run(ctx -> assertThat(ctx.getBean(ConversationPolicy.class).cachePricing()).isSameAs(own));
    }

    @Test
    void should_fail_at_startup_on_an_invalid_context_budget() {
        runner.withPropertyValues("headroom.context.keep-recent=0").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("keepRecentToolResults"));
    }

    @Test
    void should_offer_retrieve_after_the_first_marker_by_default() {
        runner.run(ctx -> assertThat(ctx.getBean(ConversationPolicy.class).retrieveToolOffer())
                .isEqualTo(RetrieveToolOffer.AFTER_FIRST_MARKER));
    }

    @Test
    void should_refuse_to_start_when_a_chat_client_bean_keeps_memory_outside_the_tool_loop() {
        memoryRunner(MessageChatMemoryAdvisor.builder(MessageWindowChatMemory.builder().build()).build()).run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(ctx.getStartupFailure())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'supportClient'").hasMessageContaining("outside the tool loop")
                    .hasMessageContaining("ToolCallingAdvisor.DEFAULT_ORDER + 100");
        });
    }

    @Test
    void should_start_when_chat_memory_sits_inside_the_tool_loop() {
        memoryRunner(MessageChatMemoryAdvisor.builder(MessageWindowChatMemory.builder().build())
                .order(ToolCallingAdvisor.DEFAULT_ORDER + 100).build())
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasBean("supportClient");
                    assertThat(ctx.getBean(ChatMemoryArrangementCheck.class).problems()).isEmpty();
                });
    }

    @Test
    void should_only_warn_about_memory_outside_the_tool_loop_when_so_configured() {
        memoryRunner(MessageChatMemoryAdvisor.builder(MessageWindowChatMemory.builder().build()).build())
                .withPropertyValues("headroom.chat-memory-check=warn")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(ChatMemoryArrangementCheck.class).problems())
                            .singleElement().asString().contains("'supportClient'", "outside the tool loop");
                });
    }

    /** The Spring AI auto-configurations plus a ChatClient bean built with {@code memory}. */
    private static ApplicationContextRunner memoryRunner(MessageChatMemoryAdvisor memory) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ToolCallingAutoConfiguration.class,
                        ChatClientAutoConfiguration.class, HeadroomAutoConfiguration.class))
                .withBean(ChatModel.class, () -> HeadroomAdvisorTest.agent(0))
                .withBean(MessageChatMemoryAdvisor.class, () -> memory)
                .withUserConfiguration(SupportClientConfiguration.class);
    }

    /** An application's ChatClient bean, built from the auto-configured builder with a memory advisor. */
    @Configuration(proxyBeanMethods = false)
    static class SupportClientConfiguration {
        @Bean
        ChatClient supportClient(ChatClient.Builder builder, MessageChatMemoryAdvisor memory) {
            return builder.defaultAdvisors(memory).build();
        }
    }

    @Test
    void should_apply_retrieve_max_rounds_property() {
        runner.withPropertyValues("headroom.retrieve.max-rounds=7")
                .run(ctx -> assertThat(ctx.getBean(HeadroomAdvisor.class).maxRetrieveRounds()).isEqualTo(7));
    }

    @Test
    void should_apply_memory_store_properties() {
        runner.withPropertyValues("headroom.store.type=memory", "headroom.store.memory.max-chars=1000",
                "headroom.store.memory.ttl=100ms").run(ctx -> {
            InMemoryStore store = ctx.getBean(InMemoryStore.class);
            assertThat(store.maxChars()).isEqualTo(1000);
            // the ttl, by behaviour: an entry is gone once it has passed
            store.put("k", "original");
            assertThat(store.get("k").isFound()).isTrue();
            Thread.sleep(300);
            assertThat(store.get("k").isFound()).isFalse();
        });
    }

    @Test
    void should_keep_memory_entries_for_the_default_ttl() {
        runner.run(ctx -> {
            InMemoryStore store = ctx.getBean(InMemoryStore.class);
            store.put("k", "original");
            Thread.sleep(300);
            assertThat(store.get("k").isFound()).isTrue();
        });
    }

    @Test
    void should_open_sqlite_store_with_its_properties_when_type_is_sqlite(@TempDir Path dir) {
        Path db = dir.resolve("originals.db");
        runner.withPropertyValues("headroom.store.type=sqlite", "headroom.store.sqlite.path=" + db,
                "headroom.store.sqlite.ttl=100ms", "headroom.store.sqlite.max-chars=100").run(ctx -> {
            OriginalStore store = ctx.getBean(OriginalStore.class);
            assertThat(store).isInstanceOf(SqliteStore.class);
            assertThat(store.name()).isEqualTo("sqlite:" + db);
            // max-chars, by behaviour: the oldest entry goes once the total passes it
            store.put("a", "x".repeat(60));
            store.put("b", "y".repeat(60));
            assertThat(((SqliteStore) store).totalChars()).isEqualTo(60);
            assertThat(store.get("a").isFound()).isFalse();
            // ttl, by behaviour: the entry expires
            assertThat(store.get("b").isFound()).isTrue();
            Thread.sleep(300);
            assertThat(store.get("b").status()).isEqualTo(StoreLookup.Status.EXPIRED);
        });
    }

    @Test
    void should_take_a_store_location_string_like_the_cli_variable(@TempDir Path dir) {
        Path db = dir.resolve("cli.db");
        runner.withPropertyValues("headroom.store=sqlite:" + db)
                .run(ctx -> assertThat(ctx.getBean(OriginalStore.class).name()).isEqualTo("sqlite:" + db));
    }

    @Test
    void should_fail_with_the_accepted_forms_when_the_store_location_is_malformed() {
        runner.withPropertyValues("headroom.store=http://cache.example:6379").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("unsupported scheme 'http'")
                .hasMessageContaining(StoreLocations.ACCEPTED_FORMS));
    }

    @Test
    void should_fail_clearly_when_sqlite_driver_is_missing() {
        runner.withClassLoader(new FilteredClassLoader("org.sqlite"))
                .withPropertyValues("headroom.store.type=sqlite").run(ctx -> assertThat(ctx).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("org.xerial:sqlite-jdbc"));
    }

    @Test
    void should_open_redis_store_when_type_is_redis() {
        // the store connects lazily: no Redis server is needed to check its settings
        runner.withPropertyValues("headroom.store.type=redis", "headroom.store.redis.url=redis://127.0.0.1:6379/7")
                .run(ctx -> {
                    RedisStore store = ctx.getBean(RedisStore.class);
                    assertThat(store.name()).isEqualTo("redis://127.0.0.1:6379/7");
                    assertThat(store.ttl()).isEqualTo(RedisStore.DEFAULT_TTL);
                    assertThat(store.prefix()).isEqualTo(RedisStore.DEFAULT_PREFIX);
                    assertThat(store.maxChars()).isEqualTo(RedisStore.DEFAULT_MAX_CHARS);
                    assertThat(store.connectTimeout()).isEqualTo(RedisStore.DEFAULT_CONNECT_TIMEOUT);
                    assertThat(store.socketTimeout()).isEqualTo(RedisStore.DEFAULT_SOCKET_TIMEOUT);
                });
    }

    @Test
    void should_apply_redis_store_properties() {
        runner.withPropertyValues("headroom.store.type=redis", "headroom.store.redis.url=redis://127.0.0.1:6379",
                "headroom.store.redis.ttl=2h", "headroom.store.redis.prefix=app1:",
                "headroom.store.redis.max-chars=1000000", "headroom.store.redis.connect-timeout=250ms",
                "headroom.store.redis.socket-timeout=3s").run(ctx -> {
                    RedisStore store = ctx.getBean(RedisStore.class);
                    assertThat(store.ttl()).isEqualTo(Duration.ofHours(2));
                    assertThat(store.prefix()).isEqualTo("app1:");
                    assertThat(store.maxChars()).isEqualTo(1_000_000);
                    assertThat(store.connectTimeout()).isEqualTo(Duration.ofMillis(250));
                    assertThat(store.socketTimeout()).isEqualTo(Duration.ofSeconds(3));
                });
    }

    @Test
    void should_fail_clearly_when_redis_client_is_missing() {
        runner.withClassLoader(new FilteredClassLoader("redis.clients"))
                .withPropertyValues("headroom.store.type=redis").run(ctx -> assertThat(ctx).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("redis.clients:jedis"));
    }

    @Test
    void should_start_without_the_redis_client_when_another_store_is_used() {
        runner.withClassLoader(new FilteredClassLoader("redis.clients"))
                .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(InMemoryStore.class));
    }

    @Test
    void should_back_off_when_user_defines_headroom_store_and_advisor() {
        Headroom mine = TestHeadroom.headroom();
        InMemoryStore myStore = InMemoryStore.create();
        HeadroomAdvisor myAdvisor = HeadroomAdvisor.builder(mine).order(12345).build();
        runner.withBean(Headroom.class, () -> mine).withBean(OriginalStore.class, () -> myStore)
                .withBean(HeadroomAdvisor.class, () -> myAdvisor).run(ctx -> {
                    assertThat(ctx.getBean(Headroom.class)).isSameAs(mine);
                    assertThat(ctx.getBean(OriginalStore.class)).isSameAs(myStore);
                    assertThat(ctx.getBean(HeadroomAdvisor.class)).isSameAs(myAdvisor);
                    assertThat(ctx.getBean(ToolResultCompressor.class).headroom()).isSameAs(mine);
                });
    }

    @Test
    void should_back_off_when_user_defines_retrieve_callback_and_compressor() {
        Headroom mine = TestHeadroom.headroom();
        RetrieveToolCallback myRetrieve = RetrieveToolCallback.of(mine, "x");
        ToolResultCompressor myCompressor = ToolResultCompressor.of(mine);
        runner.withBean(RetrieveToolCallback.class, () -> myRetrieve)
                .withBean(ToolResultCompressor.class, () -> myCompressor).run(ctx -> {
                    assertThat(ctx.getBean(RetrieveToolCallback.class)).isSameAs(myRetrieve);
                    assertThat(ctx.getBean(ToolResultCompressor.class)).isSameAs(myCompressor);
                    assertThat(ctx.getBean(HeadroomAdvisor.class).retrieveToolCallback()).isSameAs(myRetrieve);
                });
    }

    @Test
    void should_publish_counters_when_micrometer_is_present() {
        runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(ctx -> {
                    Headroom h = ctx.getBean(Headroom.class);
                    h.compress(TestHeadroom.log(200));
                    MeterRegistry registry = ctx.getBean(MeterRegistry.class);
                    assertThat(registry.get(HeadroomMetrics.TOKENS_BEFORE).functionCounter().count())
                            .isEqualTo(h.stats().tokensBefore()).isPositive();
                    assertThat(registry.get(HeadroomMetrics.TOKENS_AFTER).functionCounter().count())
                            .isEqualTo(h.stats().tokensAfter());
                    assertThat(registry.find(HeadroomMetrics.COMPRESSIONS).functionCounter()).isNotNull();
                    assertThat(registry.find(HeadroomMetrics.RETRIEVALS).functionCounter()).isNotNull();
                    assertThat(registry.find(HeadroomMetrics.FAILURES).functionCounter()).isNotNull();
                    assertThat(registry.find(HeadroomMetrics.TIMEOUTS).functionCounter()).isNotNull();
                });
    }

    @Test
    void should_count_each_distinct_tool_result_once_and_resends_apart() {
        // given: the model calls a large and a small tool, then another small one, then answers,
        // so the first two results are sent twice (once resent with the history)
        ToolCallback ping = FunctionToolCallback.builder("ping", (HeadroomAdvisorTest.LogQuery q) -> "pong")
                .inputType(HeadroomAdvisorTest.LogQuery.class).build();
        ToolCallback clock = FunctionToolCallback.builder("clock", (HeadroomAdvisorTest.LogQuery q) -> "10:00")
                .inputType(HeadroomAdvisorTest.LogQuery.class).build();
        ScriptedChatModel model = ScriptedChatModel.thatResponds(p -> switch (p.getInstructions().size()) {
            case 1 -> new ChatResponse(List.of(new Generation(AssistantMessage.builder().content("").toolCalls(List.of(
                    new AssistantMessage.ToolCall("c1", "function", "search_logs", "{}"),
                    new AssistantMessage.ToolCall("c2", "function", "ping", "{}"))).build())));
            case 3 -> ScriptedChatModel.toolCall("c3", "clock", "{}");
            default -> ScriptedChatModel.text("done");
        });
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ToolCallingAutoConfiguration.class,
                        ChatClientAutoConfiguration.class, MetricsAutoConfiguration.class, HeadroomAutoConfiguration.class))
                .withBean(ChatModel.class, () -> model)
                .withBean(Headroom.class, TestHeadroom::headroom)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("management.endpoints.web.exposure.include=headroom",
                        "spring.main.cloud-platform=cloud_foundry")
                .run(ctx -> {
                    // when
                    ctx.getBean(ChatClient.Builder.class).build().prompt("Why did checkout fail?")
                            .tools(HeadroomAdvisorTest.SEARCH_LOGS, ping, clock).call().content();

                    // then: three distinct results, each counted once; two resends counted apart
                    assertThat(model.prompts).hasSize(3);
                    Headroom h = ctx.getBean(Headroom.class);
                    int log = h.tokenCounter().count(HeadroomAdvisorTest.LOG);
                    int small = h.tokenCounter().count("pong") + h.tokenCounter().count("10:00");
                    String sent = new ObjectMapper().readValue(
                            ((ToolResponseMessage) model.prompts.get(1).getInstructions().get(2)).getResponses().get(0)
                                    .responseData(), String.class);
                    MeterRegistry registry = ctx.getBean(MeterRegistry.class);
                    assertThat(count(registry, HeadroomMetrics.CALLS)).isEqualTo(3);
                    assertThat(count(registry, HeadroomMetrics.COMPRESSIONS)).isEqualTo(1);
                    assertThat(count(registry, HeadroomMetrics.TOKENS_BEFORE)).isEqualTo(log + small);
                    assertThat(count(registry, HeadroomMetrics.TOKENS_AFTER))
                            .isEqualTo(h.tokenCounter().count(sent) + small);
                    assertThat(count(registry, HeadroomMetrics.TOOL_RESULTS_RESENT)).isEqualTo(2);
                    assertThat(ctx.getBean(HeadroomEndpoint.class).stats())
                            .containsEntry("calls", 3L).containsEntry("toolResultsResent", 2L);
                });
    }

    private static double count(MeterRegistry registry, String name) {
        return registry.get(name).functionCounter().count();
    }

    @Test
    void should_skip_metrics_when_micrometer_is_absent() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(ctx -> assertThat(ctx).hasSingleBean(Headroom.class).doesNotHaveBean(HeadroomMetrics.class));
    }

    @Test
    void should_expose_endpoint_when_actuator_is_present_and_endpoint_exposed() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=headroom",
                "spring.main.cloud-platform=cloud_foundry").run(ctx -> {
            assertThat(ctx).hasSingleBean(HeadroomEndpoint.class);
            assertThat(ctx.getBean(HeadroomEndpoint.class).stats()).containsKeys("tokensBefore", "tokensAfter", "retrievals");
        });
    }

    @Test
    void should_skip_endpoint_when_actuator_is_absent() {
        runner.withClassLoader(new FilteredClassLoader(Endpoint.class))
                .run(ctx -> assertThat(ctx).hasSingleBean(Headroom.class).doesNotHaveBean(HeadroomEndpoint.class));
    }

    @Test
    void should_compress_and_retrieve_through_the_auto_configured_chat_client() {
        // given: the Spring AI auto-configurations, a scripted model and the test engine
        ScriptedChatModel model = HeadroomAdvisorTest.agent(1);
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ToolCallingAutoConfiguration.class,
                        ChatClientAutoConfiguration.class, HeadroomAutoConfiguration.class))
                .withBean(ChatModel.class, () -> model)
                .withBean(Headroom.class, TestHeadroom::headroom)
                .run(ctx -> {
                    // when: the application only registers its own tool
                    ChatClient client = ctx.getBean(ChatClient.Builder.class).build();
                    String answer = client.prompt("Why did checkout fail?").tools(HeadroomAdvisorTest.SEARCH_LOGS)
                            .call().content();

                    // then: compressed, offered, retrieved via the resolver, answered
                    assertThat(answer).contains("declined");
                    assertThat(model.prompts).hasSize(3);
                    assertThat(Marker.containsMarker(HeadroomAdvisorTest.lastToolResponse(model.prompts.get(1))
                            .responseData())).isTrue();
                    assertThat(ScriptedChatModel.toolNames(model.prompts.get(0))).containsExactly("search_logs");
                    assertThat(ScriptedChatModel.toolNames(model.prompts.get(1)))
                            .containsExactly("search_logs", RetrieveTool.NAME);
                    assertThat(HeadroomAdvisorTest.lastToolResponse(model.prompts.get(2)).responseData())
                            .isEqualTo(HeadroomAdvisorTest.LOG);
                    assertThat(ctx.getBean(Headroom.class).stats().retrievals()).isEqualTo(1);
                });
    }
}

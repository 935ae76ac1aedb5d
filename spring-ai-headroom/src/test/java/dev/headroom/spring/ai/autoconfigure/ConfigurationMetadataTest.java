package dev.headroom.spring.ai.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.spring.ai.HeadroomAdvisor;
import dev.headroom.tokens.Tokenizer;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.convert.ApplicationConversionService;

/**
 * Reads the configuration metadata the build generated (the annotation processor's output merged
 * with {@code additional-spring-configuration-metadata.json}) from this module's classes, as an IDE
 * would from the jar.
 */
class ConfigurationMetadataTest {

    private static final Map<String, JsonNode> PROPERTIES = new LinkedHashMap<>();
    private static final Map<String, JsonNode> HINTS = new LinkedHashMap<>();

    @BeforeAll
    static void readMetadata() throws Exception {
        URI classes = HeadroomProperties.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        URL metadata = classes.resolve("META-INF/spring-configuration-metadata.json").toURL();
        try (InputStream in = metadata.openStream()) {
            JsonNode root = new ObjectMapper().readTree(in);
            root.path("properties").forEach(p -> PROPERTIES.put(p.path("name").asText(), p));
            root.path("hints").forEach(h -> HINTS.put(h.path("name").asText(), h));
        }
    }

    @Test
    void should_declare_defaults_the_processor_cannot_infer() {
        assertThat(PROPERTIES.get("headroom.min-tokens").path("defaultValue").asInt()).isEqualTo(200);
        assertThat(PROPERTIES.get("headroom.tokenizer").path("defaultValue").asText()).isEqualTo("o200k_base");
        assertThat(PROPERTIES.get("headroom.retrieve.max-rounds").path("defaultValue").asInt())
                .isEqualTo(HeadroomAdvisor.DEFAULT_MAX_RETRIEVE_ROUNDS);
        assertThat(PROPERTIES.get("headroom.advisor-order").path("defaultValue").asInt())
                .isEqualTo(HeadroomAdvisor.DEFAULT_ORDER);
        assertThat(PROPERTIES.get("headroom.store.memory.ttl").path("defaultValue").asText()).isEqualTo("60m");
        assertThat(PROPERTIES.get("headroom.store.redis.max-chars").path("defaultValue").asLong()).isEqualTo(256L << 20);
        assertThat(PROPERTIES.get("headroom.time-budget").path("defaultValue").asText()).isEqualTo("100ms");
        assertThat(PROPERTIES.get("headroom.relevance").path("defaultValue").asText()).isEqualTo("lexical");
    }

    @Test
    void should_keep_the_descriptions_written_in_the_properties_class() {
        assertThat(PROPERTIES.get("headroom.min-tokens").path("description").asText()).contains("fewer tokens");
        assertThat(PROPERTIES.get("headroom.store.redis.ttl").path("description").asText()).isNotBlank();
    }

    @Test
    void should_state_every_default_as_binding_applies_it() {
        // given: the settings as bound from no properties at all
        BeanWrapperImpl defaults = new BeanWrapperImpl(new HeadroomProperties());
        defaults.setConversionService(ApplicationConversionService.getSharedInstance());
        List<String> withoutDefault = new ArrayList<>();

        for (JsonNode p : PROPERTIES.values()) {
            String name = p.path("name").asText();
            if (!name.startsWith("headroom.")) {
                continue;
            }
            Object actual = defaults.getPropertyValue(beanPath(name));
            if (!p.has("defaultValue")) {
                withoutDefault.add(name);
                continue;
            }
            // then: the declared default, converted as binding would, is the field's initial value
            Object declared = ApplicationConversionService.getSharedInstance()
                    .convert(p.path("defaultValue").asText(), defaults.getPropertyType(beanPath(name)));
            assertThat(declared).as(name).isEqualTo(actual);
        }
        assertThat(withoutDefault).as("properties without a default (derived at startup, or none)")
                .containsExactlyInAnyOrder("headroom.scope", "headroom.max-input-chars", "headroom.max-concurrent-compressions");
    }

    @Test
    void should_hint_the_tokenizers_store_types_and_cache_pricings() {
        assertThat(hintValues("headroom.tokenizer"))
                .containsExactlyElementsOf(Arrays.stream(Tokenizer.values()).map(Tokenizer::id).toList());
        assertThat(hintValues("headroom.store.type")).containsExactly("memory", "sqlite", "redis");
        assertThat(hintValues("headroom.context.cache-pricing")).containsExactly("anthropic-last-message", "openai-automatic");
    }

    private static List<String> hintValues(String property) {
        List<String> out = new ArrayList<>();
        HINTS.get(property).path("values").forEach(v -> out.add(v.path("value").asText()));
        return out;
    }

    /** {@code headroom.store.redis.connect-timeout} -> {@code store.redis.connectTimeout}. */
    private static String beanPath(String property) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : property.substring("headroom.".length()).toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}

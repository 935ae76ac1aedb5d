package dev.headroom.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.Headroom;
import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.relevance.RelevanceScorers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code onnx} id is found through the service loader, and its settings come from the environment. */
class OnnxRelevanceScorerProviderTest {

    @Test
    void should_be_found_by_id_without_loading_the_model() {
        RelevanceScorer scorer = RelevanceScorers.forId("onnx").orElseThrow();

        assertThat(scorer).isInstanceOf(OnnxRelevanceScorer.class);
        assertThat(scorer.name()).isEqualTo("onnx:all-minilm-l6-v2-q");
        assertThat(((OnnxRelevanceScorer) scorer).loaded()).isFalse();
    }

    @Test
    void should_build_a_headroom_instance_with_the_onnx_scorer() {
        Headroom headroom = Headroom.builder().relevance("onnx").build();

        assertThat(headroom.config().relevance()).get().extracting(RelevanceScorer::name).isEqualTo("onnx:all-minilm-l6-v2-q");
    }

    @Test
    void should_use_a_model_on_disk_when_both_paths_are_set() {
        Map<String, String> env = Map.of("HEADROOM_ONNX_MODEL", "/models/bge-small.onnx", "HEADROOM_ONNX_TOKENIZER", "/models/tokenizer.json");

        OnnxRelevanceScorer scorer = OnnxRelevanceScorerProvider.create(k -> null, env::get);

        assertThat(scorer.name()).isEqualTo("onnx:bge-small");
        assertThat(scorer.loaded()).isFalse();
        assertThat(scorer.budget()).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void should_prefer_system_properties_over_the_environment() {
        Map<String, String> props = Map.of("headroom.onnx.model", "/a/from-property.onnx", "headroom.onnx.tokenizer", "/a/t.json");
        Map<String, String> env = Map.of("HEADROOM_ONNX_MODEL", "/b/from-env.onnx", "HEADROOM_ONNX_TOKENIZER", "/b/t.json");

        assertThat(OnnxRelevanceScorerProvider.create(props::get, env::get).name()).isEqualTo("onnx:from-property");
    }

    @Test
    void should_refuse_a_model_without_a_tokenizer_and_the_reverse() {
        assertThatThrownBy(() -> OnnxRelevanceScorerProvider.create(Map.of("headroom.onnx.model", "/m.onnx")::get, k -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HEADROOM_ONNX_TOKENIZER")
                .hasMessageContaining("only the model /m.onnx");
        assertThatThrownBy(() -> OnnxRelevanceScorerProvider.create(k -> null, Map.of("HEADROOM_ONNX_TOKENIZER", "/t.json")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only the tokenizer /t.json");
    }

    @Test
    void should_read_the_scoring_budget_and_refuse_a_bad_one() {
        assertThat(OnnxRelevanceScorerProvider.create(k -> null, Map.of("HEADROOM_ONNX_BUDGET_MS", "2500")::get).budget())
                .isEqualTo(java.time.Duration.ofMillis(2500));
        assertThatThrownBy(() -> OnnxRelevanceScorerProvider.create(Map.of("headroom.onnx.budget-ms", "soon")::get, k -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive number of milliseconds");
    }

    @Test
    void should_refuse_half_a_custom_model_in_the_builder() {
        assertThatThrownBy(() -> OnnxRelevanceScorer.builder().modelPath(java.nio.file.Path.of("m.onnx")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tokenizerPath");
    }
}

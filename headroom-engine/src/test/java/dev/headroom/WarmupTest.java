package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.detect.ContentKind;
import dev.headroom.store.InMemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupTest {

    @Test
    void should_exercise_the_common_compressors_with_its_samples() {
        Headroom engine = Headroom.builder().minTokens(0).timeBudget(Duration.ZERO).build();
        List<ContentKind> kinds = new ArrayList<>();
        for (String sample : Warmup.samples()) {
            CompressionResult r = engine.compress(sample, CompressionHints.query("which request failed?"));
            assertThat(r.outcome()).as(r.strategy()).isEqualTo(Outcome.COMPRESSED);
            kinds.add(r.kind());
        }
        assertThat(kinds).containsExactly(ContentKind.JSON_ARRAY, ContentKind.LOG, ContentKind.SEARCH, ContentKind.DIFF);
    }

    @Test
    void should_leave_the_applications_store_statistics_and_listeners_untouched() {
        InMemoryStore store = InMemoryStore.create();
        List<CompressionResult> heard = new ArrayList<>();
        Headroom engine = Headroom.builder().store(store).listener(new HeadroomListener() {
            @Override
            public void onCompression(CompressionResult result, CompressionHints hints) {
                heard.add(result);
            }
        }).build();
        Warmup.onceInThisJvm(engine.config().tokenizer()); // a no-op after the first engine of the JVM, harmless either way

        assertThat(engine.stats()).isEqualTo(HeadroomStats.EMPTY);
        assertThat(heard).isEmpty();
        assertThat(store.weightedSize()).isZero();
    }
}

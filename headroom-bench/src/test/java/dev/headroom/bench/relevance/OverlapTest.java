package dev.headroom.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverlapTest {

    @Test
    void should_match_terms_parts_stems_and_plurals() {
        assertThat(Overlap.shared("Why did the payment fail?", "ERROR payment failed for order 7")).containsExactly("payment");
        assertThat(Overlap.shared("Which files were removed?", "Deleting file /tmp/x")).containsExactly("files");
        assertThat(Overlap.shared("Is retry_policy set?", "retry policy = 3")).containsExactly("retry_policy");
        assertThat(Overlap.shared("lost connection jobs", "the job connected")).containsExactly("connection", "jobs");
    }

    @Test
    void should_find_none_between_paraphrases() {
        assertThat(Overlap.shared("Did storage run out of room?", "ERROR disk quota exceeded on /var/data")).isEmpty();
        assertThat(Overlap.shared("What is the time?", "")).isEmpty();
    }
}

package dev.headroom.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RelevanceQuestionSetTest {

    private final QuestionSet set = QuestionSet.load();

    @Test
    void should_hold_enough_questions_of_every_unit_kind_with_held_out_inputs() {
        assertThat(set.questions()).hasSizeGreaterThanOrEqualTo(60);
        Set<UnitKind> kinds = set.questions().stream().map(Question::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitKind.class)));
        assertThat(kinds).containsExactlyInAnyOrder(UnitKind.values());
        assertThat(set.questions()).filteredOn(set::isHeldOut).hasSizeGreaterThanOrEqualTo(20);
        for (String held : set.heldOut()) {
            assertThat(set.questions()).as("questions on held-out input " + held)
                    .anyMatch(q -> q.file().equals(held) || q.inputKey().equals(held));
        }
    }

    @Test
    void should_find_every_answer_as_its_unit_and_enough_questions_sharing_no_word_with_it() {
        String dir = System.getenv("HEADROOM_CORPUS");
        assumeTrue(dir != null && !dir.isBlank(), "HEADROOM_CORPUS is not set; skipping the checks against the shared corpus");
        Path corpus = Path.of(dir);
        assertThat(corpus).isDirectory();

        int noOverlap = 0;
        int heldOutNoOverlap = 0;
        for (Question q : set.questions()) {
            assertThat(corpus.resolve(q.file())).as(q.id()).exists();
            QuestionInput in = QuestionInput.of(corpus, q);
            Optional<String> unit = AnswerUnits.unit(q.kind(), in.text(), q.answer());
            assertThat(unit).as(q.id() + ": '" + q.answer() + "' as a " + q.kind().id() + " of " + q.inputKey()).isPresent();
            assertThat(unit.get()).as(q.id()).contains(q.answer());
            if (Overlap.shared(q.question(), unit.get()).isEmpty()) {
                noOverlap++;
                heldOutNoOverlap += set.isHeldOut(q) ? 1 : 0;
            }
        }
        assertThat(noOverlap).as("questions sharing no content word with their answer unit").isGreaterThanOrEqualTo(30);
        assertThat(heldOutNoOverlap).as("held-out questions sharing no content word").isGreaterThanOrEqualTo(10);
    }

    @Test
    void should_read_held_out_files_that_exist_in_the_corpus() {
        String dir = System.getenv("HEADROOM_CORPUS");
        assumeTrue(dir != null && !dir.isBlank(), "HEADROOM_CORPUS is not set; skipping the checks against the shared corpus");
        for (String held : set.heldOut()) {
            String file = held.startsWith("grep ") ? held.substring(held.lastIndexOf(' ') + 1) : held;
            assertThat(Files.exists(Path.of(dir).resolve(file))).as(held).isTrue();
        }
    }
}

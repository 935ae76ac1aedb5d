package dev.headroom.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.detect.ContentKind;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Each compressor keeps the unit a relevance scorer finds closest to a question that shares no word
 * with it, which the lexical rules alone leave out; without a scorer the output is what it was.
 */
class RelevanceInCompressorsTest {

    private static final String QUESTION = "which one is the striped african grazer?";
    private static final CompressionHints HINTS = CompressionHints.query(QUESTION);

    private static Headroom engine(RelevanceScorer scorer) {
        Headroom.Builder b = Headroom.builder().minTokens(0).timeBudget(Duration.ZERO);
        return scorer == null ? b.build() : b.relevance(scorer).build();
    }

    private static void assertKeptOnlyWithScorer(String input, ContentKind kind, String answer) {
        CompressionHints hints = HINTS.withKind(kind);
        CompressionResult lexical = engine(null).compress(input, hints);
        CompressionResult meaning = engine(new ConceptScorer("zebra")).compress(input, hints);
        assertThat(lexical.compressed()).as("lexical compresses").isTrue();
        assertThat(lexical.text()).as("lexical leaves the answer out").doesNotContain(answer);
        assertThat(meaning.compressed()).isTrue();
        assertThat(meaning.text()).as("the scorer keeps the answer").contains(answer);
        assertThat(meaning.tokensAfter()).isLessThan(meaning.tokensBefore());
        assertThat(engine(new ConceptScorer("zebra")).compress(input, hints).text())
                .as("deterministic").isEqualTo(meaning.text());
        // a scorer that finds nothing close changes nothing
        assertThat(engine(new ConceptScorer("unicorn")).compress(input, hints).text()).isEqualTo(lexical.text());
    }

    @Test
    void json_rows() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 60; i++) {
            String animal = i == 31 ? "zebra" : word(i);
            sb.append(i == 0 ? "" : ",").append("{\"id\":").append(1000 + i).append(",\"name\":\"herd-").append(i)
                    .append("\",\"description\":\"a calm ").append(animal).append(" herd near the river\",\"status\":\"")
                    .append(i == 44 ? "error" : "ok").append("\"}");
        }
        assertKeptOnlyWithScorer(sb.append(']').toString(), ContentKind.JSON_ARRAY, "a calm zebra herd");
    }

    @Test
    void log_records() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            String animal = i == 150 ? "zebra" : word(i);
            sb.append(String.format("2024-03-01 10:%02d:%02d INFO feeder[%d] served %d kg to %s pen%n",
                    i / 60, i % 60, 7 + i % 3, 10 + i % 17, animal));
        }
        assertKeptOnlyWithScorer(sb.toString(), ContentKind.LOG, "to zebra pen");
    }

    @Test
    void search_lines() {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 20; f++) {
            for (int m = 0; m < 10; m++) {
                String animal = f == 13 && m == 6 ? "zebra" : word(f * 10 + m);
                sb.append("src/pens/pen").append(f).append(".py:").append(10 + m * 7).append(":    feed(\"")
                        .append(animal).append("\", portion=").append(m).append(")\n");
            }
        }
        assertKeptOnlyWithScorer(sb.toString(), ContentKind.SEARCH, "feed(\"zebra\"");
    }

    @Test
    void code_bodies() {
        StringBuilder sb = new StringBuilder("package farm;\n\npublic class Pens {\n");
        for (int m = 0; m < 8; m++) {
            String animal = m == 5 ? "zebra" : "horse";
            sb.append("\n    public int portion").append(m).append("(int weight) {\n");
            sb.append("        int base = weight / ").append(m + 2).append(";\n");
            sb.append("        String kind = \"").append(animal).append("\";\n");
            sb.append("        int extra = kind.length() * ").append(m + 1).append(";\n");
            sb.append("        int total = base + extra;\n");
            sb.append("        return Math.max(total, 1);\n    }\n");
        }
        assertKeptOnlyWithScorer(sb.append("}\n").toString(), ContentKind.CODE, "String kind = \"zebra\"");
    }

    @Test
    void diff_files() {
        StringBuilder sb = new StringBuilder();
        sb.append("--- a/pens/README.txt\n+++ b/pens/README.txt\n@@ -1,3 +1,3 @@\n line one\n-old words\n+new words\n line three\n");
        sb.append("--- /dev/null\n+++ b/pens/rations.txt\n@@ -0,0 +1,140 @@\n");
        for (int i = 0; i < 140; i++) {
            sb.append("+ration ").append(i).append(" for the ").append(i == 3 ? "zebra" : "horse").append(" pen\n");
        }
        sb.append("--- /dev/null\n+++ b/pens/schedule.txt\n@@ -0,0 +1,140 @@\n");
        for (int i = 0; i < 140; i++) {
            sb.append("+slot ").append(i).append(" cleaning the horse stable\n");
        }
        assertKeptOnlyWithScorer(sb.toString(), ContentKind.DIFF, "+ration 3 for the zebra pen");
    }

    @Test
    void prose_sentences() {
        String[] subjects = {"the keeper", "a visitor", "the old guide", "one child", "the driver", "a neighbour"};
        String[] verbs = {"walked slowly along", "looked quietly at", "talked softly about", "waited calmly near", "thought a while about"};
        String[] objects = {"the dusty road", "the quiet water", "the long fence", "the empty field", "the shaded trees", "the low hills"};
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 260; i++) {
            if (i == 130) {
                sb.append("A zebra stood alone beside the water and watched the herd. ");
            } else {
                sb.append(capital(subjects[r.nextInt(subjects.length)])).append(' ').append(verbs[r.nextInt(verbs.length)])
                        .append(' ').append(objects[r.nextInt(objects.length)]).append(" while the afternoon went by. ");
            }
            if (i % 8 == 7) {
                sb.append("\n\n");
            }
        }
        assertKeptOnlyWithScorer(sb.toString(), ContentKind.TEXT, "A zebra stood alone beside the water");
    }

    /** A distinct made-up animal name per index, so no name is rare among the others. */
    private static String word(int i) {
        String[] a = {"ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "we"};
        String[] b = {"ban", "dol", "fir", "gus", "hek", "jot", "mar", "nip", "pol", "rud"};
        String[] c = {"a", "e", "i", "o", "u", "y"};
        return a[i % 10] + b[(i / 10) % 10] + c[(i / 100) % 6];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Test
    void should_add_the_scorer_budget_to_the_default_time_budget_only() {
        ConceptScorer scorer = new ConceptScorer("zebra");
        assertThat(Headroom.builder().relevance(scorer).toConfig().timeBudget())
                .isEqualTo(dev.headroom.HeadroomConfig.DEFAULT_TIME_BUDGET.plus(scorer.budget()));
        assertThat(Headroom.builder().timeBudget(Duration.ofMillis(50)).relevance(scorer).toConfig().timeBudget())
                .isEqualTo(Duration.ofMillis(50));
        assertThat(Headroom.builder().toConfig().timeBudget()).isEqualTo(dev.headroom.HeadroomConfig.DEFAULT_TIME_BUDGET);
        assertThat(Headroom.builder().relevance(scorer).toConfig().relevance()).contains(scorer);
    }
}

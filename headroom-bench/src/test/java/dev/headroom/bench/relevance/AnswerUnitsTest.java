package dev.headroom.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerUnitsTest {

    @Test
    void should_find_the_row_of_the_outermost_array() {
        String json = "[\n {\"name\": \"a\", \"tags\": [{\"t\": \"x\"}]},\n {\"name\": \"b\", \"tags\": [{\"t\": \"y\"}]}\n]";

        assertThat(AnswerUnits.unit(UnitKind.ROW, json, "\"y\"")).contains("{\"name\": \"b\", \"tags\": [{\"t\": \"y\"}]}");
        assertThat(AnswerUnits.unit(UnitKind.ROW, "{\"a\": \"y\"}", "\"y\"")).isEmpty();
    }

    @Test
    void should_find_the_function_around_a_body_line_of_a_file_view() {
        String view = "10:class A:\n11:    def f(self):\n12:        if x:\n13:            return 1\n14:        return 2\n15:\n16:    def g(self):\n17:        pass\n";

        assertThat(AnswerUnits.unit(UnitKind.CODE_FUNCTION, view, "return 1"))
                .contains("11:    def f(self):\n12:        if x:\n13:            return 1\n14:        return 2\n15:\n");
    }

    @Test
    void should_find_a_braced_function_with_labels_inside() {
        String c = "int f(long p)\n\n{\n  do {\nLAB_1:\n    return 1;\n  } while (1);\n  g(\"needle\");\n}\n\nint h(void)\n{\n}\n";

        assertThat(AnswerUnits.unit(UnitKind.CODE_FUNCTION, c, "\"needle\"")).hasValueSatisfying(u -> {
            assertThat(u).startsWith("int f(long p)").endsWith("}\n").doesNotContain("h(void)");
        });
    }

    @Test
    void should_take_every_line_of_a_repeated_log_event_but_a_unique_paragraph_only() {
        String log = "a opened x\nb closed\nc opened y\n";

        assertThat(AnswerUnits.unit(UnitKind.LOG_EVENT, log, "opened")).contains("a opened x\nc opened y\n");
        assertThat(AnswerUnits.unit(UnitKind.PARAGRAPH, "one two\nthree\n\nfour two", "two")).isEmpty();
        assertThat(AnswerUnits.unit(UnitKind.PARAGRAPH, "one\ntwo\n\nthree\nfour", "four")).contains("three\nfour");
    }

    @Test
    void should_find_the_hunk_and_require_search_lines() {
        String diff = "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n-old\n+new\n@@ -9 +9 @@\n-x\n";

        assertThat(AnswerUnits.unit(UnitKind.DIFF_HUNK, diff, "+new")).contains("@@ -1,2 +1,2 @@\n-old\n+new");
        assertThat(AnswerUnits.unit(UnitKind.SEARCH_HIT, "src/a.py:12:import os\n", "import os")).isPresent();
        assertThat(AnswerUnits.unit(UnitKind.SEARCH_HIT, "not a hit\n", "hit")).isEmpty();
    }
}

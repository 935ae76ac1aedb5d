package dev.headroom.bench.probe;

import static dev.headroom.bench.probe.Subjects.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.detect.ContentKind;
import org.junit.jupiter.api.Test;

class StructureProbeTest {

    private static final String DIFF = "diff --git a/f.txt b/f.txt\n--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+c\n d\n";
    private final StructureProbe probe = new StructureProbe();

    @Test
    void should_fail_when_json_output_does_not_parse() {
        assertThat(probe.check(subject("{\"a\":[1,2,3]}", ContentKind.JSON_OBJECT, "{\"a\":[1,2,")).failed()).isTrue();
    }

    @Test
    void should_pass_when_json_output_parses() {
        assertThat(probe.check(subject("{\"a\":[1,2,3]}", ContentKind.JSON_OBJECT, "{\"a\":[1]}")).passed()).isTrue();
    }

    @Test
    void should_pass_a_valid_diff() {
        assertThat(probe.check(subject(DIFF, ContentKind.DIFF, DIFF)).passed()).isTrue();
    }

    @Test
    void should_fail_a_diff_that_lost_its_files() {
        assertThat(probe.check(subject(DIFF, ContentKind.DIFF, "a\n-b\n+c\n")).failed()).isTrue();
    }

    @Test
    void should_fail_code_whose_brackets_no_longer_balance() {
        String code = "class A {\n  void f() { if (x) { y(); } }\n}\n";

        assertThat(probe.check(subject(code, ContentKind.CODE, "class A {\n  void f() { if (x) {\n}\n")).failed()).isTrue();
        assertThat(probe.check(subject(code, ContentKind.CODE, "class A {\n  void f() { /* body elided */ }\n}\n")).passed()).isTrue();
    }

    @Test
    void should_fail_java_that_no_longer_parses_with_tree_sitter() {
        org.junit.jupiter.api.Assumptions.assumeTrue(CodeParser.available(), "tree-sitter does not load on this platform");
        String code = "class A {\n  int f(int x) {\n    return x + 1;\n  }\n}\n";

        ProbeResult broken = probe.check(subject(code, ContentKind.CODE, "class A {\n  int f(int x) {\n    return x +;\n  }\n}\n"));
        ProbeResult kept = probe.check(subject(code, ContentKind.CODE, "class A {\n  int f(int x) {\n    // [elided]\n  }\n}\n"));

        assertThat(broken.failed()).isTrue();
        assertThat(broken.detail()).contains("java");
        assertThat(kept.passed()).isTrue();
    }

    @Test
    void should_ignore_brackets_in_strings_and_comments() {
        assertThat(Brackets.balanced("f(\"(\", ')'); // (\n/* { */ g();")).isTrue();
    }
}

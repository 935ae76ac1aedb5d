package dev.headroom.compress.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.compress.Compressed;
import dev.headroom.compress.Deadline;
import dev.headroom.compress.TimeBudgetExceededException;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Elision;
import dev.headroom.store.InMemoryStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CodeCompressorTest {

    /**
     * One bundled sample: lines that must survive, a function the question asks about with a line
     * only its body has, and a line from a body that must be elided without a question.
     */
    record Case(String language, String resource, List<String> kept, String queried, String queriedBodyLine,
            String elidedBodyLine) {
        String source() {
            return CodeCompressorTest.resource(resource);
        }

        @Override
        public String toString() {
            return language;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("java", "Sample.java",
                        List.of("package org.example.inventory;", "import java.util.TreeMap;",
                                "public final class StockLedger {", "public int ship(String warehouse, int units) {",
                                "     * Records a delivery of {@code units} to {@code warehouse}.",
                                "private final Map<String, Integer> levels = new TreeMap<>();"),
                        "parseQuantity", "throw new NumberFormatException(\"empty quantity\");",
                        "throw new IllegalStateException(\"only \""),
                new Case("python", "sample.py",
                        List.of("import csv", "from typing import Iterable, List, Optional",
                                "def parse_lines(text: str) -> List[Line]:", "class Manifest:",
                                "    \"\"\"Map column names to their positions.\"\"\"",
                                "        '''Return the problems found, empty when the manifest is fine.'''"),
                        "parse_header", "aliases = {\"item\": \"sku\"",
                        "problems.append(\"duplicate sku \" + line.sku)"),
                new Case("javascript", "sample.js",
                        List.of("const { EventEmitter } = require('node:events')", "async function loadConfig (dir, defaults = {}) {",
                                "class Downloader extends EventEmitter {", "async fetch (url) {",
                                " * Reads the project's config file and merges it over the defaults.",
                                "module.exports = { loadConfig, parseHeader, Downloader }"),
                        "parseHeader", "const parts = line.split(';')", "this.emit('retry'"),
                new Case("typescript", "sample.ts",
                        List.of("import type { Logger } from \"./logger\";", "export interface OrderLine {",
                                "export function computeTotals(order: Order, taxRate: number): Totals {",
                                "async load(): Promise<number> {"),
                        "parseHeader", "const out = new Map<string, string>();", "order.placedAt = new Date"),
                new Case("go", "sample.go",
                        List.of("package inventory", "\t\"strings\"", "func (l *Ledger) Ship(warehouse string, units int) (int, error) {",
                                "type Ledger struct {", "// Ship takes units out of a warehouse."),
                        "parseHeader", "kv := strings.SplitN(", "return current, fmt.Errorf("),
                new Case("rust", "sample.rs",
                        List.of("use std::collections::BTreeMap;", "pub enum LedgerError {",
                                "pub fn ship(&mut self, warehouse: &str, units: i64) -> Result<i64, LedgerError> {",
                                "impl Ledger {"),
                        "parse_header", "let mut kv = part.trim().splitn(2, '=');", "return Err(LedgerError::Shortage"),
                new Case("c", "sample.c",
                        List.of("#include <string.h>", "#define MAX_WAREHOUSES 64", "struct ledger {",
                                "long ledger_ship(struct ledger *l, const char *code, long units)",
                                " * Finds the slot of a warehouse code, adding it when absent."),
                        "parse_header", "const char *eq = strchr(line, '=');", "fprintf(stderr, \"only %ld units"),
                new Case("cpp", "sample.cpp",
                        List.of("#include <map>", "namespace inventory {", "class Ledger {",
                                "long Ledger::ship(const std::string& warehouse, long units) {",
                                "long ship(const std::string& warehouse, long units);"),
                        "needingReorder", "auto it = levels_.find(code);", "throw std::runtime_error(\"only \""));
    }

    static String resource(String name) {
        try (InputStream in = CodeCompressorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Compressed compress(String source, String language, String query, InMemoryStore store) {
        CompressionContext ctx = CompressionContext.builder(source).language(language).query(query).store(store).build();
        return new CodeCompressor().compress(source, ctx);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_keep_imports_and_signatures_and_elide_bodies(Case c) {
        // given
        String source = c.source();

        // when
        Compressed out = compress(source, c.language(), "", InMemoryStore.create());

        // then
        assertThat(out.strategy()).isEqualTo("code:" + c.language());
        for (String line : c.kept()) {
            assertThat(out.text()).contains(line);
        }
        assertThat(out.text()).doesNotContain(c.elidedBodyLine());
        assertThat(out.elisions()).isNotEmpty();
        for (Elision e : out.elisions()) {
            assertThat(out.text()).contains(e.render());
        }
        assertThat(out.text().length()).isLessThan(source.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_produce_source_that_still_parses(Case c) {
        // given
        LanguageSpec spec = LanguageSpec.forName(c.language()).orElseThrow();

        // when
        Compressed out = compress(c.source(), c.language(), "", InMemoryStore.create());

        // then
        assertThat(TreeSitterBridge.parses(spec, c.source())).as("the sample itself parses").isTrue();
        assertThat(TreeSitterBridge.parses(spec, out.text())).as("the compressed source parses").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_retrieve_each_elided_part_exactly(Case c) {
        // given
        InMemoryStore store = InMemoryStore.create();
        String source = c.source();

        // when
        Compressed out = compress(source, c.language(), "", store);

        // then
        for (Elision e : out.elisions()) {
            String original = store.get(e.handle()).content();
            assertThat(source).contains(original);
            assertThat(CodeCompressor.countLines(original)).as("declared line count").isEqualTo(e.count());
            assertThat(e.unit()).isEqualTo("lines");
        }
        assertThat(out.elisions()).anySatisfy(e -> assertThat(store.get(e.handle()).content()).contains(c.elidedBodyLine()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_keep_whole_the_body_the_question_names(Case c) {
        // when
        Compressed plain = compress(c.source(), c.language(), "", InMemoryStore.create());
        Compressed asked = compress(c.source(), c.language(), "why does " + c.queried() + " fail here?", InMemoryStore.create());

        // then
        assertThat(plain.text()).doesNotContain(c.queriedBodyLine());
        assertThat(asked.text()).contains(c.queriedBodyLine());
        assertThat(asked.text()).doesNotContain(c.elidedBodyLine());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_guess_the_language_when_the_detector_gave_none(Case c) {
        // when
        Compressed guessed = compress(c.source(), "", "", InMemoryStore.create());
        Compressed told = compress(c.source(), c.language(), "", InMemoryStore.create());

        // then
        assertThat(LanguageGuesser.guess(c.source())).isEqualTo(c.language());
        assertThat(guessed.text()).isEqualTo(told.text());
    }

    @Test
    void should_keep_the_body_a_java_stack_frame_names() {
        // given
        String query = "Exception in thread \"main\" java.lang.NumberFormatException: empty quantity\n"
                + "\tat org.example.inventory.StockLedger.parseQuantity(StockLedger.java:84)\n"
                + "\tat org.example.inventory.Main.main(Main.java:12)";

        // when
        Compressed out = compress(resource("Sample.java"), "java", query, InMemoryStore.create());

        // then
        assertThat(out.text()).contains("int value = Integer.parseInt(trimmed);");
        assertThat(out.text()).doesNotContain("throw new IllegalStateException(\"only \"");
    }

    @Test
    void should_keep_the_body_a_python_traceback_names() {
        // given
        String query = "Traceback (most recent call last):\n"
                + "  File \"app.py\", line 9, in <module>\n"
                + "  File \"manifest.py\", line 71, in check\n"
                + "TypeError: unhashable type: 'list'";

        // when
        Compressed out = compress(resource("sample.py"), "python", query, InMemoryStore.create());

        // then
        assertThat(out.text()).contains("problems.append(\"duplicate sku \" + line.sku)");
        assertThat(out.text()).doesNotContain("raise ManifestError(f\"row {number}: {exc}\") from exc");
    }

    @Test
    void should_cut_a_long_python_class_docstring_to_its_summary() {
        // given
        InMemoryStore store = InMemoryStore.create();
        String source = resource("sample.py");

        // when
        Compressed out = compress(source, "python", "", store);

        // then
        assertThat(out.text()).contains("    \"\"\"A parsed manifest with a few checks the carrier asks for.\n    [headroom: 6 lines elided");
        assertThat(out.elisions()).anySatisfy(e -> assertThat(store.get(e.handle()).content())
                .startsWith("\n    The carrier rejects").endsWith("the next morning."));
    }

    @Test
    void should_outline_the_inside_of_a_module_wrapper_instead_of_eliding_it_whole() {
        // given
        String js = resource("sample.js");
        String wrapped = "(function () {\n" + js + "\n})();\n";

        // when
        Compressed out = compress(wrapped, "javascript", "", InMemoryStore.create());

        // then
        assertThat(out.text()).contains("async function loadConfig (dir, defaults = {}) { /* [headroom: ");
        assertThat(out.text()).contains("class Downloader extends EventEmitter {");
    }

    @Test
    void should_not_let_a_common_term_keep_every_body() {
        // given: "return" occurs in nearly every body
        String query = "what does it return";

        // when
        Compressed out = compress(resource("Sample.java"), "java", query, InMemoryStore.create());

        // then
        assertThat(out.text()).doesNotContain("throw new IllegalStateException(\"only \"");
    }

    @Test
    void should_pass_through_a_language_without_grammar() {
        // given
        String cobol = "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. HELLO.\n       PROCEDURE DIVISION.\n"
                + "           DISPLAY 'HELLO'.\n           STOP RUN.\n";

        // when
        Compressed out = compress(cobol, "cobol", "", InMemoryStore.create());

        // then
        assertThat(out.text()).isEqualTo(cobol);
        assertThat(out.elisions()).isEmpty();
    }

    @Test
    void should_pass_through_text_that_is_not_source() {
        // given
        String prose = "This is not Java at all { but it has a brace,\nand a few lines of prose that end here.\n".repeat(20);

        // when
        Compressed out = compress(prose, "java", "", InMemoryStore.create());

        // then
        assertThat(out.text()).isEqualTo(prose);
        assertThat(out.strategy()).isEqualTo("none:code-parse-error");
    }

    @Test
    void should_elide_only_error_free_functions_of_a_cut_off_file() {
        // given: the file cut inside ship(), as a paged file view would show it
        String source = resource("Sample.java");
        String cut = source.substring(0, source.indexOf("int left = current - units;"));
        LanguageSpec java = LanguageSpec.forName("java").orElseThrow();

        // when
        Compressed out = compress(cut, "java", "", InMemoryStore.create());

        // then
        assertThat(out.elisions()).hasSize(4); // three Javadoc tails and the body of receive()
        assertThat(out.text()).contains("public void receive(String warehouse, int units) { /* [headroom: ");
        assertThat(out.text()).endsWith(cut.substring(cut.indexOf("    public int ship(")));
        assertThat(TreeSitterBridge.errors(java, out.text())).isLessThanOrEqualTo(TreeSitterBridge.errors(java, cut));
    }

    @Test
    void should_map_utf8_byte_offsets_to_char_indices() {
        // given: 2-, 3- and 4-byte characters
        String s = "aé€😀b";

        // when
        int[] map = TreeSitterBridge.byteToCharIndex(s);

        // then
        assertThat(map).containsExactly(0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 5, 6);
    }

    @Test
    void should_elide_bodies_after_non_ascii_text() {
        // given
        String source = resource("Sample.java").replace("Keeps stock levels", "Gère les stocks — 😀 levels");

        // when
        Compressed out = compress(source, "java", "", InMemoryStore.create());

        // then
        assertThat(out.text()).contains("public int ship(String warehouse, int units) { /* [headroom: ");
        assertThat(TreeSitterBridge.parses(LanguageSpec.forName("java").orElseThrow(), out.text())).isTrue();
    }

    /**
     * Issue 11, item 1: error counting asked every node for its children by index, which
     * tree-sitter answers by walking the siblings before it, so a node with thousands of children
     * (here 12,000 under the root) made the count quadratic: 20 s for this 60 KB input. The
     * timeout is a hang guard far above the linear walk's cost, not a speed goal.
     */
    @Test
    @Timeout(value = 15, unit = TimeUnit.SECONDS)
    void should_count_the_errors_of_thousands_of_unclosed_blocks_without_a_quadratic_walk() {
        LanguageSpec go = LanguageSpec.forName("go").orElseThrow();
        String source = "package main\n" + "func main() {{\n".repeat(4000);

        int errors = TreeSitterBridge.errors(go, source);

        assertThat(errors).isPositive();
    }

    @Test
    void should_stop_parsing_at_the_deadline() {
        LanguageSpec java = LanguageSpec.forName("java").orElseThrow();
        String source = "class A {\n" + "  void m() {\n".repeat(40_000);
        Deadline soon = Deadline.after(Duration.ofMillis(5));

        assertThatThrownBy(() -> TreeSitterBridge.errors(java, source, soon)).isInstanceOf(TimeBudgetExceededException.class);
        assertThat(TreeSitterBridge.parses(java, "class B { void x() {} }")).isTrue();
    }
}

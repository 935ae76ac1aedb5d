package dev.headroom.compress.code;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the code compressor needs to know about one language: its tree-sitter grammar class, which
 * nodes are functions, which of their bodies can be elided, and how an elided body is written.
 */
record LanguageSpec(
        String id,
        String grammarClass,
        Set<String> functionTypes,
        Set<String> bodyTypes,
        boolean indentedBodies,
        boolean javadocComments) {

    private static final Set<String> JS_FUNCTIONS = Set.of(
            "function_declaration", "generator_function_declaration", "function_expression", "function",
            "generator_function", "arrow_function", "method_definition");

    static final List<LanguageSpec> ALL = List.of(
            new LanguageSpec("java", "org.treesitter.TreeSitterJava",
                    Set.of("method_declaration", "constructor_declaration", "compact_constructor_declaration"),
                    Set.of("block", "constructor_body"), false, true),
            new LanguageSpec("python", "org.treesitter.TreeSitterPython",
                    Set.of("function_definition"), Set.of("block"), true, false),
            new LanguageSpec("javascript", "org.treesitter.TreeSitterJavascript",
                    JS_FUNCTIONS, Set.of("statement_block"), false, true),
            new LanguageSpec("typescript", "org.treesitter.TreeSitterTypescript",
                    JS_FUNCTIONS, Set.of("statement_block"), false, true),
            new LanguageSpec("go", "org.treesitter.TreeSitterGo",
                    Set.of("function_declaration", "method_declaration", "func_literal"), Set.of("block"), false, false),
            new LanguageSpec("rust", "org.treesitter.TreeSitterRust",
                    Set.of("function_item"), Set.of("block"), false, false),
            new LanguageSpec("c", "org.treesitter.TreeSitterC",
                    Set.of("function_definition"), Set.of("compound_statement"), false, true),
            new LanguageSpec("cpp", "org.treesitter.TreeSitterCpp",
                    Set.of("function_definition"), Set.of("compound_statement"), false, true));

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("py", "python"), Map.entry("python3", "python"), Map.entry("js", "javascript"),
            Map.entry("jsx", "javascript"), Map.entry("mjs", "javascript"), Map.entry("node", "javascript"),
            Map.entry("ts", "typescript"), Map.entry("golang", "go"), Map.entry("rs", "rust"),
            Map.entry("c++", "cpp"), Map.entry("cc", "cpp"), Map.entry("cxx", "cpp"), Map.entry("h", "c"),
            Map.entry("hpp", "cpp"));

    /** The spec for a language name or common alias ({@code js}, {@code c++}), if supported. */
    static Optional<LanguageSpec> forName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        String id = ALIASES.getOrDefault(key, key);
        for (LanguageSpec spec : ALL) {
            if (spec.id.equals(id)) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }
}

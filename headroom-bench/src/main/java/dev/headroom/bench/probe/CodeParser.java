package dev.headroom.bench.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterC;
import org.treesitter.TreeSitterCpp;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterRust;
import org.treesitter.TreeSitterTypescript;

/**
 * Parses source code with tree-sitter when its native library loads: finds the grammar that parses
 * the input without errors and says whether the output still parses with it. Unavailable (empty
 * answers) when tree-sitter cannot load on this platform.
 */
final class CodeParser {

    /** A grammar by name. */
    record Grammar(String name, TSLanguage language) {}

    private static final List<Grammar> GRAMMARS = load();

    /**
     * The last input looked up and its answer: the structure probe asks for the same input twice (for
     * Headroom's output and for the truncation baseline), and on text that no grammar parses the eight
     * failing parses cost seconds.
     */
    private static Lookup last = new Lookup(null, Optional.empty());

    private record Lookup(String source, Optional<Grammar> grammar) {}

    private CodeParser() {}

    private static List<Grammar> load() {
        List<Grammar> out = new ArrayList<>();
        add(out, "java", TreeSitterJava::new);
        add(out, "python", TreeSitterPython::new);
        add(out, "typescript", TreeSitterTypescript::new);
        add(out, "javascript", TreeSitterJavascript::new);
        add(out, "go", TreeSitterGo::new);
        add(out, "rust", TreeSitterRust::new);
        add(out, "c", TreeSitterC::new);
        add(out, "cpp", TreeSitterCpp::new);
        return List.copyOf(out);
    }

    private static void add(List<Grammar> out, String name, Supplier<TSLanguage> grammar) {
        try {
            TSLanguage lang = grammar.get();
            hasErrors(lang, "x");
            out.add(new Grammar(name, lang));
        } catch (Throwable e) {
            // native library missing for this platform: that grammar is simply unavailable
        }
    }

    static boolean available() {
        return !GRAMMARS.isEmpty();
    }

    /** The first grammar under which {@code source} parses without errors. */
    static synchronized Optional<Grammar> grammarFor(String source) {
        if (source.equals(last.source())) {
            return last.grammar();
        }
        Optional<Grammar> found = Optional.empty();
        for (Grammar g : GRAMMARS) {
            if (!hasErrors(g.language(), source)) {
                found = Optional.of(g);
                break;
            }
        }
        last = new Lookup(source, found);
        return found;
    }

    static boolean hasErrors(TSLanguage language, String source) {
        TSParser parser = new TSParser();
        parser.setLanguage(language);
        TSTree tree = parser.parseString(null, source);
        return tree.getRootNode().hasError();
    }
}

package dev.headroom.bench.probe;

import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The output is still structurally valid for its kind: JSON parses with Jackson, a diff parses with
 * java-diff-utils' {@code UnifiedDiffReader} (and keeps at least one file when the input had one),
 * code still parses with the tree-sitter grammar that parses the input without errors (when
 * tree-sitter loads; otherwise, and for inputs no grammar parses cleanly, its brackets stay balanced).
 */
public final class StructureProbe implements Probe {

    /** The diff reader logs every line it does not recognise; the probe only wants its verdict. */
    private static final java.util.logging.Logger DIFF_LOG = java.util.logging.Logger.getLogger(UnifiedDiffReader.class.getName());

    static {
        DIFF_LOG.setLevel(java.util.logging.Level.OFF);
    }

    @Override
    public String name() {
        return "structure";
    }

    @Override
    public ProbeResult check(ProbeSubject s) {
        switch (s.kind()) {
            case JSON_ARRAY:
            case JSON_OBJECT:
                return json(s);
            case DIFF:
                return diff(s);
            case CODE:
                return code(s);
            default:
                return ProbeResult.skip(name(), "no structure to check for " + s.kind().id());
        }
    }

    private ProbeResult json(ProbeSubject s) {
        if (Json.parse(s.text()) == null) {
            return ProbeResult.skip(name(), "input is not well-formed JSON");
        }
        return Json.parse(s.output()) != null
                ? ProbeResult.pass(name(), "JSON parses")
                : ProbeResult.fail(name(), "output does not parse as JSON");
    }

    private ProbeResult diff(ProbeSubject s) {
        int inFiles;
        try {
            inFiles = parseDiff(s.text()).getFiles().size();
        } catch (Exception | StackOverflowError e) {
            return ProbeResult.skip(name(), "input does not parse as a unified diff");
        }
        try {
            int outFiles = parseDiff(s.output()).getFiles().size();
            if (inFiles > 0 && outFiles == 0) {
                return ProbeResult.fail(name(), "output diff has no files (input had " + inFiles + ")");
            }
            return ProbeResult.pass(name(), "diff parses, " + outFiles + " of " + inFiles + " files");
        } catch (Exception | StackOverflowError e) {
            return ProbeResult.fail(name(), "output does not parse as a unified diff: " + e.getMessage());
        }
    }

    static UnifiedDiff parseDiff(String text) throws Exception {
        return UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private ProbeResult code(ProbeSubject s) {
        if (CodeParser.available()) {
            var grammar = CodeParser.grammarFor(s.text());
            if (grammar.isPresent()) {
                return CodeParser.hasErrors(grammar.get().language(), s.output())
                        ? ProbeResult.fail(name(), "output no longer parses as " + grammar.get().name() + " (tree-sitter)")
                        : ProbeResult.pass(name(), "parses as " + grammar.get().name() + " (tree-sitter)");
            }
        }
        if (!Brackets.balanced(s.text())) {
            return ProbeResult.skip(name(), "input brackets are not balanced");
        }
        return Brackets.balanced(s.output())
                ? ProbeResult.pass(name(), "brackets balanced")
                : ProbeResult.fail(name(), "output brackets are unbalanced");
    }
}

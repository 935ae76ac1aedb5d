package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages are pipeline stages whose dependencies point one way (style note §7):
 * stages never import the root or each other sideways, and compressors never see the detector.
 * Reads the sources, so fully qualified references count as much as imports.
 */
class PackageDependenciesTest {

    private static final String ROOT = "dev.headroom";
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.headroom((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    /** Which packages each package may use, besides itself; "compress.*" means any compressor package. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("internal", Set.of()),
            Map.entry("tokens", Set.of("internal")),
            Map.entry("store", Set.of("internal")),
            Map.entry("ccr", Set.of("store", "tokens", "internal")),
            Map.entry("detect", Set.of("internal")),
            // relevance needs compress's Deadline and CompressionContext calls ClosestUnits: a two-way edge, kept narrow
            Map.entry("relevance", Set.of("compress")),
            Map.entry("compress", Set.of("ccr", "tokens", "store", "internal", "relevance")),
            Map.entry("compress.*", Set.of("compress", "ccr", "tokens", "internal")),
            Map.entry("route", Set.of("detect", "compress", "compress.*", "ccr", "tokens", "internal")),
            Map.entry("", Set.of("internal", "tokens", "store", "ccr", "detect", "compress", "compress.*", "route", "relevance")),
            Map.entry("conversation", Set.of("", "internal", "tokens", "store", "ccr", "detect", "compress", "conversation.cost")),
            Map.entry("conversation.cost", Set.of("internal", "tokens")));

    @Test
    void should_keep_dependencies_pointing_down_the_pipeline() throws IOException {
        Path sources = Path.of("src/main/java/dev/headroom");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = relative(sources.relativize(file.getParent()).toString().replace('/', '.'));
                String rule = pkg.startsWith("compress.") ? "compress.*" : pkg;
                Set<String> allowed = ALLOWED.get(rule);
                assertThat(allowed).as("a rule for package '%s' (add one when adding a package)", pkg).isNotNull();
                Matcher m = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                Set<String> seen = new TreeSet<>();
                while (m.find()) {
                    String target = relative(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
                    String targetRule = target.startsWith("compress.") ? "compress.*" : target;
                    if (!target.equals(pkg) && !allowed.contains(targetRule) && seen.add(target)) {
                        violations.add(file + ": " + display(pkg) + " -> " + display(target));
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static String relative(String pkg) {
        return pkg.equals(".") ? "" : pkg;
    }

    private static String display(String pkg) {
        return pkg.isEmpty() ? ROOT : ROOT + "." + pkg;
    }
}

package dev.headroom.compress.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Makes real search output: scans real Java sources (the jackson-databind sources jar from the local
 * Maven repository when present, otherwise this repository's own sources) the way {@code grep -rn},
 * {@code grep -rn -C} and {@code rg --heading} do.
 */
final class GrepFixture {

    record SourceFile(String path, List<String> lines) {}

    private GrepFixture() {}

    /** Real Java sources in path order; the origin is named in {@link #origin()}. */
    static List<SourceFile> sources() {
        Path jar = sourcesJar();
        return jar != null ? fromJar(jar) : fromRepository();
    }

    static String origin() {
        Path jar = sourcesJar();
        return jar != null ? jar.getFileName().toString() : "this repository's .java files";
    }

    private static Path sourcesJar() {
        Path dir = Path.of(System.getProperty("user.home"), ".m2", "repository", "com", "fasterxml", "jackson", "core", "jackson-databind");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> s = Files.walk(dir, 2)) {
            return s.filter(p -> p.getFileName().toString().endsWith("-sources.jar")).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static List<SourceFile> fromJar(Path jar) {
        List<SourceFile> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().endsWith(".java")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        out.add(new SourceFile("src/main/java/" + e.getName(), List.of(text.split("\r?\n", -1))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(SourceFile::path));
        return out;
    }

    private static List<SourceFile> fromRepository() {
        Path root = Path.of("").toAbsolutePath();
        while (root.getParent() != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        Path base = root;
        List<SourceFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(base)) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .sorted()::iterator) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                out.add(new SourceFile(base.relativize(p).toString(), List.of(text.split("\r?\n", -1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@code grep -rn -C<context> -E <pattern>} over {@code files}, at most {@code maxMatches} matches. */
    static String grep(List<SourceFile> files, Pattern pattern, int context, int maxMatches) {
        StringBuilder out = new StringBuilder();
        int matches = 0;
        boolean anyGroup = false;
        for (SourceFile f : files) {
            List<String> lines = f.lines();
            int lastPrinted = -1;
            boolean newFile = true;
            for (int i = 0; i < lines.size() && matches < maxMatches; i++) {
                if (!pattern.matcher(lines.get(i)).find()) {
                    continue;
                }
                matches++;
                int from = Math.max(Math.max(0, i - context), lastPrinted + 1);
                if (context > 0 && anyGroup && (newFile || from > lastPrinted + 1)) {
                    out.append("--\n");
                }
                newFile = false;
                for (int j = from; j < i; j++) {
                    out.append(f.path()).append('-').append(j + 1).append('-').append(lines.get(j)).append('\n');
                }
                out.append(f.path()).append(':').append(i + 1).append(':').append(lines.get(i)).append('\n');
                lastPrinted = i;
                anyGroup = true;
                int j = i + 1;
                while (j < lines.size() && j <= i + context && !pattern.matcher(lines.get(j)).find()) {
                    out.append(f.path()).append('-').append(j + 1).append('-').append(lines.get(j)).append('\n');
                    lastPrinted = j;
                    j++;
                }
            }
        }
        return out.toString();
    }

    /** {@code rg -n --heading <pattern>} over {@code files}, at most {@code maxMatches} matches. */
    static String rgHeading(List<SourceFile> files, Pattern pattern, int maxMatches) {
        StringBuilder out = new StringBuilder();
        int matches = 0;
        for (SourceFile f : files) {
            StringBuilder group = new StringBuilder();
            for (int i = 0; i < f.lines().size() && matches < maxMatches; i++) {
                if (pattern.matcher(f.lines().get(i)).find()) {
                    group.append(i + 1).append(':').append(f.lines().get(i)).append('\n');
                    matches++;
                }
            }
            if (group.length() > 0) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(f.path()).append('\n').append(group);
            }
        }
        return out.toString();
    }

    static int countMatches(String grepOutput) {
        int n = 0;
        for (SearchLine l : SearchParser.parse(grepOutput)) {
            if (l.kind() == SearchLine.Kind.MATCH) {
                n++;
            }
        }
        return n;
    }
}

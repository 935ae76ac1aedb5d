package dev.headroom.compress;

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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Real Java sources for building realistic test inputs: the jackson-databind sources jar from the
 * local Maven repository when present, otherwise this repository's own {@code .java} files.
 */
public final class RealSources {

    private RealSources() {}

    public record SourceFile(String path, List<String> lines) {}

    /** Real Java sources in path order; the origin is named in {@link #origin()}. */
    public static List<SourceFile> sources() {
        Path jar = sourcesJar();
        return jar != null ? fromJar(jar) : fromRepository();
    }

    public static String origin() {
        Path jar = sourcesJar();
        return jar != null ? jar.getFileName().toString() : "this repository's .java files";
    }

    private static Path sourcesJar() {
        if ("repository".equals(System.getProperty("headroom.test.sources"))) {
            return null;
        }
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

}

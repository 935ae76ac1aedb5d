package dev.headroom.compress.diff;

import java.util.Locale;
import java.util.Set;

/** Recognises lockfiles and generated or minified files, whose diffs a reader rarely needs line by line. */
final class GeneratedFiles {

    private static final Set<String> LOCKFILES = Set.of(
            "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "cargo.lock",
            "go.sum", "poetry.lock", "pipfile.lock", "pdm.lock", "uv.lock", "gemfile.lock", "composer.lock",
            "podfile.lock", "packages.lock.json", "flake.lock", "mix.lock", "pubspec.lock", "gradle.lockfile",
            "package.resolved", "deno.lock");

    private GeneratedFiles() {}

    /** "lockfile", "minified file", "generated file", or null for an ordinary file. */
    static String kind(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
        if (LOCKFILES.contains(name)) {
            return "lockfile";
        }
        if (name.endsWith(".min.js") || name.endsWith(".min.css") || name.endsWith(".min.mjs") || name.endsWith(".js.map")
                || name.endsWith(".css.map")) {
            return "minified file";
        }
        if (name.endsWith(".pb.go") || name.endsWith("_pb2.py") || name.endsWith(".pb.cc") || name.endsWith(".pb.h")
                || name.endsWith(".snap") || name.endsWith(".g.dart") || name.endsWith(".designer.cs")) {
            return "generated file";
        }
        return null;
    }
}

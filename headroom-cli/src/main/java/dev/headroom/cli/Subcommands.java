package dev.headroom.cli;

import picocli.CommandLine;

/** Registers subcommands that live in other modules when they are on the classpath. */
final class Subcommands {

    private static final String BENCH = "dev.headroom.bench.BenchCommand";

    private Subcommands() {}

    static void registerOptional(CommandLine cli) {
        try {
            Class<?> bench = Class.forName(BENCH);
            cli.addSubcommand("bench", bench.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            // headroom-bench is not on the classpath: the command is simply absent
        }
    }
}

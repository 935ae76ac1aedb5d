package dev.headroom.cli;

import picocli.CommandLine;

/** Registers subcommands that live in other modules when they are on the classpath. */
final class Subcommands {

    private static final String BENCH = "dev.headroom.bench.BenchCommand";
    private static final String REPLAY = "dev.headroom.bench.replay.ReplayCommand";

    private Subcommands() {}

    static void registerOptional(CommandLine cli) {
        register(cli, "bench", BENCH);
        register(cli, "replay", REPLAY);
    }

    private static void register(CommandLine cli, String name, String className) {
        try {
            Class<?> command = Class.forName(className);
            cli.addSubcommand(name, command.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            // headroom-bench is not on the classpath: the command is simply absent
        }
    }
}

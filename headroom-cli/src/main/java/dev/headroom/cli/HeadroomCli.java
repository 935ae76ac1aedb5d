package dev.headroom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code headroom} command: compress, retrieve, bench. */
@Command(
        name = "headroom",
        mixinStandardHelpOptions = true,
        version = "headroom 0.1.0-SNAPSHOT",
        description = "Compresses tool outputs for LLM agents and retrieves what was elided.",
        subcommands = {CompressCommand.class, RetrieveCommand.class})
public final class HeadroomCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new HeadroomCli());
        Subcommands.registerOptional(cli);
        return cli.execute(args);
    }
}

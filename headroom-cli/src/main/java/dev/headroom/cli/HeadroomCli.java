package dev.headroom.cli;

import dev.headroom.mcp.McpCommand;
import dev.headroom.proxy.ProxyCommand;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code headroom} command: compress, retrieve, bench, replay, mcp, proxy. */
@Command(
        name = "headroom",
        mixinStandardHelpOptions = true,
        version = "headroom 0.1.0-SNAPSHOT",
        description = "Compresses tool outputs for LLM agents and retrieves what was elided.",
        subcommands = {CompressCommand.class, RetrieveCommand.class, McpCommand.class, ProxyCommand.class})
public final class HeadroomCli {

    /** Exit status for a malformed option, argument or {@code HEADROOM_STORE} (picocli uses it for usage errors too). */
    static final int EXIT_USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new HeadroomCli());
        Subcommands.registerOptional(cli);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof StoreOption.InvalidLocationException) {
                PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
                err.println("headroom: " + e.getMessage());
                return EXIT_USAGE;
            }
            throw e;
        });
        return cli.execute(args);
    }
}

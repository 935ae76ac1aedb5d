package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code headroom mcp} is wired into the CLI; its behaviour is tested in headroom-mcp. */
class McpSubcommandTest {

    @Test
    void should_offer_mcp_and_refuse_wrap_without_a_command_before_touching_any_store() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = HeadroomCli.run("mcp", "--wrap");
        } finally {
            System.setErr(err);
        }

        assertThat(exit).isEqualTo(HeadroomCli.EXIT_USAGE);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("--wrap needs the server's command after --");
    }
}

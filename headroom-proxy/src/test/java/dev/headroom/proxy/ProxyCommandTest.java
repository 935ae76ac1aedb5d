package dev.headroom.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.Headroom;
import dev.headroom.conversation.RetrieveToolOffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProxyCommandTest {

    @TempDir
    Path dir;

    private ProxyConfig resolve(Map<String, String> env, String... args) throws Exception {
        ProxyCommand command = new ProxyCommand(env);
        new CommandLine(command).parseArgs(args);
        return command.resolve(Headroom.builder());
    }

    @Test
    void should_take_each_setting_from_the_option_else_the_environment_else_the_file_else_the_default() throws Exception {
        Path file = Files.writeString(dir.resolve("proxy.properties"),
                "port=9001\nopenai-upstream=http://127.0.0.1:11434\nanthropic-upstream=http://127.0.0.1:9999\nretrieve-offer=from-first-request\n");

        ProxyConfig c = resolve(Map.of("HEADROOM_PROXY_CONFIG", file.toString(), "HEADROOM_PROXY_PORT", "9002",
                "HEADROOM_PROXY_ANTHROPIC_UPSTREAM", "http://127.0.0.1:9998"), "--anthropic-upstream", "http://127.0.0.1:9997");

        assertThat(c.port()).isEqualTo(9002);                                              // environment over file
        assertThat(c.openAiUpstream()).hasToString("http://127.0.0.1:11434");              // file
        assertThat(c.anthropicUpstream()).hasToString("http://127.0.0.1:9997");            // option over environment
        assertThat(c.retrieveToolOffer()).isEqualTo(RetrieveToolOffer.FROM_FIRST_REQUEST); // file
        assertThat(c.host()).isEqualTo(ProxyConfig.DEFAULT_HOST);                          // default
        assertThat(c.scopePerKey()).isTrue();
        assertThat(c.contextBudget()).isZero();                                            // default: budget off
        assertThat(c.keepRecentToolResults()).isEqualTo(3);

        ProxyConfig budgeted = resolve(Map.of("HEADROOM_PROXY_CONTEXT_BUDGET", "32000"), "--keep-recent", "5");
        assertThat(budgeted.contextBudget()).isEqualTo(32000);                             // environment
        assertThat(budgeted.keepRecentToolResults()).isEqualTo(5);                         // option
    }

    @Test
    void should_refuse_unknown_keys_bad_values_and_a_missing_named_file() throws Exception {
        Path file = Files.writeString(dir.resolve("p.properties"), "prot=9001\n");

        assertThatThrownBy(() -> resolve(Map.of(), "--config", file.toString())).hasMessageContaining("unknown setting 'prot'");
        assertThatThrownBy(() -> resolve(Map.of(), "--retrieve-offer", "always")).hasMessageContaining("retrieve-offer must be");
        assertThatThrownBy(() -> resolve(Map.of(), "--openai-upstream", "ftp://x")).hasMessageContaining("http(s) URL");
        assertThatThrownBy(() -> resolve(Map.of("HEADROOM_PROXY_PORT", "eighty"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resolve(Map.of(), "--context-budget", "-1")).hasMessageContaining("contextBudget");
        assertThatThrownBy(() -> resolve(Map.of(), "--config", dir.resolve("missing").toString())).hasMessageContaining("does not exist");
    }
}

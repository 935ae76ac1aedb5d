package dev.headroom.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.bench.BenchInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusReaderTest {

    @Test
    void should_label_every_log_line_and_skip_licences_when_the_corpus_is_present() {
        String dir = System.getenv("HEADROOM_CORPUS");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "HEADROOM_CORPUS is not set to the shared corpus; skipping");

        List<BenchInput> inputs = CorpusReader.read(Path.of(dir));

        assertThat(inputs).extracting(BenchInput::name).noneMatch(n -> n.toLowerCase().contains("license") || n.endsWith(".csv"));
        assertThat(inputs).extracting(BenchInput::workload).contains("corpus/logs", "corpus/github", "corpus/diffs", "corpus/agent-traces");
        for (BenchInput in : inputs) {
            if (in.workload().equals("corpus/logs")) {
                assertThat(in.lineEvents()).as(in.name()).hasSize(in.text().split("\n").length);
            }
        }
    }

    @Test
    void should_read_one_input_per_observation_with_the_thought_and_action_as_query() throws Exception {
        String traj = "{\"trajectory\":[{\"thought\":\"look for the bug\",\"action\":\"search_dir TimeDelta\",\"observation\":\"Found 3 matches\"},"
                + "{\"thought\":\"t\",\"action\":\"submit\",\"observation\":\"\"}]}";

        List<BenchInput> inputs = AgentTraces.observations("t.traj", new ObjectMapper().readTree(traj));

        assertThat(inputs).hasSize(1);
        assertThat(inputs.get(0).hints().query()).isEqualTo("look for the bug\nsearch_dir TimeDelta");
        assertThat(inputs.get(0).hints().toolName()).isEqualTo("search_dir");
        assertThat(inputs.get(0).name()).isEqualTo("t.traj#step1");
    }

    @Test
    void should_read_tool_messages_of_the_history_form() throws Exception {
        String traj = "{\"history\":[{\"role\":\"user\",\"content\":\"issue text\"},"
                + "{\"role\":\"assistant\",\"thought\":\"open it\",\"action\":\"open a.py\",\"content\":\"x\"},"
                + "{\"role\":\"tool\",\"content\":[{\"type\":\"text\",\"text\":\"1:import os\"}]}]}";

        List<BenchInput> inputs = AgentTraces.observations("h.traj", new ObjectMapper().readTree(traj));

        assertThat(inputs).singleElement().satisfies(in -> {
            assertThat(in.text()).isEqualTo("1:import os");
            assertThat(in.hints().query()).isEqualTo("open it\nopen a.py");
        });
    }

    @Test
    void should_read_event_ids_from_a_structured_csv_with_quoted_fields() {
        String csv = "LineId,Content,EventId,EventTemplate\n1,\"a, b\",E1,\"x <*>, y\"\n2,c,E2,z\n";

        assertThat(LogTemplates.eventIds(csv)).containsExactly("E1", "E2");
    }

    @Test
    void should_not_treat_licences_readmes_or_csvs_as_inputs() {
        assertThat(CorpusReader.isInput("LICENSE-loghub.txt", "")).isFalse();
        assertThat(CorpusReader.isInput("README.md", "")).isFalse();
        assertThat(CorpusReader.isInput("HDFS_2k.log_structured.csv", "")).isFalse();
        assertThat(CorpusReader.isInput("unidiff-git.diff", "")).isTrue();
    }
}

package dev.headroom.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ccr.Handles;
import dev.headroom.ccr.Marker;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolResultStubTest {

    static final String TEST_RUN = String.join("\n",
            "$ mvn -q test",
            "[INFO] Running com.acme.ledger.LedgerServiceTest",
            "2026-11-24T04:00:01 DEBUG [main] c.a.ledger.Ledger - loaded 12 entries",
            "[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.8 s <<< FAILURE! - in com.acme.ledger.LedgerServiceTest",
            "org.opentest4j.AssertionFailedError: expected: <0> but was: <1250>",
            "\tat com.acme.ledger.LedgerServiceTest.reconciles(LedgerServiceTest.java:42)",
            "[INFO] Tests run: 30, Failures: 0, Errors: 0, Skipped: 1",
            "[INFO] BUILD FAILURE") + "\n";

    @Test
    void should_say_which_tool_how_large_its_first_line_and_where_the_original_is() {
        String view = AgentSession.fileView(3, 40);

        ToolResultStub stub = ToolResultStub.of("read", view, false, 880);

        assertThat(stub.text()).startsWith("Earlier output of read (880 tokens, 40 lines), moved out of the conversation to save context.\n"
                + "First line: " + view.lines().findFirst().orElseThrow() + "\n");
        Marker marker = Marker.findAll(stub.text()).get(0);
        assertThat(marker.handle()).isEqualTo(Handles.of(view)).isEqualTo(stub.handle());
        assertThat(marker.count()).isEqualTo(39); // every line but the first, which the stub shows whole
        assertThat(marker.unit()).isEqualTo("lines");
        assertThat(stub.error()).isFalse();
    }

    @Test
    void should_copy_the_error_and_failure_lines_verbatim_and_count_them() {
        ToolResultStub stub = ToolResultStub.of("bash", TEST_RUN, false, 300);

        assertThat(stub.error()).isTrue();
        assertThat(stub.text()).contains("Error lines (3 of 3):\n"
                + "[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.8 s <<< FAILURE! - in com.acme.ledger.LedgerServiceTest\n"
                + "org.opentest4j.AssertionFailedError: expected: <0> but was: <1250>\n"
                + "[INFO] BUILD FAILURE\n");
        assertThat(stub.text()).doesNotContain("Failures: 0").doesNotContain("DEBUG");
        assertThat(Marker.findAll(stub.text()).get(0).count()).isEqualTo(8 - 4); // first line and three error lines shown
    }

    @Test
    void should_recognise_failures_of_several_runners_and_compilers_but_not_zero_counts() {
        assertThat(ToolResultStub.isErrorLine("FAILED tests/test_api.py::test_refund - AssertionError")).isTrue();
        assertThat(ToolResultStub.isErrorLine("--- FAIL: TestRefund (0.01s)")).isTrue();
        assertThat(ToolResultStub.isErrorLine("=== 2 failed, 40 passed in 1.2s ===")).isTrue();
        assertThat(ToolResultStub.isErrorLine("src/Main.java:12: error: cannot find symbol")).isTrue();
        assertThat(ToolResultStub.isErrorLine("error[E0382]: borrow of moved value: `v`")).isTrue();
        assertThat(ToolResultStub.isErrorLine("Traceback (most recent call last):")).isTrue();
        assertThat(ToolResultStub.isErrorLine("[INFO] Tests run: 30, Failures: 0, Errors: 0, Skipped: 1")).isFalse();
        assertThat(ToolResultStub.isErrorLine("=== 40 passed, 0 failed in 1.2s ===")).isFalse();
        assertThat(ToolResultStub.isErrorLine("{\"error\": null, \"status\": \"ok\"}")).isFalse();
    }

    @Test
    void should_say_that_the_tool_reported_an_error_when_no_line_shows_one() {
        ToolResultStub stub = ToolResultStub.of("http", "status 503\nretry after 30s\nupstream busy\n", true, 12);

        assertThat(stub.error()).isTrue();
        assertThat(stub.text()).contains("\nThe tool reported an error.\n");
    }

    @Test
    void should_describe_json_by_its_shape() {
        String array = "[{\"id\": 1, \"status\": \"ok\", \"amount\": 3}, {\"id\": 2, \"status\": \"failed\", \"amount\": 5}, 7]";
        String object = "{\"total_count\": 5000, \"items\": [{\"n\": 1}, {\"n\": 2}], \"repository\": {\"full_name\": \"acme/shop\"}}";

        assertThat(ToolResultStub.of("api", array, false, 40).text())
                .contains("\nShape: JSON array of 3 items; the first is an object with keys id, status, amount\n");
        assertThat(ToolResultStub.of("api", object, false, 40).text())
                .contains("\nShape: JSON object with 3 keys: total_count, items (2 items), repository\n")
                .contains("[headroom: 1 line elided, original kept; retrieve handle=");
        assertThat(ToolResultStub.jsonShape("[1, 2")).isNull();
        assertThat(ToolResultStub.jsonShape("{\"a\": 1} trailing")).isNull();
        assertThat(ToolResultStub.jsonShape("plain text")).isNull();
    }

    @Test
    void should_cut_long_lines_and_count_them_as_elided() {
        String longLine = "x".repeat(500);

        ToolResultStub stub = ToolResultStub.of("cat", longLine + "\nsecond\n", false, 130);

        assertThat(stub.text()).contains("First line: " + "x".repeat(ToolResultStub.MAX_LINE_CHARS) + "…\n");
        assertThat(Marker.findAll(stub.text()).get(0).count()).isEqualTo(2);
    }

    @Test
    void should_give_nothing_when_the_stub_would_show_every_line() {
        assertThat(ToolResultStub.of("echo", "done\n", false, 1)).isNull();
        assertThat(ToolResultStub.of("echo", "", false, 0)).isNull();
    }

    @Test
    void should_be_the_same_bytes_for_the_same_result_every_time() {
        List<String> texts = List.of(TEST_RUN, AgentSession.fileView(1, 30), "[{\"a\":1},{\"a\":2}]");
        for (String t : texts) {
            assertThat(ToolResultStub.of("bash", t, false, 99)).isEqualTo(ToolResultStub.of("bash", new String(t.toCharArray()), false, 99));
        }
        assertThat(ToolResultStub.of("bash", AgentSession.fileView(1, 30), false, 99).text())
                .isNotEqualTo(ToolResultStub.of("bash", AgentSession.fileView(2, 30), false, 99).text());
    }
}

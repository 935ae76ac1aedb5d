package dev.headroom.compress.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ccr.Marker;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.CompressionContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Numbered file windows (agents' file viewers, {@code cat -n}) compress as code and keep every kept line's number. */
class NumberedViewTest {

    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d+)(?::|\\t)");

    /** A window into a Python module that opens inside a method, as viewers print it. */
    private static String pythonWindow() {
        List<String> src = new ArrayList<>();
        src.add("            retries=retries,");
        src.add("            backoff=backoff,");
        src.add("        )");
        src.add("        self.ready = True");
        src.add("");
        for (String name : List.of("fetch_orders", "settle_batch", "reconcile_ledger", "archive_month")) {
            src.add("    def " + name + "(self, account, since=None):");
            src.add("        \"\"\"Run " + name.replace('_', ' ') + " for one account.\"\"\"");
            for (int i = 0; i < 9; i++) {
                src.add("        step_" + i + " = self.client.call(\"" + name + "\", account, attempt=" + i + ", since=since)");
            }
            src.add("        return step_8");
            src.add("");
        }
        StringBuilder sb = new StringBuilder("[File: /repo/billing/service.py (812 lines total)]\n(200 more lines above)\n");
        for (int i = 0; i < src.size(); i++) {
            sb.append(201 + i).append(':').append(src.get(i)).append('\n');
        }
        sb.append("(" + (812 - 200 - src.size()) + " more lines below)\n");
        return sb.toString();
    }

    private static Compressed compress(String input, String query) {
        return new CodeCompressor().compress(input, CompressionContext.builder(input).language("python").query(query).build());
    }

    @Test
    void should_compress_a_numbered_window_as_code_and_keep_each_kept_line_with_its_own_number() {
        String input = pythonWindow();

        Compressed out = compress(input, "why does reconcile_ledger fail?");

        assertThat(out.elisions()).isNotEmpty();
        assertThat(out.strategy()).endsWith(":numbered");
        Set<String> inputLines = new HashSet<>(List.of(input.split("\n")));
        int last = 0;
        for (String line : out.text().split("\n")) {
            Matcher m = NUMBER.matcher(line);
            if (!Marker.containsMarker(line)) {
                assertThat(inputLines).as("kept line %s", line).contains(line);
            }
            if (m.find()) {
                int n = Integer.parseInt(m.group(1));
                assertThat(n).as("line numbers increase: %s", line).isGreaterThan(last);
                last = n;
            }
        }
        assertThat(out.text()).startsWith("[File: /repo/billing/service.py (812 lines total)]\n(200 more lines above)\n201:")
                .endsWith(" more lines below)\n");
        // the function the question names stays whole; the others lose their bodies
        assertThat(out.text()).contains("step_8 = self.client.call(\"reconcile_ledger\", account, attempt=8, since=since)");
        assertThat(out.text()).doesNotContain("\"settle_batch\", account, attempt=8");
    }

    @Test
    void should_number_the_line_after_an_elided_body_as_in_the_file() {
        String input = pythonWindow();

        Compressed out = compress(input, "");

        // each function is 12 lines and a blank: the next def after an elided body keeps its own number
        assertThat(out.text()).contains("\n206:    def fetch_orders(", "\n219:    def settle_batch(", "\n232:    def reconcile_ledger(",
                "\n245:    def archive_month(");
        assertThat(out.text()).contains("\n218:\n219:    def settle_batch(");
    }

    @Test
    void should_leave_a_window_alone_when_nothing_can_be_elided() {
        String input = "[File: a.py (3 lines total)]\n1:x = 1\n2:y = 2\n3:z = x + y\n4:print(z)\n5:print(x)\n";
        assertThat(compress(input, "").text()).isEqualTo(input);
    }

    @Test
    void should_read_cat_n_output_as_a_view() {
        assertThat(NumberedView.parse("     1\tpackage a;\n     2\t\n     3\tclass A {\n     4\t  int x;\n     5\t}\n")).isNotNull();
        assertThat(NumberedView.parse("1: one\n3: three\n4: four\n5: five\n6: six\n")).isNull();
    }
}

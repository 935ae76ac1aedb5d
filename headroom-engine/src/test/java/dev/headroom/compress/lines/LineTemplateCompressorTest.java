package dev.headroom.compress.lines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ccr.Marker;
import dev.headroom.internal.TemplateMiner;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.CompressorContract;
import dev.headroom.detect.ContentKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineTemplateCompressorTest extends CompressorContract {

    private static final String LOG = LogSamples.service(400);

    @Override
    protected ContentKind kind() {
        return ContentKind.LOG;
    }

    @Override
    protected Compressor compressor() {
        return new LineTemplateCompressor();
    }

    @Override
    protected List<String> samples() {
        return List.of(LOG, LogSamples.service(40), LOG.replace("\n", "\r\n"), LOG.strip());
    }

    private static Compressed compress(String input) {
        return new LineTemplateCompressor().compress(input, CompressionContext.builder(input).build());
    }

    private static Compressed compress(String input, String query) {
        return new LineTemplateCompressor().compress(input, CompressionContext.builder(input).query(query).build());
    }

    @Test
    void should_keep_error_line_and_whole_stack_trace_verbatim() {
        // when
        String out = compress(LOG).text();

        // then
        assertThat(out).contains("ERROR [http-nio-8080-exec-4] c.e.api.OrderController - order lookup failed for id 4711\n"
                + "java.lang.IllegalStateException: order 4711 has no customer\n"
                + "\tat com.example.api.OrderService.load(OrderService.java:88)\n"
                + "\tat com.example.api.OrderController.get(OrderController.java:41)\n"
                + "\t... 37 more\n");
    }

    @Test
    void should_account_for_every_line_in_kept_lines_or_declared_counts() {
        // given
        List<String> in = TextLines.of(LOG).lines();

        // when
        Compressed c = compress(LOG);

        // then
        int kept = 0;
        for (boolean k : LogCorpusTest.keptLines(in, c.text())) {
            kept += k ? 1 : 0;
        }
        int declared = c.elisions().stream().mapToInt(e -> e.count()).sum();
        assertThat(kept + declared).isEqualTo(in.size());
        assertThat(Marker.findAll(c.text())).hasSameSizeAs(c.elisions());
    }

    @Test
    void should_output_only_input_lines_and_declarations() {
        // given
        List<String> in = TextLines.of(LOG).lines();

        // when
        String out = compress(LOG).text();

        // then
        for (String line : TextLines.of(out).lines()) {
            assertThat(in.contains(line) || (line.startsWith("  \u00d7") && Marker.containsMarker(line)))
                    .as("output line is an input line or a declaration: %s", line)
                    .isTrue();
        }
    }

    @Test
    void should_declare_template_count_and_time_span_after_first_occurrence() {
        // when
        String out = compress(LOG).text();

        // then
        String first = TextLines.of(LOG).get(0);
        assertThat(out).startsWith(first + "\n  \u00d7400 like this, 2024-03-18 09:00:00.000 \u2013 09:46:33.");
        assertThat(out).contains("[headroom: 395 lines elided, original kept; retrieve handle=");
    }

    @Test
    void should_keep_the_last_lines() {
        // when
        String out = compress(LOG).text();

        // then
        List<String> in = TextLines.of(LOG).lines();
        List<String> tail = in.subList(in.size() - LineTemplateCompressor.TAIL_LINES, in.size());
        assertThat(out).endsWith(String.join("\n", tail) + "\n");
    }

    @Test
    void should_collapse_repeated_errors_into_one_line_with_a_count() {
        // given
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            b.append(LogSamples.time(i)).append(" ERROR [pool-1] c.e.Sync - mirror unreachable\n");
            b.append(LogSamples.time(i)).append(" INFO  [pool-1] c.e.Sync - retrying in 5s\n");
        }

        // when
        String out = compress(b.toString()).text();

        // then
        assertThat(out).contains("2024-03-18 09:00:00.000 ERROR [pool-1] c.e.Sync - mirror unreachable\n"
                + "  \u00d730 errors like this, 2024-03-18 09:00:00.000 \u2013 09:00:29.377 [headroom: ");
    }

    @Test
    void should_merge_errors_that_differ_only_in_ids_and_addresses_but_keep_every_distinct_message() {
        // given: one message repeated for many clients and requests, and two rarer messages
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append(LogSamples.time(i)).append(" ERROR [http-").append(i % 7).append("] c.e.Gateway - connect to 10.0.4.")
                    .append(i % 13).append(":8080 failed for request \"GET /api/v1/orders/").append(1000 + i * 17)
                    .append("\" (id ").append(Integer.toHexString(0xabc000 + i)).append(")\n");
            b.append(LogSamples.time(i)).append(" INFO  [http-").append(i % 7).append("] c.e.Gateway - request served\n");
        }
        b.append(LogSamples.time(41)).append(" ERROR [http-1] c.e.Gateway - TLS handshake failed with 10.0.9.9\n");
        b.append(LogSamples.time(42)).append(" ERROR [http-2] c.e.Ledger - balance check failed for account 77\n");

        // when
        String out = compress(b.toString()).text();

        // then
        assertThat(countLines(out, "connect to 10.0.4.")).isEqualTo(2); // the first and the last of its kind
        assertThat(out).contains("  \u00d740 errors like this");
        assertThat(out).contains("TLS handshake failed with 10.0.9.9", "balance check failed for account 77");
    }

    @Test
    void should_merge_warnings_that_differ_only_in_numbers() {
        // when
        String out = compress(LOG).text();

        // then
        assertThat(out).containsOnlyOnce("c.e.api.RateLimiter - client 10.0.3.");
        assertThat(out).contains("  \u00d77 warnings like this");
    }

    @Test
    void should_keep_lines_that_mention_the_question() {
        // when
        String out = compress(LOG, "what happened to order 17400").text();

        // then
        assertThat(out).contains("GET /api/v1/orders/17400 200");
    }

    @Test
    void should_keep_small_vocabularies_visible_but_collapse_variables() {
        // given
        StringBuilder b = new StringBuilder();
        String[] daemons = {"cupsd", "klogd", "sshd"};
        for (int i = 0; i < 60; i++) {
            b.append("Jun 14 15:16:").append(String.format("%02d", i)).append(" combo ").append(daemons[i % 3])
                    .append(" startup succeeded\n");
            b.append("Jun 14 15:16:").append(String.format("%02d", i)).append(" combo sshd[").append(100 + i)
                    .append("]: Invalid user u").append((char) ('a' + i % 26)).append("x from 10.0.0.").append(i).append('\n');
        }

        // when
        String out = compress(b.toString()).text();

        // then
        assertThat(out).contains("combo cupsd startup succeeded", "combo klogd startup succeeded", "combo sshd startup succeeded");
        assertThat(countLines(out, "Invalid user")).isLessThanOrEqualTo(TemplateMiner.MAX_VOCABULARY + LineTemplateCompressor.TAIL_LINES);
    }

    @Test
    void should_shorten_the_last_timestamp_only_to_a_time_of_day() {
        assertThat(LineTemplateCompressor.sharedDatePrefix("2015-07-29 19:04:29,071", "2015-07-29 19:37:08,902")).isEqualTo(11);
        assertThat(LineTemplateCompressor.sharedDatePrefix("081109 203615", "081109 215957")).isEqualTo(7);
        assertThat(LineTemplateCompressor.sharedDatePrefix("Jun 17 19:43:13", "Jun 23 01:41:32")).isZero();
        assertThat(LineTemplateCompressor.sharedDatePrefix("Thu Dec 01 10:00:00 2005", "Tue Dec 06 10:00:00 2005")).isZero();
    }

    @Test
    void should_read_level_and_time_of_json_records() {
        // given
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            b.append("{\"time\":\"2024-07-01T10:00:").append(String.format("%02d", i))
                    .append("Z\",\"level\":\"info\",\"msg\":\"request\",\"path\":\"/v1/users/").append(i).append("\"}\n");
            if (i % 10 == 3) {
                b.append("{\"time\":\"2024-07-01T10:00:").append(String.format("%02d", i))
                        .append("Z\",\"level\":\"error\",\"msg\":\"upstream unavailable\",\"attempt\":").append(i).append("}\n");
            }
        }

        // when
        String out = compress(b.toString()).text();

        // then
        assertThat(out).contains("\"level\":\"error\",\"msg\":\"upstream unavailable\",\"attempt\":3}",
                "\"level\":\"error\",\"msg\":\"upstream unavailable\",\"attempt\":13}",
                "\"level\":\"error\",\"msg\":\"upstream unavailable\",\"attempt\":23}");
        assertThat(out).contains("  \u00d730 like this, 2024-07-01T10:00:00Z \u2013 10:00:29Z [headroom: ");
    }

    @Test
    void should_leave_short_input_unchanged() {
        assertThat(compress("a\nb\nc\n").text()).isEqualTo("a\nb\nc\n");
    }

    @Test
    void should_keep_python_traceback_with_its_exception_line() {
        // given
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append("2024-05-02 17:03:").append(String.format("%02d", i)).append(",402 INFO [worker] task ").append(i).append(" ok\n");
        }
        String trace = "2024-05-02 17:04:00,001 ERROR [worker] task 91ab02 failed\n"
                + "Traceback (most recent call last):\n"
                + "  File \"/app/worker/tasks.py\", line 88, in send_receipt\n"
                + "    pdf = render_receipt(order)\n"
                + "TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'\n";
        b.append(trace);
        for (int i = 0; i < 20; i++) {
            b.append("2024-05-02 17:05:").append(String.format("%02d", i)).append(",402 INFO [worker] task ").append(i).append(" ok\n");
        }

        // when
        String out = compress(b.toString()).text();

        // then
        assertThat(out).contains(trace);
    }

    private static int countLines(String text, String needle) {
        List<String> hits = new ArrayList<>();
        for (String l : TextLines.of(text).lines()) {
            if (l.contains(needle) && !Marker.containsMarker(l)) {
                hits.add(l);
            }
        }
        return hits.size();
    }

    @Test
    void should_give_a_relevance_scorer_the_words_of_a_record_with_numbers_masked() {
        assertThat(LineTemplateCompressor.withoutNumbers("sshd[24200]: Invalid user pi from 173.234.31.186 port 22"))
                .isEqualTo("# Invalid user pi from # port #");
        assertThat(LineTemplateCompressor.withoutNumbers("no numbers here")).isEqualTo("no numbers here");
    }
}

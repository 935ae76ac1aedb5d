package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.Marker;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.CompressorContract;
import dev.headroom.detect.ContentKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCompressorTest extends CompressorContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected ContentKind kind() {
        return ContentKind.JSON_ARRAY;
    }

    @Override
    protected Compressor compressor() {
        return new JsonCompressor();
    }

    @Override
    protected List<String> samples() {
        return List.of(Samples.healthChecks(), Samples.searchResponse(), Samples.people(), Samples.tags(), Samples.orders());
    }

    private static Compressed compress(String input, String query) {
        return new JsonCompressor().compress(input, CompressionContext.builder(input).query(query).build());
    }

    private static List<JsonNode> keptRows(String output) throws Exception {
        JsonNode expanded = JSON.readTree(JsonTables.expand(output));
        JsonNode arr = expanded.isArray() ? expanded : expanded.get("items");
        List<JsonNode> rows = new ArrayList<>();
        arr.forEach(rows::add);
        return rows;
    }

    @Test
    void should_keep_error_row_outlier_first_and_last_and_declare_the_exact_elided_count() throws Exception {
        // given
        String input = Samples.healthChecks();

        // when
        Compressed out = compress(input, "");

        // then
        List<JsonNode> rows = keptRows(out.text());
        List<JsonNode> real = rows.subList(0, rows.size() - 1);
        assertThat(real).extracting(r -> r.get("id").asInt()).contains(1000, 1037, 1021, 1059);
        assertThat(rows.get(rows.size() - 1).get("_headroom").asText()).isEqualTo(out.elisions().get(0).render());
        assertThat(out.elisions()).singleElement().satisfies(e -> {
            assertThat(e.unit()).isEqualTo("rows");
            assertThat(e.count()).isEqualTo(60 - real.size());
        });
        assertThat(real.size()).isLessThan(30);
    }

    @Test
    void should_state_constant_fields_once() {
        Compressed out = compress(Samples.healthChecks(), "");

        assertThat(out.text()).containsOnlyOnce("eu-west-1").containsOnlyOnce("\"score\":1.0");
        assertThat(out.text()).contains("\"constant\":{\"region\":\"eu-west-1\",\"score\":1.0}");
    }

    @Test
    void should_keep_rows_matching_the_question_with_whole_number_ids() throws Exception {
        Compressed out = compress(Samples.searchResponse(), "what happened to order 14855?");

        List<Integer> ids = keptRows(out.text()).stream().filter(r -> r.has("order_id")).map(r -> r.get("order_id").asInt()).toList();
        assertThat(ids).contains(14855, 14877, 14800, 14919);
    }

    @Test
    void should_compress_a_nested_items_array_in_place_and_keep_the_rest_of_the_object() throws Exception {
        Compressed out = compress(Samples.searchResponse(), "");

        JsonNode root = JSON.readTree(out.text());
        assertThat(root.get("total_count").asInt()).isEqualTo(120);
        assertThat(root.get("page").asInt()).isEqualTo(1);
        assertThat(root.get("items").has("_headroom_table")).isTrue();
        assertThat(out.elisions()).singleElement().satisfies(e -> assertThat(e.count()).isEqualTo(120 - (keptRows(out.text()).size() - 1)));
        assertThat(out.text()).doesNotContain("\n").doesNotContain("\": ").doesNotContain("\", \"");
    }

    @Test
    void should_retrieve_the_nested_array_filtered_by_query() {
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).build();
        CompressionResult r = h.compress(Samples.searchResponse());
        String handle = r.handles().get(0);

        RetrievalResult all = h.retrieve(handle);
        RetrievalResult some = h.retrieve(handle, "14833");

        assertThat(Samples.searchResponse()).contains(all.content());
        assertThat(some.status()).isEqualTo(RetrievalResult.Status.FILTERED);
        assertThat(some.content()).contains("14833").doesNotContain("14834");
    }

    @Test
    void should_retrieve_matching_items_of_a_top_level_array_as_their_exact_source_text() {
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).build();
        String input = Samples.healthChecks();
        CompressionResult r = h.compress(input);

        RetrievalResult got = h.retrieve(r.handles().get(0), "upstream timeout");

        assertThat(got.status()).isEqualTo(RetrievalResult.Status.FILTERED);
        assertThat(got.content()).startsWith("[{").endsWith("}]").contains("\"id\": 1037").doesNotContain("\"id\": 1036");
        assertThat(input).contains(got.content().substring(1, got.content().length() - 1));
    }

    @Test
    void should_keep_number_text_in_filtered_retrieval() {
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).build();
        CompressionResult r = h.compress(Samples.searchResponse());

        RetrievalResult got = h.retrieve(r.handles().get(0), "14800");

        assertThat(got.content()).contains("\"amount\": 20.50");
    }

    @Test
    void should_state_a_dependent_column_once_in_a_lossless_table() throws Exception {
        // no description carries an error word: such rows stand out, so the array would be sampled
        StringBuilder sb = new StringBuilder("[");
        String[] codes = {"E-DISK", "E-NET", "E-AUTH"};
        String[] text = {"The disk quota of the volume was reached while writing the nightly snapshot",
            "The network link to the upstream registry dropped during the transfer window",
            "The credentials presented by the client did not match the records of the identity provider"};
        for (int i = 0; i < 40; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"host\":\"node-").append((char) ('a' + i % 26)).append((char) ('a' + i / 26))
                    .append(" rack ").append((char) ('k' + i % 7)).append("\",\"code\":\"").append(codes[i % 3])
                    .append("\",\"description\":\"").append(text[i % 3]).append("\"}");
        }
        String input = sb.append("]").toString();

        Compressed out = compress(input, "");

        assertThat(out.elisions()).isEmpty();
        assertThat(out.text()).contains("\"lookup\":{\"description\":{\"by\":\"code\"").containsOnlyOnce(text[0]);
        assertThat(JsonTables.expand(out.text())).isEqualTo(input);
    }

    @Test
    void should_keep_objects_with_constants_stated_once_when_rows_differ_in_keys() throws Exception {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 50; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"job\":\"sync-").append(i).append("\",\"queue\":\"default\",\"state\":\"")
                    .append(i == 31 ? "failed" : "done").append('"').append(i % 10 == 3 ? ",\"retried\":true" : "").append('}');
        }
        String input = sb.append(']').toString();

        Compressed out = compress(input, "");

        JsonNode arr = JSON.readTree(out.text());
        assertThat(arr.get(0).get("_headroom_constant").get("queue").asText()).isEqualTo("default");
        JsonNode sentinel = arr.get(arr.size() - 1);
        assertThat(sentinel.get("_headroom").asText()).isEqualTo(out.elisions().get(0).render());
        assertThat(out.elisions().get(0).count()).isEqualTo(50 - (arr.size() - 2));
        JsonNode original = JSON.readTree(input);
        JsonNode expanded = JSON.readTree(JsonTables.expand(out.text()));
        List<JsonNode> originals = new ArrayList<>();
        original.forEach(originals::add);
        for (int i = 0; i < expanded.size() - 1; i++) {
            assertThat(originals).contains(expanded.get(i));
        }
        assertThat(out.text()).contains("\"job\":\"sync-31\",\"state\":\"failed\"");
    }

    @Test
    void should_not_take_an_error_key_inside_nested_values_for_an_error() throws Exception {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 40; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"build\":").append(i).append(",\"result\":{\"status\":\"")
                    .append(i == 17 ? "failed" : "passed").append("\",\"error\":null}}");
        }
        String input = sb.append(']').toString();

        Compressed out = compress(input, "");

        List<Integer> builds = keptRows(out.text()).stream().filter(r -> r.has("build")).map(r -> r.get("build").asInt()).toList();
        assertThat(builds).contains(0, 17, 39).hasSizeLessThan(12);
    }

    @Test
    void should_write_distinct_entities_as_a_lossless_table_that_expands_to_the_original() throws Exception {
        String input = Samples.people();

        Compressed out = compress(input, "");

        assertThat(out.elisions()).isEmpty();
        assertThat(out.text()).startsWith("{\"_headroom_table\":{\"columns\":[\"id\",\"name\",\"email\",\"team.name\",\"team.floor\"");
        assertThat(out.text()).contains("\"constant\":{\"active\":true}");
        assertThat(JsonTables.expand(out.text())).isEqualTo(JsonReader.parse(input).json());
    }

    @Test
    void should_sample_distinct_entities_and_keep_the_failed_one_when_one_row_has_failed() throws Exception {
        Compressed out = compress(Samples.orders(), "");

        List<JsonNode> rows = keptRows(out.text());
        List<JsonNode> real = rows.subList(0, rows.size() - 1);
        assertThat(real).extracting(r -> r.get("id").asText()).contains("ORD-10001", "ORD-10187", "ORD-10300");
        assertThat(real.size()).isLessThan(60);
        assertThat(out.elisions()).singleElement().satisfies(e -> {
            assertThat(e.unit()).isEqualTo("rows");
            assertThat(e.count()).isEqualTo(300 - real.size());
        });
        assertThat(rows.get(rows.size() - 1).get("_headroom").asText()).isEqualTo(out.elisions().get(0).render());
        List<JsonNode> originals = new ArrayList<>();
        JSON.readTree(Samples.orders()).forEach(originals::add);
        assertThat(originals).containsAll(real);
    }

    @Test
    void should_keep_every_row_of_distinct_entities_when_none_stands_out() throws Exception {
        String input = Samples.orders(false);

        Compressed out = compress(input, "");

        assertThat(out.elisions()).isEmpty();
        assertThat(out.text()).startsWith("{\"_headroom_table\":");
        assertThat(JsonTables.expand(out.text())).isEqualTo(JsonReader.parse(input).json());
    }

    @Test
    void should_show_a_failure_inline_in_its_table_row_rather_than_only_in_a_lookup() throws Exception {
        Compressed out = compress(Samples.orders(), "");

        JsonNode table = JSON.readTree(out.text()).get("_headroom_table");
        assertThat(table.has("lookup")).as("lookups remain for the other columns").isTrue();
        assertThat(table.toString()).containsOnlyOnce("FAILED").containsOnlyOnce("gateway_timeout");
        assertThat(table.get("lookup").toString()).doesNotContain("FAILED").doesNotContain("gateway_timeout");
        assertThat(table.get("constant").toString()).doesNotContain("FAILED");
        JsonNode failedRow = null;
        for (JsonNode row : table.get("rows")) {
            if (row.toString().contains("\"ORD-10187\"")) {
                failedRow = row;
            }
        }
        assertThat(failedRow).isNotNull();
        assertThat(failedRow.toString()).contains("\"FAILED\"").contains("{\"code\":\"gateway_timeout\",\"message\":");
    }

    @Test
    void should_keep_a_column_as_cells_in_a_lossless_table_when_a_row_shows_its_failure_only_there() throws Exception {
        String[] detail = {"compiled all modules of the workspace with the release profile",
            "ran the unit and integration suites on the shared runners", "upload failed: the artifact registry refused the connection"};
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 10; i++) {
            int stage = i == 7 ? 2 : i % 2;
            sb.append(i == 0 ? "" : ",").append("{\"job\":\"job-").append(i).append("\",\"queue\":\"default\",\"stage\":\"")
                    .append(new String[] {"build", "test", "deploy"}[stage]).append("\",\"detail\":\"").append(detail[stage]).append("\"}");
        }
        String input = sb.append(']').toString();

        Compressed out = compress(input, "");

        assertThat(out.elisions()).isEmpty();
        assertThat(out.text()).startsWith("{\"_headroom_table\":").contains("\"constant\":{\"queue\":\"default\"}").doesNotContain("\"lookup\"");
        assertThat(out.text()).contains("[\"job-7\",\"deploy\",\"" + detail[2] + "\"]");
        assertThat(JsonTables.expand(out.text())).isEqualTo(input);
    }

    @Test
    void should_retrieve_the_failed_order_by_its_id() {
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).build();
        String input = Samples.orders();
        CompressionResult r = h.compress(input);

        RetrievalResult got = h.retrieve(r.handles().get(0), "ORD-10187");

        assertThat(r.savings()).isGreaterThan(0.8);
        assertThat(got.status()).isEqualTo(RetrievalResult.Status.FILTERED);
        assertThat(got.content()).contains("\"id\": \"ORD-10187\"").contains("gateway_timeout").doesNotContain("ORD-10186");
        assertThat(input).contains(got.content().substring(1, got.content().length() - 1).strip());
    }

    @Test
    void should_keep_a_rare_enum_value() throws Exception {
        List<Integer> ids = keptRows(compress(Samples.searchResponse(), "").text()).stream()
                .filter(r -> r.has("state") && r.get("state").asText().equals("refunded")).map(r -> r.get("order_id").asInt()).toList();
        assertThat(ids).containsExactly(14877);
    }

    @Test
    void should_keep_number_text_and_key_order_exactly() {
        String input = "{\n  \"z\": 1.0,\n  \"a\": 1e5,\n  \"m\": 12345678901234567890123,\n  \"s\": \"caf\\u00e9 \\\"q\\\"\",\n  \"n\": -0.000\n}";

        Compressed out = compress(input, "");

        assertThat(out.text()).isEqualTo("{\"z\":1.0,\"a\":1e5,\"m\":12345678901234567890123,\"s\":\"café \\\"q\\\"\",\"n\":-0.000}");
    }

    @Test
    void should_pass_small_arrays_and_scalar_arrays_through_minified_only() {
        String input = "{\"a\": [1, 2, 3], \"b\": [{\"x\": 1}, {\"x\": 2}], \"c\": [\"p\", \"q\"]}";

        Compressed out = compress(input, "");

        assertThat(out.text()).isEqualTo("{\"a\":[1,2,3],\"b\":[{\"x\":1},{\"x\":2}],\"c\":[\"p\",\"q\"]}");
        assertThat(out.elisions()).isEmpty();
    }

    @Test
    void should_minify_an_array_of_strings_without_dropping_any() {
        Compressed out = compress(Samples.tags(), "");

        assertThat(out.elisions()).isEmpty();
        assertThat(out.text()).startsWith("[\"tag-0\",\"tag-1\",").endsWith("\"tag-79\"]");
    }

    @Test
    void should_be_byte_identical_across_runs_and_retrieve_every_original_exactly() {
        for (String s : samples()) {
            Headroom h1 = Headroom.builder().timeBudget(Duration.ZERO).build();
            Headroom h2 = Headroom.builder().timeBudget(Duration.ZERO).build();
            CompressionResult a = h1.compress(s, CompressionHints.NONE);
            CompressionResult b = h2.compress(s, CompressionHints.NONE);
            assertThat(a.text()).isEqualTo(b.text());
            for (String handle : a.handles()) {
                String got = h1.retrieve(handle).content();
                assertThat(s).contains(got);
                if (handle.equals(Marker.findAll(a.text()).get(0).handle()) && s.startsWith("[")) {
                    assertThat(got).isEqualTo(s);
                }
            }
        }
    }
}

package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void should_minify_by_streaming_exactly_as_the_tree_renders() throws IOException {
        for (String doc : new String[] {Samples.healthChecks(), Samples.searchResponse(), Samples.people(), Samples.tags(),
            "{ \"a\" : [ ], \"b\" : { }, \"c\" : [ [ 1 , 2 ] , { \"d\" : null } ], \"e\" : -1.50E+3 }"}) {
            assertThat(JsonReader.minify(doc)).isEqualTo(JsonReader.parse(doc).json());
        }
    }

    @Test
    void should_refuse_trailing_content_and_truncation() {
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":1} {\"b\":2}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonReader.minify("{\"a\":1} {\"b\":2}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonReader.parse("[{\"a\":1},")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonReader.minify("[{\"a\":1},")).isInstanceOf(IOException.class);
    }

    @Test
    void should_record_the_source_range_of_each_array() throws IOException {
        String doc = "{ \"items\" : [ 1, 2 ] }";
        Node.Arr items = (Node.Arr) ((Node.Obj) JsonReader.parse(doc)).get("items");
        assertThat(doc.substring(items.start(), items.end())).isEqualTo("[ 1, 2 ]");
    }
}

package dev.headroom.proxy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    private static String slice(byte[] doc, JsonValue v) {
        return new String(doc, v.start(), v.end() - v.start(), StandardCharsets.UTF_8);
    }

    @Test
    void should_give_each_value_its_exact_byte_range() throws IOException {
        byte[] doc = "{ \"a\" : \"h\\u00e9 \\\"x\\\" é😀\", \"n\": -1.50e+2 ,\"b\":[true, null,{\"c\":\"\"}] }".getBytes(StandardCharsets.UTF_8);

        JsonValue.Obj root = (JsonValue.Obj) JsonReader.read(doc);

        assertThat(slice(doc, root)).isEqualTo(new String(doc, StandardCharsets.UTF_8));
        assertThat(slice(doc, root.get("a"))).isEqualTo("\"h\\u00e9 \\\"x\\\" é😀\"");
        assertThat(root.string("a")).isEqualTo("hé \"x\" é😀");
        assertThat(slice(doc, root.get("n"))).isEqualTo("-1.50e+2");
        JsonValue.Arr b = root.array("b");
        assertThat(slice(doc, b)).isEqualTo("[true, null,{\"c\":\"\"}]");
        assertThat(slice(doc, b.elements().get(2))).isEqualTo("{\"c\":\"\"}");
        assertThat(slice(doc, ((JsonValue.Obj) b.elements().get(2)).get("c"))).isEqualTo("\"\"");
    }

    @Test
    void should_refuse_what_is_not_one_json_value() {
        assertThatThrownBy(() -> JsonReader.read("{\"a\":1} x".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonReader.read("{\"a\":".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonReader.read(new byte[0])).isInstanceOf(IOException.class);
    }

    @Test
    void should_splice_replacements_and_insertions_leaving_the_rest_unchanged() {
        byte[] doc = "[1, 2 ,3]".getBytes(StandardCharsets.UTF_8);

        byte[] out = new Splice(doc).replace(4, 5, "\"two\"".getBytes(StandardCharsets.UTF_8)).insert(8, ",4".getBytes(StandardCharsets.UTF_8)).apply();

        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("[1, \"two\" ,3,4]");
        assertThat(new Splice(doc).apply()).isSameAs(doc);
    }
}

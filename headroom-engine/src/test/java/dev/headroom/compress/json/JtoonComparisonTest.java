package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;
import dev.headroom.testing.Csv;
import dev.toonformat.jtoon.JToon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our lossless table form against TOON (jtoon) on the same arrays, in o200k tokens: ours must be
 * smaller and must expand back to exactly the original array. Corpus arrays run when
 * {@code HEADROOM_CORPUS} is set; our own arrays always run.
 */
class JtoonComparisonTest {

    private static final TokenCounter O200K = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);

    /** One array's figures: compact JSON, jtoon and ours, in tokens. */
    record Figures(String name, int json, int toon, int ours) {}

    static Figures measure(String name, Node.Arr array) {
        List<Node.Obj> rows = new ArrayList<>();
        array.items().forEach(i -> rows.add((Node.Obj) i));
        String compact = array.json();
        TableLayout layout = TableLayout.of(rows);
        assertThat(layout).as("%s is uniform", name).isNotNull();
        StringBuilder ours = new StringBuilder();
        layout.render(ours, null, null);
        assertThat(JsonTables.expand(ours.toString())).as("%s expands to the original", name).isEqualTo(compact);
        String toon = JToon.encodeJson(compact);
        Figures f = new Figures(name, O200K.count(compact), O200K.count(toon), O200K.count(ours.toString()));
        System.out.printf(Locale.ROOT, "%-36s rows %5d  json %7d  jtoon %7d  ours %7d  (ours/jtoon %.2f)%n", name, rows.size(), f.json(),
                f.toon(), f.ours(), (double) f.ours() / f.toon());
        return f;
    }

    private static void assertBeats(List<Figures> all) {
        long toon = 0;
        long ours = 0;
        for (Figures f : all) {
            assertThat(f.ours()).as("%s: ours (%d) < jtoon (%d)", f.name(), f.ours(), f.toon()).isLessThan(f.toon());
            toon += f.toon();
            ours += f.ours();
        }
        System.out.printf(Locale.ROOT, "TOTAL %d arrays: jtoon %d, ours %d tokens (%.1f%% fewer)%n", all.size(), toon, ours,
                100.0 * (toon - ours) / toon);
    }

    private static Node.Arr parseArray(String json) throws IOException {
        return (Node.Arr) JsonReader.parse(json);
    }

    @Test
    void should_beat_jtoon_on_our_uniform_arrays() throws IOException {
        List<Figures> all = new ArrayList<>();
        all.add(measure("own/people", parseArray(Samples.people())));
        all.add(measure("own/health-checks", parseArray(Samples.healthChecks())));
        Node items = ((Node.Obj) JsonReader.parse(Samples.searchResponse())).get("items");
        all.add(measure("own/search-items", (Node.Arr) items));
        all.add(measure("own/orders", parseArray(orders())));
        assertBeats(all);
    }

    /** 300 orders with a nested customer object, as an e-commerce API returns them. */
    static String orders() {
        StringBuilder sb = new StringBuilder("[");
        String[] cities = {"Lyon", "Porto", "Gdansk", "Leeds", "Graz"};
        for (int i = 0; i < 300; i++) {
            int c = (i * 7) % 40;
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"id\":\"ord_%05d\",\"created\":\"2024-03-%02dT%02d:%02d:00Z\",\"status\":\"%s\",\"total\":%d.%02d,"
                            + "\"customer\":{\"id\":\"cus_%03d\",\"name\":\"Customer %d\",\"city\":\"%s\",\"tier\":\"%s\"},\"items\":%d}",
                    i, 1 + i % 28, i % 24, (i * 13) % 60, i % 11 == 0 ? "pending" : "shipped", 10 + (i * 37) % 400, (i * 17) % 100,
                    c, c, cities[c % 5], c % 3 == 0 ? "gold" : "standard", 1 + i % 4));
        }
        return sb.append(']').toString();
    }

    @Test
    void should_beat_jtoon_on_the_corpus_arrays() throws IOException {
        String dir = System.getenv("HEADROOM_CORPUS");
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null && !dir.isBlank(), "set HEADROOM_CORPUS to run the corpus comparison");
        Path corpus = Path.of(dir);
        List<Figures> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus.resolve("github"))) {
            for (Path f : s.sorted().toList()) {
                Node root = JsonReader.parse(Files.readString(f, StandardCharsets.UTF_8));
                Node.Arr arr = root instanceof Node.Arr a ? a : ((Node.Obj) root).get("items") instanceof Node.Arr a ? a : null;
                if (arr != null && arr.items().size() >= 2 && TableLayout.of(objects(arr)) != null) {
                    all.add(measure("github/" + f.getFileName(), arr));
                }
            }
        }
        for (Path csv : structuredCsvs(corpus)) {
            List<Map<String, String>> rows = Csv.maps(Files.readString(csv, StandardCharsets.UTF_8)).subList(0, 2000);
            all.add(measure("logs/" + csv.getFileName(), parseArray(JsonCorpusTest.arrayOf(rows, false))));
        }
        assertThat(all).hasSizeGreaterThan(6);
        assertBeats(all);
    }

    private static List<Node.Obj> objects(Node.Arr arr) {
        List<Node.Obj> rows = new ArrayList<>();
        for (Node n : arr.items()) {
            if (!(n instanceof Node.Obj o)) {
                return List.of();
            }
            rows.add(o);
        }
        return rows;
    }

    private static List<Path> structuredCsvs(Path corpus) throws IOException {
        try (Stream<Path> s = Files.list(corpus.resolve("logs"))) {
            return s.filter(p -> p.getFileName().toString().endsWith("_structured.csv")).sorted().toList();
        }
    }
}

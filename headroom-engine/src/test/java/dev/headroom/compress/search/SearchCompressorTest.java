package dev.headroom.compress.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.ccr.Marker;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.CompressorContract;
import dev.headroom.compress.RealSources;
import dev.headroom.detect.ContentKind;
import dev.headroom.store.InMemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SearchCompressorTest extends CompressorContract {

    private static final List<RealSources.SourceFile> SOURCES = RealSources.sources();
    /** Broader alternations are used only when the sources at hand are too small for 500 matches of one token. */
    private static final String[] BROADER = {"\\b(return|public)\\b", "\\b(return|public|import|final|private|static)\\b"};
    private static final String GREP_RETURN = atLeast500(0, 800, "\\breturn\\b");
    private static final String GREP_PUBLIC = atLeast500(0, 1500, "\\bpublic\\b");
    private static final String GREP_IMPORT_C2 = atLeast500(2, 600, "^import ");
    private static final String RG_HEADING = atLeast500(-1, 700, "\\breturn\\b");

    private static String atLeast500(int context, int max, String pattern) {
        List<String> patterns = new ArrayList<>(List.of(pattern));
        patterns.addAll(List.of(BROADER));
        String out = "";
        for (String p : patterns) {
            out = context < 0
                    ? GrepFixture.rgHeading(SOURCES, Pattern.compile(p), max)
                    : GrepFixture.grep(SOURCES, Pattern.compile(p), context, max);
            if (GrepFixture.countMatches(out) >= 500) {
                break;
            }
        }
        return out;
    }

    @Override
    protected ContentKind kind() {
        return ContentKind.SEARCH;
    }

    @Override
    protected Compressor compressor() {
        return new SearchCompressor();
    }

    @Override
    protected List<String> samples() {
        return List.of(GREP_RETURN, GREP_IMPORT_C2, RG_HEADING);
    }

    private static CompressionResult compress(String input, String query) {
        Headroom h = Headroom.builder().timeBudget(Duration.ZERO).store(InMemoryStore.create()).build();
        return h.compress(input, CompressionHints.query(query).withKind(ContentKind.SEARCH));
    }

    @Test
    void should_save_at_least_60_percent_on_500_plus_real_matches_without_a_query() {
        for (String input : List.of(GREP_RETURN, GREP_PUBLIC, GREP_IMPORT_C2, RG_HEADING)) {
            assertThat(GrepFixture.countMatches(input)).as("matches from %s", RealSources.origin()).isGreaterThanOrEqualTo(500);
            CompressionResult r = compress(input, "");
            report(input, "", r);
            assertThat(r.savings()).as("o200k savings").isGreaterThanOrEqualTo(0.60);
            assertEveryLineVerbatim(input, r.text());
        }
    }

    @Test
    void should_save_at_least_60_percent_on_500_plus_real_matches_with_a_query() {
        CompressionResult r = compress(GREP_RETURN, "where does the deserializer return null for an empty string?");
        report(GREP_RETURN, "where does the deserializer return null for an empty string?", r);
        assertThat(r.savings()).isGreaterThanOrEqualTo(0.60);
        assertEveryLineVerbatim(GREP_RETURN, r.text());
        CompressionResult p = compress(GREP_PUBLIC, "ObjectMapper readValue");
        report(GREP_PUBLIC, "ObjectMapper readValue", p);
        assertThat(p.savings()).isGreaterThanOrEqualTo(0.60);
        assertEveryLineVerbatim(GREP_PUBLIC, p.text());
    }

    @Test
    void should_keep_lines_matching_the_query() {
        String term = midFrequencyIdentifier(GREP_PUBLIC);
        CompressionResult r = compress(GREP_PUBLIC, "where is " + term + " used?");
        long inInput = lines(GREP_PUBLIC).stream().filter(l -> l.contains(term)).count();
        long inOutput = lines(r.text()).stream().filter(l -> l.contains(term) && !Marker.containsMarker(l)).count();
        assertThat(inInput).isGreaterThan(0);
        assertThat(inOutput).isGreaterThanOrEqualTo(Math.min(inInput, 10));
    }

    @Test
    void should_declare_exact_elided_counts_and_name_every_file() {
        for (String input : List.of(GREP_RETURN, GREP_IMPORT_C2, RG_HEADING)) {
            CompressionResult r = compress(input, "");
            Map<String, Integer> hitsPerFile = new LinkedHashMap<>();
            for (SearchLine l : SearchParser.parse(input)) {
                if (l.isHit()) {
                    hitsPerFile.merge(l.path(), 1, Integer::sum);
                }
            }
            int keptHits = 0;
            for (SearchLine l : SearchParser.parse(r.text())) {
                if (l.isHit()) {
                    keptHits++;
                }
            }
            int declared = r.elisions().stream().mapToInt(e -> e.count()).sum();
            int total = hitsPerFile.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(keptHits + declared).as("kept + declared = all hits").isEqualTo(total);
            for (String path : hitsPerFile.keySet()) {
                int slash = path.lastIndexOf('/');
                assertThat(r.text().contains(path)
                                || r.text().contains(path.substring(0, slash + 1) + " (")
                                        && r.text().contains(path.substring(slash + 1) + " " + hitsPerFile.get(path)))
                        .as("file %s is named", path)
                        .isTrue();
            }
        }
    }

    @Test
    void should_count_elisions_per_file_in_the_marker_after_its_lines() {
        String input = fileLines("src/A.java", 30, "int a = %d;") + fileLines("src/B.java", 30, "int b = %d;")
                + fileLines("src/C.java", 2, "int c = %d;");
        CompressionContext ctx = CompressionContext.builder(input).build();
        Compressed out = new SearchCompressor().compress(input, ctx);
        List<String> lines = lines(out.text());
        int keptA = (int) lines.stream().filter(l -> l.startsWith("src/A.java:")).count();
        String markerA = lines.stream().filter(l -> l.endsWith(" in src/A.java")).findFirst().orElseThrow();
        assertThat(Marker.findAll(markerA).get(0).count()).isEqualTo(30 - keptA);
        assertThat(lines.indexOf(markerA)).isGreaterThan(lines.lastIndexOf(lines.stream().filter(l -> l.startsWith("src/A.java:")).reduce((a, b) -> b).orElseThrow()));
        assertThat(lines).contains("src/C.java:1:int c = 1;", "src/C.java:2:int c = 2;");
    }

    @Test
    void should_keep_error_and_todo_lines_without_a_query() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            String text = i == 137 ? "throw new IllegalStateException(\"fatal error: cache corrupt\");"
                    : i == 58 ? "// TODO remove this workaround" : "value = compute(" + i + ");";
            sb.append("src/main/Big.java:").append(i).append(':').append(text).append('\n');
        }
        Compressed out = new SearchCompressor().compress(sb.toString(), CompressionContext.builder(sb.toString()).build());
        assertThat(out.text()).contains("src/main/Big.java:137:throw new IllegalStateException(\"fatal error: cache corrupt\");\n");
        assertThat(out.text()).contains("src/main/Big.java:58:// TODO remove this workaround\n");
        assertThat(out.text()).contains("src/main/Big.java:1:value = compute(1);\n");
    }

    @Test
    void should_keep_crlf_line_endings_verbatim() {
        String input = fileLines("src/A.java", 60, "call(%d);").replace("\n", "\r\n");
        Compressed out = new SearchCompressor().compress(input, CompressionContext.builder(input).build());
        assertThat(out.text()).contains("src/A.java:1:call(1);\r\n");
        assertThat(out.text().replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void should_handle_paths_with_dashes_and_digits() {
        String input = fileLines("lib/v-1-api/x-2-y.txt", 50, "k-%d-v: 10:30:00");
        Compressed out = new SearchCompressor().compress(input, CompressionContext.builder(input).build());
        List<Marker> markers = Marker.findAll(out.text());
        assertThat(markers).hasSize(1);
        assertThat(out.text()).contains(" in lib/v-1-api/x-2-y.txt");
        assertEveryLineVerbatim(input, out.text());
    }

    @Test
    void should_pass_through_small_outputs() {
        String input = fileLines("src/A.java", 5, "x(%d);");
        Compressed out = new SearchCompressor().compress(input, CompressionContext.builder(input).build());
        assertThat(out.text()).isEqualTo(input);
    }

    @Test
    void should_keep_tool_error_lines() {
        String input = "grep: src/secret: Permission denied\n" + fileLines("src/A.java", 80, "x(%d);")
                + "Binary file build/app.jar matches\n";
        Compressed out = new SearchCompressor().compress(input, CompressionContext.builder(input).build());
        assertThat(out.text()).startsWith("grep: src/secret: Permission denied\n").contains("Binary file build/app.jar matches\n");
    }

    private static void report(String input, String query, CompressionResult r) {
        System.out.printf(java.util.Locale.ROOT, "search-savings source=%s matches=%d query='%s' tokens %d -> %d savings=%.1f%%%n",
                RealSources.origin(), GrepFixture.countMatches(input), query, r.tokensBefore(), r.tokensAfter(), 100 * r.savings());
    }

    /** A long identifier found on 5 to 30 lines of {@code text} (the alphabetically first), so the test fits any sources. */
    private static String midFrequencyIdentifier(String text) {
        Map<String, Integer> lineCounts = new java.util.TreeMap<>();
        for (String line : lines(text)) {
            Set<String> seen = new HashSet<>();
            for (String w : line.split("[^A-Za-z0-9_]+")) {
                if (w.length() >= 10 && Character.isLetter(w.charAt(0)) && seen.add(w)) {
                    lineCounts.merge(w, 1, Integer::sum);
                }
            }
        }
        return lineCounts.entrySet().stream().filter(e -> e.getValue() >= 5 && e.getValue() <= 30)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    static String fileLines(String path, int n, String format) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(path).append(':').append(i).append(':').append(String.format(java.util.Locale.ROOT, format, i)).append('\n');
        }
        return sb.toString();
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    static void assertEveryLineVerbatim(String input, String output) {
        Set<String> in = new HashSet<>(lines(input));
        List<String> notInInput = new ArrayList<>();
        for (String l : lines(output)) {
            if (!Marker.containsMarker(l) && !in.contains(l)) {
                notInInput.add(l);
            }
        }
        assertThat(notInInput).as("output lines that are neither markers nor input lines").isEmpty();
    }
}

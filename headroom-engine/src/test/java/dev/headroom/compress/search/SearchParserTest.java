package dev.headroom.compress.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.search.SearchLine.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParserTest {

    @Test
    void should_classify_matches_context_lines_and_separators() {
        List<SearchLine> lines = SearchParser.parse(
                "src/a-1-b.txt-4-before\nsrc/a-1-b.txt:5:hit at 10:30:00\nsrc/a-1-b.txt-6-after\n--\nsrc/c.txt:9:x\n");
        assertThat(lines).extracting(SearchLine::kind)
                .containsExactly(Kind.CONTEXT, Kind.MATCH, Kind.CONTEXT, Kind.SEPARATOR, Kind.MATCH);
        assertThat(lines).extracting(SearchLine::path)
                .containsExactly("src/a-1-b.txt", "src/a-1-b.txt", "src/a-1-b.txt", null, "src/c.txt");
        assertThat(lines.get(1).lineNo()).isEqualTo(5);
        assertThat(lines.get(1).content()).isEqualTo("hit at 10:30:00");
    }

    @Test
    void should_read_ripgrep_heading_groups() {
        List<SearchLine> lines = SearchParser.parse("src/A.java\n3:int a;\n4-int b;\n\nsrc/B.java\n7:int c;\n");
        assertThat(lines).extracting(SearchLine::kind)
                .containsExactly(Kind.HEADING, Kind.MATCH, Kind.CONTEXT, Kind.BLANK, Kind.HEADING, Kind.MATCH);
        assertThat(lines.get(5).path()).isEqualTo("src/B.java");
        assertThat(lines.get(5).lineNo()).isEqualTo(7);
    }

    @Test
    void should_keep_the_raw_line_with_its_terminator() {
        List<SearchLine> lines = SearchParser.parse("a.txt:1:x\r\nwhatever else\n");
        assertThat(lines.get(0).raw()).isEqualTo("a.txt:1:x\r\n");
        assertThat(lines.get(0).content()).isEqualTo("x");
        assertThat(lines.get(1).kind()).isEqualTo(Kind.OTHER);
    }
}

package dev.headroom.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> texts(String s) {
        return Segmenter.split(s).stream().map(seg -> s.substring(seg.start(), seg.textEnd())).toList();
    }

    @Test
    void should_cover_the_input_exactly() {
        // given
        String s = "  First one. Second one!\n\nThird line\n  indented. 4 items follow.\n- a\n- b\n";

        // when
        List<Segment> segments = Segmenter.split(s);

        // then
        assertThat(segments.get(0).start()).isZero();
        assertThat(segments.get(segments.size() - 1).end()).isEqualTo(s.length());
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).start()).isEqualTo(segments.get(i - 1).end());
        }
    }

    @Test
    void should_split_sentences_and_lines_but_join_wrapped_lines() {
        // given
        String s = "The build broke. It was\nfixed later. Version 2 shipped\nToday we rest.\n- item\n";

        // when
        List<String> texts = texts(s);

        // then
        assertThat(texts).containsExactly("The build broke.", "It was\nfixed later.", "Version 2 shipped", "Today we rest.", "- item");
    }

    @Test
    void should_not_split_inside_abbreviations_followed_by_lowercase() {
        // when
        List<String> texts = texts("Use e.g. the default. Then stop.");

        // then
        assertThat(texts).containsExactly("Use e.g. the default.", "Then stop.");
    }

    @Test
    void should_mark_fenced_lines() {
        // given
        String s = "Intro.\n```\ncode. More code\n```\nOutro.\n";

        // when
        List<Segment> segments = Segmenter.split(s);

        // then
        assertThat(segments).extracting(Segment::fenced).containsExactly(false, true, true, true, false);
    }
}

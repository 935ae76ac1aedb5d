package dev.headroom.bench.workload.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.detect.ContentKind;
import org.junit.jupiter.api.Test;

class RouteTest {

    @Test
    void should_accept_only_the_log_kind_for_logs_today() {
        assertThat(Route.LINE_TEMPLATE.accepts(ContentKind.LOG)).isTrue();
        for (ContentKind k : new ContentKind[] {ContentKind.TEXT, ContentKind.SEARCH, ContentKind.CODE, ContentKind.TEST_OUTPUT, ContentKind.JSON_ARRAY}) {
            assertThat(Route.LINE_TEMPLATE.accepts(k)).as(k.id()).isFalse();
        }
    }

    @Test
    void should_accept_any_line_oriented_kind_but_not_text_for_command_output() {
        assertThat(Route.LINE_ORIENTED.accepts(ContentKind.LOG)).isTrue();
        assertThat(Route.LINE_ORIENTED.accepts(ContentKind.SEARCH)).isTrue();
        assertThat(Route.LINE_ORIENTED.accepts(ContentKind.TEST_OUTPUT)).isTrue();
        assertThat(Route.LINE_ORIENTED.accepts(ContentKind.TEXT)).isFalse();
        assertThat(Route.LINE_ORIENTED.accepts(ContentKind.CODE)).isFalse();
        assertThat(Route.LINE_ORIENTED.accepts(ContentKind.HTML)).isFalse();
    }

    @Test
    void should_accept_code_or_lines_for_file_views_and_only_diff_for_diffs() {
        assertThat(Route.CODE_OR_LINES.accepts(ContentKind.CODE)).isTrue();
        assertThat(Route.CODE_OR_LINES.accepts(ContentKind.LOG)).isTrue();
        assertThat(Route.CODE_OR_LINES.accepts(ContentKind.TEXT)).isFalse();
        assertThat(Route.DIFF.accepts(ContentKind.DIFF)).isTrue();
        assertThat(Route.DIFF.accepts(ContentKind.TEXT)).isFalse();
    }

    @Test
    void should_take_both_line_template_kinds_for_logs_and_never_text() {
        assertThat(Route.LINE_TEMPLATE.accepts(ContentKind.LOG)).isTrue();
        assertThat(Route.LINE_TEMPLATE.accepts(ContentKind.LINES)).isTrue();
        assertThat(Route.LINE_TEMPLATE.accepts(ContentKind.TEXT)).isFalse();
        assertThat(Route.LINE_ORIENTED.accepts(ContentKind.LINES)).isTrue();
        assertThat(Route.LINE_ORIENTED.accepts(ContentKind.CODE)).isFalse();
    }
}

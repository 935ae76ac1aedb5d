package dev.headroom.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExposedNamesTest {

    private static Map<String, List<String>> servers(Object... nameAndTools) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndTools.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> tools = (List<String>) nameAndTools[i + 1];
            m.put((String) nameAndTools[i], tools);
        }
        return m;
    }

    private static String name(Map<ExposedNames.Owned, String> names, String server, String tool) {
        return names.get(new ExposedNames.Owned(server, tool));
    }

    @Test
    void should_keep_names_offered_by_one_server_only() {
        Map<ExposedNames.Owned, String> names = ExposedNames.assign(
                servers("github", List.of("search_issues", "get_pr"), "files", List.of("read_file")), Set.of("headroom_retrieve"));

        assertThat(names.values()).containsExactly("search_issues", "get_pr", "read_file");
    }

    @Test
    void should_prefix_every_copy_of_a_clashing_name_with_its_server() {
        Map<ExposedNames.Owned, String> names = ExposedNames.assign(
                servers("github", List.of("search", "get_pr"), "jira", List.of("search")), Set.of());

        assertThat(name(names, "github", "search")).isEqualTo("github__search");
        assertThat(name(names, "jira", "search")).isEqualTo("jira__search");
        assertThat(name(names, "github", "get_pr")).isEqualTo("get_pr");
    }

    @Test
    void should_prefix_a_downstream_tool_named_like_a_reserved_one() {
        Map<ExposedNames.Owned, String> names = ExposedNames.assign(
                servers("other-headroom", List.of("headroom_retrieve")), Set.of("headroom_retrieve"));

        assertThat(name(names, "other-headroom", "headroom_retrieve")).isEqualTo("other-headroom__headroom_retrieve");
    }

    @Test
    void should_replace_characters_a_tool_name_cannot_hold_and_number_what_still_clashes() {
        Map<ExposedNames.Owned, String> names = ExposedNames.assign(
                servers("my server", List.of("run"), "my.server", List.of("run"), "x", List.of("my_server__run")), Set.of());

        assertThat(name(names, "x", "my_server__run")).isEqualTo("my_server__run");
        assertThat(name(names, "my server", "run")).isEqualTo("my_server__run_2");
        assertThat(name(names, "my.server", "run")).isEqualTo("my_server__run_3");
    }

    @Test
    void should_give_the_same_names_for_the_same_configuration() {
        Map<String, List<String>> config = servers("a", List.of("t", "u"), "b", List.of("t"), "c", List.of("u", "v"));

        assertThat(ExposedNames.assign(config, Set.of())).isEqualTo(ExposedNames.assign(config, Set.of()));
    }

    @Test
    void should_offer_a_name_a_server_lists_twice_once() {
        Map<ExposedNames.Owned, String> names = ExposedNames.assign(servers("a", List.of("t", "t")), Set.of());

        assertThat(names).hasSize(1).containsValue("t");
    }
}

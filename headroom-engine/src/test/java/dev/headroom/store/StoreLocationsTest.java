package dev.headroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing of store locations; nothing here connects to a backend. The Redis cases that do are in RedisStoreTest. */
class StoreLocationsTest {

    @TempDir
    Path dir;

    @Test
    void should_open_memory_and_sqlite_locations() {
        try (OriginalStore memory = StoreLocations.open(" memory ");
                OriginalStore sqlite = StoreLocations.open("sqlite:" + dir.resolve("a.db"));
                OriginalStore path = StoreLocations.open(dir.resolve("b.db").toString())) {
            assertThat(memory).isInstanceOf(InMemoryStore.class);
            assertThat(sqlite.name()).isEqualTo("sqlite:" + dir.resolve("a.db"));
            assertThat(path.name()).isEqualTo("sqlite:" + dir.resolve("b.db"));
        }
    }

    @Test
    void should_reject_a_malformed_location_naming_the_accepted_forms() {
        for (String bad : new String[] {"redis://bad:host:x", "redis://", "redis://h:6379/zero", "redis://h:99999", " "}) {
            assertThatThrownBy(() -> StoreLocations.open(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(StoreLocations.ACCEPTED_FORMS);
        }
    }

    @Test
    void should_reject_an_unknown_scheme_rather_than_take_it_for_a_file_name() {
        assertThatThrownBy(() -> StoreLocations.open("http://cache.example:6379"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported scheme 'http'");
        assertThatThrownBy(() -> StoreLocations.open("sqlite:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no file path");
    }

    @Test
    void should_not_echo_a_password_in_an_error() {
        assertThatThrownBy(() -> StoreLocations.open("redis://user:s3cret@bad:host:x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cret")
                .hasMessageContaining("redis://user:***@");
        assertThatThrownBy(() -> StoreLocations.open("redis://:s3cr%zzet@localhost:6379"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cr");
    }

    @Test
    void should_reject_an_unknown_redis_parameter() {
        assertThatThrownBy(() -> StoreLocations.open("redis://127.0.0.1:6379?prefx=a:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown parameter 'prefx'")
                .hasMessageContaining("prefix");
    }
}

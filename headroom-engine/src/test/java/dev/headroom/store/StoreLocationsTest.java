package dev.headroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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
        assertThatThrownBy(() -> StoreLocations.open("redis://alice:s3cret@bad:host:x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cret")
                .hasMessageNotContaining("alice")
                .hasMessageContaining("redis://***@");
        assertThatThrownBy(() -> StoreLocations.open("redis://:s3cr%zzet@localhost:6379"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cr");
    }

    /** Issue 11, item 6: '#', '/' or '?' unencoded in a password once cut the user-info short, and the message showed the rest. */
    @Test
    void should_hide_every_part_of_the_user_info_when_the_password_has_unencoded_delimiters() {
        for (String password : new String[] {"S3cr3t#Passw0rd", "S3cr3t/Passw0rd", "S3cr3t?Passw0rd", "S3c@r3t#Pa/ss?w0rd"}) {
            for (String uri : new String[] {
                    "redis://:" + password + "@h:6379",
                    "redis://:" + password + "@h:notaport",
                    "redis://admin:" + password + "@h:6379/zero",
                    "redis://admin:" + password + "@h:6379?prefx=a",
                    "rediss://admin:" + password + "@",
                    "redis://admin:" + password + "@h:6379#frag"}) {
                Throwable thrown = catchThrowable(() -> StoreLocations.open(uri).close());
                String shown = thrown == null ? "" : thrown.getMessage();
                assertThat(shown).as(uri).doesNotContain("S3c").doesNotContain("w0rd").doesNotContain("admin");
            }
        }
    }

    @Test
    void should_read_a_password_with_unencoded_delimiters_whole() {
        RedisStore.Builder b = RedisStore.builder("redis://:S3cr3t#Pa/ss?w0rd@127.0.0.1:6379/2?prefix=p:");
        try (RedisStore store = b.build()) {
            assertThat(store.name()).isEqualTo("redis://127.0.0.1:6379/2").doesNotContain("S3c");
            assertThat(store.prefix()).isEqualTo("p:");
        }
    }

    @Test
    void should_reject_an_unknown_redis_parameter() {
        assertThatThrownBy(() -> StoreLocations.open("redis://127.0.0.1:6379?prefx=a:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown parameter 'prefx'")
                .hasMessageContaining("prefix");
    }
}

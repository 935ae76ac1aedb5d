package dev.headroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.Outcome;
import dev.headroom.RetrievalResult;
import dev.headroom.ccr.Handles;
import dev.headroom.testing.Inputs;
import dev.headroom.testing.LogCapture;
import dev.headroom.testing.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite file locked by another connection, or not a database at all: fail open, then recover. */
class SqliteStoreFaultTest {

    @TempDir
    Path dir;

    @Test
    void should_fail_open_on_write_but_keep_reading_while_another_connection_holds_begin_exclusive() throws Exception {
        // given
        Path file = dir.resolve("write-locked.db");
        try (SqliteStore store = SqliteStore.builder(file).busyTimeout(Duration.ofMillis(200)).build()) {
            Headroom headroom = TestEngines.eliding(store);
            Random random = new Random(1);
            String first = Inputs.log(random);
            assertThat(headroom.compress(first).outcome()).isEqualTo(Outcome.COMPRESSED);
            String handle = Handles.of(first);

            try (Connection locker = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                    LogCapture logs = LogCapture.start()) {
                try (Statement s = locker.createStatement()) {
                    s.execute("BEGIN EXCLUSIVE");
                }

                // when
                String during = Inputs.log(random);
                CompressionResult r = headroom.compress(during);
                RetrievalResult got = headroom.retrieve(handle);

                // then: writes fail open; WAL mode lets reads go on past a writer's lock
                assertThat(r.outcome()).isEqualTo(Outcome.FAILED_OPEN);
                assertThat(r.text()).isEqualTo(during);
                assertThat(r.handles()).isEmpty();
                assertThat(got.content()).isEqualTo(first);
                assertThat(logs.warnings()).anySatisfy(w -> assertThat(w).contains("sqlite store").contains("locked"));
                assertThat(logs.warnings()).anySatisfy(w -> assertThat(w).contains("passing the original through"));

                try (Statement s = locker.createStatement()) {
                    s.execute("ROLLBACK");
                }
            }

            // when the lock is released
            String after = Inputs.log(random);
            CompressionResult r = headroom.compress(after);

            // then
            assertThat(r.outcome()).isEqualTo(Outcome.COMPRESSED);
            assertThat(headroom.retrieve(Handles.of(after)).content()).isEqualTo(after);
        }
    }

    @Test
    void should_fail_open_and_answer_unavailable_while_another_process_locks_the_whole_file() throws Exception {
        // given: a store file with one original, then a connection that keeps the file to itself
        Path file = dir.resolve("locked.db");
        Random random = new Random(4);
        String first = Inputs.log(random);
        try (SqliteStore seed = SqliteStore.open(file)) {
            seed.put(Handles.of(first), first);
        }
        try (SqliteStore store = SqliteStore.builder(file).busyTimeout(Duration.ofMillis(200)).build()) {
            Headroom headroom = TestEngines.eliding(store);
            try (Connection locker = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                    LogCapture logs = LogCapture.start()) {
                lockWholeFile(locker);

                // when
                String during = Inputs.log(random);
                CompressionResult r = headroom.compress(during);
                RetrievalResult got = headroom.retrieve(Handles.of(first));

                // then
                assertThat(r.outcome()).isEqualTo(Outcome.FAILED_OPEN);
                assertThat(r.text()).isEqualTo(during);
                assertThat(r.handles()).isEmpty();
                assertThat(got.status()).isEqualTo(RetrievalResult.Status.UNAVAILABLE);
                assertThat(got.message()).contains("temporarily unavailable").contains("sqlite:");
                assertThat(logs.warnings()).anySatisfy(w -> assertThat(w).contains("sqlite store").contains("locked"));
            }

            // when the locking connection is gone
            String after = Inputs.log(random);
            CompressionResult r = headroom.compress(after);

            // then
            assertThat(r.outcome()).isEqualTo(Outcome.COMPRESSED);
            assertThat(headroom.retrieve(Handles.of(after)).content()).isEqualTo(after);
            assertThat(headroom.retrieve(Handles.of(first)).content()).isEqualTo(first);
        }
    }

    @Test
    void should_fail_open_on_a_corrupt_file_and_recover_once_it_is_replaced() throws Exception {
        // given
        Path file = dir.resolve("corrupt.db");
        byte[] garbage = new byte[64 * 1024];
        new Random(2).nextBytes(garbage);
        Files.write(file, garbage);
        try (SqliteStore store = SqliteStore.open(file); LogCapture logs = LogCapture.start()) {
            Headroom headroom = TestEngines.eliding(store);
            String log = Inputs.log(new Random(3));

            // when
            CompressionResult r = headroom.compress(log);
            RetrievalResult got = headroom.retrieve("0123456789abcdef");

            // then
            assertThat(r.outcome()).isEqualTo(Outcome.FAILED_OPEN);
            assertThat(r.text()).isEqualTo(log);
            assertThat(r.handles()).isEmpty();
            assertThat(got.status()).isEqualTo(RetrievalResult.Status.UNAVAILABLE);
            assertThat(logs.warnings()).anySatisfy(w -> assertThat(w).contains("sqlite store").contains("not a database"));

            // when the file is replaced
            Files.delete(file);
            CompressionResult again = headroom.compress(log);

            // then
            assertThat(again.outcome()).isEqualTo(Outcome.COMPRESSED);
            assertThat(headroom.retrieve(Handles.of(log)).content()).isEqualTo(log);
        }
        assertThat(garbage).isNotEmpty();
    }

    /** Issue 11, item 4: writes went on into the unlinked file, and a later process found none of them. */
    @Test
    void should_notice_its_file_was_deleted_and_write_to_a_new_one_that_a_later_process_reads() throws Exception {
        Path file = dir.resolve("vanishing.db");
        List<String> handles = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(file); LogCapture logs = LogCapture.start()) {
            Headroom headroom = TestEngines.eliding(store);
            assertThat(headroom.compress(Inputs.log(new Random(10))).outcome()).isEqualTo(Outcome.COMPRESSED);

            // when: the file is deleted while the store has it open
            Files.delete(file);
            for (int i = 0; i < 5; i++) {
                CompressionResult r = headroom.compress(Inputs.log(new Random(20 + i)));
                assertThat(r.outcome()).isEqualTo(Outcome.COMPRESSED);
                handles.addAll(r.handles());
            }

            // then: it said so, and wrote into a file at the path again
            assertThat(logs.warnings()).anySatisfy(w -> assertThat(w).contains(file.toString()).contains("deleted"));
            assertThat(file).exists();
        }
        try (SqliteStore later = SqliteStore.open(file)) {
            for (String handle : handles) {
                assertThat(later.get(handle).isFound()).as("a new process finds %s", handle).isTrue();
            }
        }
    }

    @Test
    void should_notice_its_file_was_replaced_and_use_the_new_one() throws Exception {
        Path file = dir.resolve("replaced.db");
        Path other = dir.resolve("other.db");
        try (SqliteStore first = SqliteStore.open(other)) {
            first.put("00000000000000aa", "from the other file");
        }
        try (SqliteStore store = SqliteStore.open(file); LogCapture logs = LogCapture.start()) {
            store.put("00000000000000bb", "from the first file");

            Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            assertThat(store.get("00000000000000aa").content()).isEqualTo("from the other file");
            assertThat(store.get("00000000000000bb").isFound()).isFalse();
            assertThat(logs.warnings()).anySatisfy(w -> assertThat(w).contains("replaced"));
        }
    }

    /** Issue 11, item 7: originals were readable by every local user (directory 0755, file 0644). */
    @Test
    void should_create_its_directory_and_file_private_to_the_user() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path file = dir.resolve("home/.headroom/store.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.put("00000000000000cc", "private");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("home")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            files.forEach(f -> assertThat(uncheckedPermissions(f)).as(f.toString()).doesNotContain("r--r").endsWith("---"));
        }
    }

    private static String uncheckedPermissions(Path f) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
        } catch (java.io.IOException e) {
            return "gone";
        }
    }

    /** Exclusive locking mode plus a write: the connection keeps every lock until it closes. */
    private static void lockWholeFile(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("DELETE FROM headroom_originals WHERE key = 'none'");
            s.execute("COMMIT");
        }
    }
}

package dev.headroom.store;

import dev.headroom.internal.Checks;
import dev.headroom.internal.Utf16;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A persistent store in one SQLite file (sqlite-jdbc): survives restarts and can be read by a later
 * process. Bounded by a time to live and by total characters held; the oldest entries go first, and
 * an original larger than the whole bound is refused with {@link StoreUnavailableException} (the
 * engine then passes the input through) rather than stored and deleted at once.
 * A broken connection is dropped and reopened on the next call.
 *
 * <p>The originals of one compression ({@link #putAll}) are written in one transaction under one unit
 * number, with one write time and expiry, and the size cap deletes whole units, oldest first.
 * Every call checks that the path still names the file the connection opened (its file key: device
 * and inode on Unix); when the file was deleted or replaced, the store says so in a WARNING log,
 * drops the connection and opens the file now at the path (creating a new one): the originals written
 * into the old file are gone with it, and nothing more is written there. A new directory is created
 * 0700 and a new file 0600 (POSIX file systems).
 */
public final class SqliteStore implements OriginalStore {

    public static final Duration DEFAULT_TTL = Duration.ofDays(7);
    public static final long DEFAULT_MAX_CHARS = 512L * 1024 * 1024;
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(1);
    private static final long PURGE_INTERVAL_MILLIS = 60_000;
    private static final System.Logger LOG = System.getLogger(SqliteStore.class.getName());

    private final Path file;
    private final Duration ttl;
    private final long maxChars;
    private final Clock clock;
    private final Duration busyTimeout;
    private Connection connection;
    /** The file key of the file {@link #connection} opened (device and inode on Unix); null if unknown. */
    private Object openedFileKey;
    private long lastPurgeMillis = Long.MIN_VALUE;

    private SqliteStore(Builder b) {
        this.file = b.file;
        this.ttl = b.ttl;
        this.maxChars = b.maxChars;
        this.clock = b.clock;
        this.busyTimeout = b.busyTimeout;
    }

    /** A store in {@code file} with the default TTL (7 days) and size cap (512 Mi characters). */
    public static SqliteStore open(Path file) {
        return builder(file).build();
    }

    public static Builder builder(Path file) {
        return new Builder(file);
    }

    @Override
    public void put(String key, String content) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        putAll(Map.of(key, content));
    }

    /**
     * Writes the entries in one transaction as one unit: one write time and expiry for all, and the
     * cap deletes older units only, whole.
     *
     * @throws StoreUnavailableException when the unit exceeds the cap, holds an unpaired surrogate,
     *     or the write fails; nothing of it is stored then
     */
    @Override
    public synchronized void putAll(Map<String, String> unit) {
        long size = 0;
        for (Map.Entry<String, String> e : unit.entrySet()) {
            Objects.requireNonNull(e.getKey(), "key");
            String content = Objects.requireNonNull(e.getValue(), "content");
            size += content.length();
            if (!Utf16.isWellFormed(content)) {
                throw new StoreUnavailableException(name(), "content contains an unpaired surrogate and would not survive "
                        + "the UTF-8 round trip; not stored", null);
            }
        }
        if (size > maxChars) {
            throw new StoreUnavailableException(name(), (unit.size() == 1 ? "content of " : "a unit of " + unit.size() + " originals, ")
                    + size + " characters, exceeds maxChars " + maxChars + "; not stored", null);
        }
        if (unit.isEmpty()) {
            return;
        }
        long now = clock.millis();
        try {
            Connection c = connection();
            c.setAutoCommit(false);
            try {
                long number;
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(unit), 0) + 1 FROM headroom_originals")) {
                    rs.next();
                    number = rs.getLong(1);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO headroom_originals(key, content, size, created_at, expires_at, unit) VALUES (?,?,?,?,?,?) "
                                + "ON CONFLICT(key) DO UPDATE SET created_at = excluded.created_at, "
                                + "expires_at = excluded.expires_at, unit = excluded.unit")) {
                    for (Map.Entry<String, String> e : unit.entrySet()) {
                        ps.setString(1, e.getKey());
                        ps.setString(2, e.getValue());
                        ps.setLong(3, e.getValue().length());
                        ps.setLong(4, now);
                        ps.setLong(5, now + ttl.toMillis());
                        ps.setLong(6, number);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                if (now - lastPurgeMillis >= PURGE_INTERVAL_MILLIS || lastPurgeMillis == Long.MIN_VALUE) {
                    purgeExpired(c, now);
                    lastPurgeMillis = now;
                }
                enforceCap(c, number);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                if (connection == c) {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the write failed already; the connection is dropped by the caller's failure path
        }
    }

    @Override
    public synchronized StoreLookup get(String key) {
        try (PreparedStatement ps = connection().prepareStatement(
                "SELECT content, expires_at FROM headroom_originals WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return StoreLookup.missing();
                }
                if (rs.getLong(2) <= clock.millis()) {
                    return StoreLookup.expired();
                }
                return StoreLookup.found(rs.getString(1));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Total characters currently held, expired entries included until they are purged. */
    public synchronized long totalChars() {
        try (Statement s = connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(size), 0) FROM headroom_originals")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public String name() {
        return "sqlite:" + file;
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private Connection connection() throws SQLException {
        if (connection != null) {
            if (sameFileAsOpened()) {
                return connection;
            }
            dropConnectionToMovedFile();
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                PrivateFiles.createDirectories(parent);
            }
            PrivateFiles.createFileIfAbsent(file);
        } catch (Exception e) {
            throw new SQLException("cannot create " + file + ": " + e.getMessage(), e);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + busyTimeout.toMillis());
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE IF NOT EXISTS headroom_originals ("
                    + "key TEXT PRIMARY KEY, content TEXT NOT NULL, size INTEGER NOT NULL, "
                    + "created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, unit INTEGER)");
            s.execute("CREATE INDEX IF NOT EXISTS headroom_originals_created ON headroom_originals(created_at)");
            addUnitColumnIfMissing(s);
            s.execute("CREATE INDEX IF NOT EXISTS headroom_originals_unit ON headroom_originals(unit)");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        connection = c;
        openedFileKey = fileKey();
        return c;
    }

    /** Files written before units existed: each old row becomes a unit of its own (negative numbers). */
    private static void addUnitColumnIfMissing(Statement s) throws SQLException {
        boolean present = false;
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(headroom_originals)")) {
            while (rs.next()) {
                present |= "unit".equals(rs.getString("name"));
            }
        }
        if (!present) {
            s.execute("ALTER TABLE headroom_originals ADD COLUMN unit INTEGER");
            s.execute("UPDATE headroom_originals SET unit = -rowid WHERE unit IS NULL");
        }
    }

    /**
     * Whether the path still names the file the connection opened. When it does not (deleted, or
     * replaced by another file), says so loudly: writes would otherwise go on into an unlinked file.
     */
    private boolean sameFileAsOpened() {
        if (openedFileKey == null) {
            return true;
        }
        Object now = fileKey();
        if (openedFileKey.equals(now)) {
            return true;
        }
        LOG.log(System.Logger.Level.WARNING, "headroom sqlite store " + file + ": the database file was "
                + (now == null ? "deleted" : "replaced by another file") + " while open; originals stored in the old file "
                + "are lost, and a new connection opens the file now at that path");
        return false;
    }

    /**
     * Closes the connection to a file that is no longer at the path. SQLite names the write-ahead
     * log after the path, not the file, and refuses to touch a moved database, so the old file's log
     * stays at {@code path-wal}; the next connection would replay its pages into whatever file is at
     * the path now. So the old connection's log and shared-memory index are removed with it.
     */
    private void dropConnectionToMovedFile() {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException ignored) {
            // a moved database may refuse it; the files are removed below either way
        }
        closeQuietly();
        for (String suffix : new String[] {"-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file.toAbsolutePath() + suffix));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "headroom sqlite store " + file + ": cannot remove the old file's "
                        + suffix + " (" + e.getMessage() + "); it may replay into the new file");
            }
        }
    }

    private Object fileKey() {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            return openedFileKey;
        }
    }

    private void purgeExpired(Connection c, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM headroom_originals WHERE expires_at <= ?")) {
            ps.setLong(1, now);
            ps.executeUpdate();
        }
    }

    /** Deletes the oldest units, whole, until the total fits; never {@code keep}, the unit just written (it fits alone). */
    private void enforceCap(Connection c, long keep) throws SQLException {
        long total;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(size), 0) FROM headroom_originals")) {
            rs.next();
            total = rs.getLong(1);
        }
        if (total <= maxChars) {
            return;
        }
        try (PreparedStatement select = c.prepareStatement(
                        "SELECT unit, SUM(size) FROM headroom_originals WHERE unit <> ? "
                                + "GROUP BY unit ORDER BY MIN(created_at), unit");
                PreparedStatement delete = c.prepareStatement("DELETE FROM headroom_originals WHERE unit = ?")) {
            select.setLong(1, keep);
            try (ResultSet rs = select.executeQuery()) {
                while (total > maxChars && rs.next()) {
                    delete.setObject(1, rs.getObject(1));
                    delete.addBatch();
                    total -= rs.getLong(2);
                }
            }
            delete.executeBatch();
        }
    }

    private StoreUnavailableException failure(String op, SQLException e) {
        LOG.log(System.Logger.Level.WARNING, "headroom sqlite store " + file + ": " + op + " failed: " + e.getMessage());
        closeQuietly();
        return new StoreUnavailableException(name(), op + " failed: " + e.getMessage(), e);
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is being discarded either way
            }
            connection = null;
            openedFileKey = null;
        }
    }

    /** Configures a {@link SqliteStore}. */
    public static final class Builder {
        private final Path file;
        private Duration ttl = DEFAULT_TTL;
        private long maxChars = DEFAULT_MAX_CHARS;
        private Clock clock = Clock.systemUTC();
        private Duration busyTimeout = DEFAULT_BUSY_TIMEOUT;

        private Builder(Path file) {
            this.file = Objects.requireNonNull(file, "file");
        }

        public Builder ttl(Duration ttl) {
            this.ttl = Checks.positive(ttl, "ttl");
            return this;
        }

        /** Upper bound on characters held; the oldest entries are deleted first, and a larger original is refused. */
        public Builder maxChars(long maxChars) {
            this.maxChars = Checks.positive(maxChars, "maxChars");
            return this;
        }

        /** The time source for TTL; tests pass a fixed or offset clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long a call waits for a lock another connection holds before failing (and the engine
         * passing the input through); default 1 s.
         */
        public Builder busyTimeout(Duration busyTimeout) {
            this.busyTimeout = Checks.notNegative(busyTimeout, "busyTimeout");
            return this;
        }

        public SqliteStore build() {
            Checks.requireClass("org.sqlite.JDBC", "SqliteStore", "org.xerial:sqlite-jdbc");
            return new SqliteStore(this);
        }
    }
}

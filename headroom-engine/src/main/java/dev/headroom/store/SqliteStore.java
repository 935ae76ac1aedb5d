package dev.headroom.store;

import dev.headroom.internal.Checks;
import dev.headroom.internal.Utf16;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A persistent store in one SQLite file (sqlite-jdbc): survives restarts and can be read by a later
 * process. Bounded by a time to live and by total characters held; the oldest entries go first, and
 * an original larger than the whole bound is refused with {@link StoreUnavailableException} (the
 * engine then passes the input through) rather than stored and deleted at once.
 * A broken connection is dropped and reopened on the next call.
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
    public synchronized void put(String key, String content) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        if (content.length() > maxChars) {
            throw new StoreUnavailableException(name(), "content of " + content.length() + " characters exceeds maxChars "
                    + maxChars + "; not stored", null);
        }
        if (!Utf16.isWellFormed(content)) {
            throw new StoreUnavailableException(name(), "content contains an unpaired surrogate and would not survive "
                    + "the UTF-8 round trip; not stored", null);
        }
        long now = clock.millis();
        try {
            Connection c = connection();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO headroom_originals(key, content, size, created_at, expires_at) VALUES (?,?,?,?,?) "
                            + "ON CONFLICT(key) DO UPDATE SET expires_at = excluded.expires_at")) {
                ps.setString(1, key);
                ps.setString(2, content);
                ps.setLong(3, content.length());
                ps.setLong(4, now);
                ps.setLong(5, now + ttl.toMillis());
                ps.executeUpdate();
            }
            if (now - lastPurgeMillis >= PURGE_INTERVAL_MILLIS || lastPurgeMillis == Long.MIN_VALUE) {
                purgeExpired(c, now);
                lastPurgeMillis = now;
            }
            enforceCap(c, key);
        } catch (SQLException e) {
            throw failure("write", e);
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
            return connection;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (Exception e) {
            throw new SQLException("cannot create directory for " + file + ": " + e.getMessage(), e);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + busyTimeout.toMillis());
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE IF NOT EXISTS headroom_originals ("
                    + "key TEXT PRIMARY KEY, content TEXT NOT NULL, size INTEGER NOT NULL, "
                    + "created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS headroom_originals_created ON headroom_originals(created_at)");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        connection = c;
        return c;
    }

    private void purgeExpired(Connection c, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM headroom_originals WHERE expires_at <= ?")) {
            ps.setLong(1, now);
            ps.executeUpdate();
        }
    }

    /** Deletes the oldest entries until the total fits; never {@code keep}, the entry just written (it fits alone). */
    private void enforceCap(Connection c, String keep) throws SQLException {
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
                        "SELECT key, size FROM headroom_originals WHERE key <> ? ORDER BY created_at, key");
                PreparedStatement delete = c.prepareStatement("DELETE FROM headroom_originals WHERE key = ?")) {
            select.setString(1, keep);
            try (ResultSet rs = select.executeQuery()) {
                while (total > maxChars && rs.next()) {
                    delete.setString(1, rs.getString(1));
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

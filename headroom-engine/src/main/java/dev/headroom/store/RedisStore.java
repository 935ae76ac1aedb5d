package dev.headroom.store;

import dev.headroom.internal.Checks;
import dev.headroom.internal.Utf16;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/*
 * Layout under the prefix P (default "headroom:"):
 *   P o:<key>  the original, a string with a PX time to live
 *   P index    sorted set: member = the original's Redis key, score = its expiry deadline (server ms) plus a
 *              fraction that tells units apart
 *   P sizes    hash: the original's Redis key -> its length in characters
 *   P total    sum of the sizes in P sizes
 *   P units    counter that tells apart units written in the same millisecond
 * One Lua script does every put atomically: write the originals of one unit (one compression) with
 * one deadline, index them, drop index entries whose deadline passed (Redis already expired their
 * values), then pop the earliest deadlines, each with every original sharing it (its unit), until
 * the total fits. Scoring by deadline rather than insertion time makes the purge independent of each
 * node's configured TTL; with one TTL everywhere the two orders are the same. Sizes are counted in
 * Java chars (as the other stores do) and passed in, since Lua only sees UTF-8 bytes.
 */
/**
 * A shared store on one Redis server (Jedis), so that any application instance can retrieve what
 * another one elided. Everything it writes lives under a key prefix ({@value #DEFAULT_PREFIX} unless
 * set), so several deployments or test runs can share one Redis. Entries live for a time to live ({@code SET ... PX}); the total number of
 * characters held under the key prefix is bounded, the entries closest to expiry going first. If
 * Redis cannot be reached, calls throw {@link StoreUnavailableException} (Headroom fails open) and
 * the connection pool reconnects once Redis answers again.
 *
 * <p>An original longer than {@link Builder#maxValueChars(int)}, or with unpaired surrogates (which
 * UTF-8 would alter), is refused with {@link StoreUnavailableException} rather than stored changed.
 * All instances that share a key prefix must use the same {@link Builder#maxChars(long)}. The store
 * targets a single Redis server (or a primary behind a proxy), not Redis Cluster. Thread-safe.
 */
public final class RedisStore implements OriginalStore {

    public static final String DEFAULT_PREFIX = "headroom:";
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    public static final long DEFAULT_MAX_CHARS = 256L * 1024 * 1024;
    public static final int DEFAULT_MAX_VALUE_CHARS = 16 * 1024 * 1024;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofMillis(500);
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofMillis(2000);
    public static final int DEFAULT_PORT = 6379;

    private static final System.Logger LOG = System.getLogger(RedisStore.class.getName());

    /*
     * KEYS: index, sizes, total, units (a counter), then the unit's original keys; ARGV: ttl, max, then
     * size and content of each original in KEYS order. Every original of the unit gets the same score:
     * its deadline in ms plus a fraction from the counter (k / 4096), so that two units written in the
     * same millisecond never share a score. Eviction recognises a unit by its score: it pops the lowest
     * score with every original sharing it. Scores travel as strings ('%.17g'), since Lua would
     * format a number with 14 digits and lose the fraction.
     */
    private static final String PUT_SCRIPT = String.join("\n",
            "local t = redis.call('TIME')",
            "local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)",
            "local index, sizes, total, units = KEYS[1], KEYS[2], KEYS[3], KEYS[4]",
            "local ttl, max = tonumber(ARGV[1]), tonumber(ARGV[2])",
            "local seq = redis.call('INCR', units)",
            "local score = string.format('%.17g', now + ttl + (seq % 4096) / 4096)",
            "local mine = tonumber(score)",
            "local function drop(k)",
            "  local s = redis.call('HGET', sizes, k)",
            "  if s then redis.call('DECRBY', total, s) end",
            "  redis.call('HDEL', sizes, k)",
            "  redis.call('ZREM', index, k)",
            "end",
            "local expired = redis.call('ZRANGEBYSCORE', index, '-inf', now)",
            "for i = 1, #expired do drop(expired[i]) end",
            "local held = 0",
            "for i = 5, #KEYS do",
            "  local key, size = KEYS[i], tonumber(ARGV[2 * (i - 5) + 3])",
            "  redis.call('SET', key, ARGV[2 * (i - 5) + 4], 'PX', ttl)",
            "  redis.call('ZADD', index, score, key)",
            "  local old = redis.call('HGET', sizes, key)",
            "  redis.call('HSET', sizes, key, size)",
            "  held = redis.call('INCRBY', total, size - (tonumber(old) or 0))",
            "end",
            "while held > max do",
            "  local first = redis.call('ZRANGE', index, 0, 0, 'WITHSCORES')",
            "  if #first == 0 or tonumber(first[2]) >= mine then break end",
            "  local unit = redis.call('ZRANGEBYSCORE', index, first[2], first[2])",
            "  for i = 1, #unit do",
            "    held = held - (tonumber(redis.call('HGET', sizes, unit[i])) or 0)",
            "    drop(unit[i])",
            "    redis.call('DEL', unit[i])",
            "  end",
            "end",
            "return held");

    private final JedisPooled redis;
    private final String prefix;
    private final Duration ttl;
    private final long maxChars;
    private final int maxValueChars;
    private final Duration connectTimeout;
    private final Duration socketTimeout;
    private final long failFastNanos;
    private final String name;
    private final List<String> metaKeys;
    private volatile long failingUntilNanos;
    private volatile boolean failing;

    private RedisStore(Builder b) {
        this.prefix = b.prefix;
        this.ttl = b.ttl;
        this.maxChars = b.maxChars;
        this.maxValueChars = b.maxValueChars;
        this.connectTimeout = b.connectTimeout;
        this.socketTimeout = b.socketTimeout;
        this.failFastNanos = b.failFast.toNanos();
        this.name = (b.ssl ? "rediss://" : "redis://") + b.host + ":" + b.port + (b.database == 0 ? "" : "/" + b.database);
        this.metaKeys = List.of(prefix + "index", prefix + "sizes", prefix + "total", prefix + "units");
        DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis(b.connectTimeout))
                .socketTimeoutMillis(millis(b.socketTimeout))
                .database(b.database)
                .ssl(b.ssl)
                .clientName("headroom");
        if (b.password != null) {
            client.user(b.user).password(b.password);
        }
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(b.maxConnections);
        pool.setMaxIdle(b.maxConnections);
        pool.setMinIdle(0);
        pool.setMaxWait(b.socketTimeout);
        pool.setTestWhileIdle(true);
        pool.setTimeBetweenEvictionRuns(Duration.ofSeconds(30));
        this.redis = new JedisPooled(new HostAndPort(b.host, b.port), client.build(), pool);
    }

    /** A store on Redis at {@code host:port} with every default. */
    public static RedisStore create(String host, int port) {
        return builder(host, port).build();
    }

    public static Builder builder(String host, int port) {
        return new Builder(host, port);
    }

    /**
     * A builder for {@code redis://[[user]:password@]host[:port][/db][?prefix=P]} or {@code rediss://...}
     * (TLS). User, password and prefix are percent-decoded. The user-info ends at the last {@code @},
     * so a password may hold {@code #}, {@code /}, {@code ?} or {@code @} unencoded; an {@code @}
     * after the host (in the prefix) must be written {@code %40}.
     *
     * @throws IllegalArgumentException when {@code uri} is not such a URI (the message never repeats
     *     any part of the user-info)
     */
    public static Builder builder(String uri) {
        Objects.requireNonNull(uri, "uri");
        String trimmed = uri.trim();
        String shown = redact(trimmed);
        int schemeEnd = trimmed.indexOf("://");
        int at = schemeEnd < 0 ? -1 : trimmed.lastIndexOf('@');
        String userInfo = at > schemeEnd ? trimmed.substring(schemeEnd + 3, at) : null;
        String withoutUserInfo = at > schemeEnd ? trimmed.substring(0, schemeEnd + 3) + trimmed.substring(at + 1) : trimmed;
        URI u;
        try {
            u = new URI(withoutUserInfo);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a redis URI: " + shown + " (" + e.getReason()
                    + (e.getIndex() < 0 ? "" : " at index " + e.getIndex()) + ")", e);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw new IllegalArgumentException("not a redis URI (expected redis://host:port[/db]): " + shown);
        }
        if (u.getHost() == null || u.getHost().isEmpty()) {
            String authority = u.getRawAuthority() == null ? "" : u.getRawAuthority().substring(u.getRawAuthority().lastIndexOf('@') + 1);
            throw new IllegalArgumentException(authority.isEmpty()
                    ? "redis URI has no host (expected redis://host:port[/db]): " + shown
                    : "redis URI has no valid host[:port] ('" + authority + "'; the port must be a number): " + shown);
        }
        if (u.getRawFragment() != null) {
            throw new IllegalArgumentException("redis URI must not have a #fragment: " + shown);
        }
        Builder b = new Builder(u.getHost(), u.getPort() < 0 ? DEFAULT_PORT : u.getPort()).ssl(scheme.equals("rediss"));
        String path = u.getPath() == null ? "" : u.getPath();
        if (path.length() > 1) {
            try {
                b.database(Integer.parseInt(path.substring(1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("redis URI database must be a number, was '" + path.substring(1) + "': " + shown, e);
            }
        }
        String query = u.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String param : query.split("&", -1)) {
                int eq = param.indexOf('=');
                String name = decode(eq < 0 ? param : param.substring(0, eq));
                if (!name.equals("prefix")) {
                    throw new IllegalArgumentException("redis URI has an unknown parameter '" + name + "' (supported: prefix): " + shown);
                }
                b.prefix(eq < 0 ? "" : decode(param.substring(eq + 1)));
            }
        }
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            String user;
            String password;
            try {
                user = colon < 0 ? "" : percentDecode(userInfo.substring(0, colon));
                password = percentDecode(colon < 0 ? userInfo : userInfo.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("redis URI has a malformed %-escape in its user-info: " + shown);
            }
            b.credentials(user.isEmpty() ? null : user, password);
        }
        return b;
    }

    /** RFC 3986 percent-decoding as UTF-8; unlike form decoding, {@code +} stays {@code +}. */
    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length());
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            byte c = utf8[i];
            if (c == '%') {
                if (i + 2 >= utf8.length) {
                    throw new IllegalArgumentException("truncated escape");
                }
                int hi = Character.digit(utf8[i + 1], 16);
                int lo = Character.digit(utf8[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * {@code uri} with its whole user-info (user and password) replaced by {@code ***}, for messages
     * and logs. The user-info ends at the last {@code @}, as {@link #builder(String)} reads it, so a
     * password with unencoded {@code #}, {@code /} or {@code ?} is hidden whole too.
     */
    static String redact(String uri) {
        int schemeEnd = uri.indexOf("://");
        if (schemeEnd < 0) {
            return uri.indexOf('@') < 0 ? uri : "***" + uri.substring(uri.lastIndexOf('@'));
        }
        int start = schemeEnd + 3;
        int at = uri.lastIndexOf('@');
        if (at < start) {
            return uri;
        }
        return uri.substring(0, start) + "***" + uri.substring(at);
    }

    @Override
    public void put(String key, String content) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        putAll(Map.of(key, content));
    }

    /**
     * Writes the entries atomically (one script) as one unit: one deadline for all, and eviction
     * later takes them together.
     *
     * @throws StoreUnavailableException when an entry exceeds {@link Builder#maxValueChars(int)}, the
     *     unit exceeds {@link #maxChars()}, an entry holds an unpaired surrogate, or Redis fails;
     *     nothing of the unit is stored then
     */
    @Override
    public void putAll(Map<String, String> unit) {
        long size = 0;
        for (Map.Entry<String, String> e : unit.entrySet()) {
            Objects.requireNonNull(e.getKey(), "key");
            String content = Objects.requireNonNull(e.getValue(), "content");
            if (content.length() > maxValueChars) {
                throw new StoreUnavailableException(name, "content of " + content.length()
                        + " characters exceeds maxValueChars " + maxValueChars + "; not stored", null);
            }
            if (!Utf16.isWellFormed(content)) {
                throw new StoreUnavailableException(name, "content contains an unpaired surrogate and would not survive "
                        + "the UTF-8 round trip; not stored", null);
            }
            size += content.length();
        }
        if (size > maxChars) {
            throw new StoreUnavailableException(name, "a unit of " + unit.size() + " originals, " + size
                    + " characters, exceeds maxChars " + maxChars + "; not stored", null);
        }
        if (unit.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(metaKeys);
        List<String> args = new ArrayList<>(2 + 2 * unit.size());
        args.add(Long.toString(ttl.toMillis()));
        args.add(Long.toString(maxChars));
        for (Map.Entry<String, String> e : unit.entrySet()) {
            keys.add(entryKey(e.getKey()));
            args.add(Integer.toString(e.getValue().length()));
            args.add(e.getValue());
        }
        checkNotFailing("write");
        try {
            redis.eval(PUT_SCRIPT, keys, args);
            recovered();
        } catch (RuntimeException e) {
            throw failure("write", e);
        }
    }

    @Override
    public StoreLookup get(String key) {
        Objects.requireNonNull(key, "key");
        checkNotFailing("read");
        String v;
        try {
            v = redis.get(entryKey(key));
            recovered();
        } catch (RuntimeException e) {
            throw failure("read", e);
        }
        return v == null ? StoreLookup.missing() : StoreLookup.found(v);
    }

    /** Characters currently counted against {@link #maxChars()} (values expired since the last put included). */
    public long totalChars() {
        try {
            String v = redis.get(metaKeys.get(2));
            return v == null ? 0 : Long.parseLong(v);
        } catch (RuntimeException e) {
            throw failure("read", e);
        }
    }

    /** Originals currently indexed under this store's prefix. */
    public long entryCount() {
        try {
            return redis.zcard(metaKeys.get(0));
        } catch (RuntimeException e) {
            throw failure("read", e);
        }
    }

    /** The configured bound on {@link #totalChars()}. */
    public long maxChars() {
        return maxChars;
    }

    /** The key prefix everything of this store lives under. */
    public String prefix() {
        return prefix;
    }

    /** How long an original lives after it was stored. */
    public Duration ttl() {
        return ttl;
    }

    /** The configured connect timeout. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The configured socket (read) timeout. */
    public Duration socketTimeout() {
        return socketTimeout;
    }

    /**
     * Deletes every key under this store's prefix (SCAN and DEL). Meant for tests and maintenance,
     * not for the request path.
     */
    public long clear() {
        try {
            long deleted = 0;
            String cursor = "0";
            ScanParams params = new ScanParams().match(escapeGlob(prefix) + "*").count(500);
            do {
                ScanResult<String> page = redis.scan(cursor, params);
                if (!page.getResult().isEmpty()) {
                    deleted += redis.del(page.getResult().toArray(new String[0]));
                }
                cursor = page.getCursor();
            } while (!cursor.equals("0"));
            return deleted;
        } catch (RuntimeException e) {
            throw failure("clear", e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        redis.close();
    }

    private String entryKey(String key) {
        return prefix + "o:" + key;
    }

    /**
     * Within the fail-fast window after a connection failure, calls fail without touching the network.
     * Other failures (a busy pool, a script error) do not open the window.
     */
    private void checkNotFailing(String op) {
        if (failing && failFastNanos > 0 && System.nanoTime() - failingUntilNanos < 0) {
            throw new StoreUnavailableException(name, op + " skipped: Redis failed less than "
                    + Duration.ofNanos(failFastNanos).toMillis() + " ms ago; retrying after that", null);
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            LOG.log(Level.INFO, "headroom redis store " + name + ": reachable again");
        }
    }

    private StoreUnavailableException failure(String op, RuntimeException e) {
        if (e instanceof StoreUnavailableException s) {
            return s;
        }
        if (e instanceof JedisConnectionException) {
            failingUntilNanos = System.nanoTime() + failFastNanos;
            failing = true;
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        LOG.log(Level.WARNING, "headroom redis store " + name + ": " + op + " failed: " + why);
        return new StoreUnavailableException(name, op + " failed: " + why, e);
    }

    private static String escapeGlob(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }

    /** Configures a {@link RedisStore}. */
    public static final class Builder {
        private final String host;
        private final int port;
        private int database;
        private boolean ssl;
        private String user;
        private String password;
        private String prefix = DEFAULT_PREFIX;
        private Duration ttl = DEFAULT_TTL;
        private long maxChars = DEFAULT_MAX_CHARS;
        private int maxValueChars = DEFAULT_MAX_VALUE_CHARS;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration socketTimeout = DEFAULT_SOCKET_TIMEOUT;
        private Duration failFast = Duration.ofSeconds(1);
        private int maxConnections = 16;

        private Builder(String host, int port) {
            this.host = Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be in 1..65535, was " + port);
            }
            this.port = port;
        }

        /** The logical database number ({@code SELECT}); default 0. */
        public Builder database(int database) {
            if (database < 0) {
                throw new IllegalArgumentException("database must be >= 0, was " + database);
            }
            this.database = database;
            return this;
        }

        /** Whether to connect with TLS; default false. */
        public Builder ssl(boolean ssl) {
            this.ssl = ssl;
            return this;
        }

        /** ACL user (null for the default user) and password. */
        public Builder credentials(String user, String password) {
            this.user = user;
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** Every key of this store starts with it; default {@value RedisStore#DEFAULT_PREFIX}. */
        public Builder prefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            if (prefix.isEmpty()) {
                throw new IllegalArgumentException("prefix must not be empty");
            }
            this.prefix = prefix;
            return this;
        }

        /** How long an original lives after it was last written; default 24 hours. */
        public Builder ttl(Duration ttl) {
            this.ttl = Checks.positive(ttl, "ttl");
            return this;
        }

        /** Upper bound on characters held under the prefix; the entries closest to expiry go first. */
        public Builder maxChars(long maxChars) {
            this.maxChars = Checks.positive(maxChars, "maxChars");
            return this;
        }

        /** Larger originals are refused (the engine then passes the input through); default 16 Mi. */
        public Builder maxValueChars(int maxValueChars) {
            this.maxValueChars = Checks.positive(maxValueChars, "maxValueChars");
            return this;
        }

        /** How long to wait for a TCP connection; default 500 ms. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Checks.positive(timeout, "connectTimeout");
            return this;
        }

        /** How long to wait for a reply, and for a free pooled connection; default 2 s. */
        public Builder socketTimeout(Duration timeout) {
            this.socketTimeout = Checks.positive(timeout, "socketTimeout");
            return this;
        }

        /**
         * After a connection failure, calls fail at once for this long instead of waiting on the network again;
         * default 1 s, zero to always try.
         */
        public Builder failFast(Duration window) {
            this.failFast = Checks.notNegative(window, "failFast");
            return this;
        }

        /** Pooled connections at most (default 16); a call finding none free waits up to the socket timeout. */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = Checks.positive(maxConnections, "maxConnections");
            return this;
        }

        /**
         * Builds the store; it connects lazily, so an unreachable Redis is reported by the first call.
         *
         * @throws IllegalStateException when Jedis is not on the classpath
         * @throws IllegalArgumentException when maxValueChars exceeds maxChars
         */
        public RedisStore build() {
            Checks.requireClass("redis.clients.jedis.JedisPooled", "RedisStore", "redis.clients:jedis");
            if (maxValueChars > maxChars) {
                throw new IllegalArgumentException(
                        "maxValueChars (" + maxValueChars + ") must not exceed maxChars (" + maxChars + ")");
            }
            return new RedisStore(this);
        }
    }
}

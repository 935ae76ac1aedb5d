package dev.headroom.spring.ai.autoconfigure;

import dev.headroom.HeadroomConfig;
import dev.headroom.conversation.ConversationPolicy;
import dev.headroom.conversation.RetrieveToolOffer;
import dev.headroom.conversation.cost.CachePricing;
import dev.headroom.relevance.RelevanceScorers;
import dev.headroom.spring.ai.HeadroomAdvisor;
import dev.headroom.store.InMemoryStore;
import dev.headroom.store.RedisStore;
import dev.headroom.store.SqliteStore;
import dev.headroom.store.StoreLocations;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code headroom.*} for the Headroom auto-configuration. */
@ConfigurationProperties(HeadroomProperties.CONFIG_PREFIX)
public class HeadroomProperties {

    public static final String CONFIG_PREFIX = "headroom";

    /** Whether Headroom compresses tool results in auto-configured ChatClients. */
    private boolean enabled = true;

    /** Tool results with fewer tokens than this are sent unchanged. */
    private int minTokens = HeadroomConfig.DEFAULT_MIN_TOKENS;

    /** Encoding token counts are reported in: o200k_base or cl100k_base. */
    private String tokenizer = HeadroomConfig.DEFAULT_TOKENIZER.id();

    /**
     * Tool results longer than this many characters are sent unchanged, without being read. Unset:
     * derived from the maximum heap so the compressions allowed at once fit in half of it (at most 32 Mi).
     */
    private Integer maxInputChars;

    /**
     * Wall-clock budget of one compression; past it the tool result is sent unchanged (outcome
     * TIMED_OUT, counted in headroom.timeouts). 0 for no limit. Left at its default with a relevance
     * scorer, the scorer's own budget is added to it.
     */
    private Duration timeBudget = HeadroomConfig.DEFAULT_TIME_BUDGET;

    /**
     * How tool results are matched to the user's question: "lexical" (shared words) or "onnx" (also
     * by meaning, with a sentence-embedding model; needs the dev.headroom:headroom-onnx dependency,
     * and startup fails without it).
     */
    private String relevance = RelevanceScorers.LEXICAL;

    /**
     * Compressions allowed to run at once; a call finding none free waits within its time budget,
     * then sends the tool result unchanged. Unset: the number of available processors; 0 for no limit.
     */
    private Integer maxConcurrentCompressions;

    /**
     * Scope originals are stored in and retrieved from (for example a tenant id); none by default.
     * A tool-context value under "headroom.scope" overrides it per request.
     */
    private String scope;

    /**
     * Order of the Headroom advisor; must be greater than the tool-calling advisor's order
     * (HIGHEST_PRECEDENCE + 300) to see every tool round.
     */
    private int advisorOrder = HeadroomAdvisor.DEFAULT_ORDER;

    /** Where elided originals are kept. */
    private Store store = new Store();

    /**
     * What to do at startup when a ChatClient bean with the Headroom advisor keeps chat memory
     * outside the tool loop (a memory advisor ordered before the tool-calling advisor): such memory
     * drops every tool round, so the next user turn no longer extends what was sent before.
     */
    private ChatMemoryCheck chatMemoryCheck = ChatMemoryCheck.FAIL;

    /** The headroom_retrieve tool. */
    private final Retrieve retrieve = new Retrieve();

    /** The context budget: older tool results replaced by retrievable stubs when a request grows past it. */
    private final Context context = new Context();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getMinTokens() {
        return minTokens;
    }

    public void setMinTokens(int minTokens) {
        this.minTokens = minTokens;
    }

    public String getTokenizer() {
        return tokenizer;
    }

    public void setTokenizer(String tokenizer) {
        this.tokenizer = tokenizer;
    }

    public Integer getMaxInputChars() {
        return maxInputChars;
    }

    public void setMaxInputChars(Integer maxInputChars) {
        this.maxInputChars = maxInputChars;
    }

    public ChatMemoryCheck getChatMemoryCheck() {
        return chatMemoryCheck;
    }

    public void setChatMemoryCheck(ChatMemoryCheck chatMemoryCheck) {
        this.chatMemoryCheck = chatMemoryCheck;
    }

    public String getRelevance() {
        return relevance;
    }

    public void setRelevance(String relevance) {
        this.relevance = relevance;
    }

    public Duration getTimeBudget() {
        return timeBudget;
    }

    public void setTimeBudget(Duration timeBudget) {
        this.timeBudget = timeBudget;
    }

    public Integer getMaxConcurrentCompressions() {
        return maxConcurrentCompressions;
    }

    public void setMaxConcurrentCompressions(Integer maxConcurrentCompressions) {
        this.maxConcurrentCompressions = maxConcurrentCompressions;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public int getAdvisorOrder() {
        return advisorOrder;
    }

    public void setAdvisorOrder(int advisorOrder) {
        this.advisorOrder = advisorOrder;
    }

    public Store getStore() {
        return store;
    }

    /** Replaces the store settings; used when {@code headroom.store} is given as a location string. */
    public void setStore(Store store) {
        this.store = store;
    }

    public Retrieve getRetrieve() {
        return retrieve;
    }

    public Context getContext() {
        return context;
    }

    /** The store backends. */
    public enum StoreType {
        /** Bounded, in this process only, lost on restart. */
        MEMORY,
        /** One SQLite file; survives restarts (needs org.xerial:sqlite-jdbc). */
        SQLITE,
        /** A Redis server shared by many instances. */
        REDIS
    }

    /** Store settings. */
    public static class Store {

        /** Store backend: memory, sqlite or redis. */
        private StoreType type = StoreType.MEMORY;

        /** In-memory store settings. */
        private final Memory memory = new Memory();

        /** SQLite store settings. */
        private final Sqlite sqlite = new Sqlite();

        /** Redis store settings. */
        private final Redis redis = new Redis();

        public StoreType getType() {
            return type;
        }

        public void setType(StoreType type) {
            this.type = type;
        }

        public Memory getMemory() {
            return memory;
        }

        public Sqlite getSqlite() {
            return sqlite;
        }

        public Redis getRedis() {
            return redis;
        }

        /**
         * Settings from a store location as the CLI's {@code HEADROOM_STORE} takes it:
         * {@code memory}, {@code redis://host:port}, or a SQLite file ({@code sqlite:} prefix optional).
         * Relaxed binding maps that environment variable onto {@code headroom.store}, so one
         * variable configures the CLI and a Spring application alike.
         */
        public static Store fromLocation(String location) {
            Store s = new Store();
            if (location == null || location.isBlank()) {
                return s;
            }
            StoreLocations.Location parsed = StoreLocations.parse(location);
            switch (parsed.backend()) {
                case REDIS -> {
                    s.setType(StoreType.REDIS);
                    s.getRedis().setUrl(parsed.target());
                }
                case SQLITE -> {
                    s.setType(StoreType.SQLITE);
                    s.getSqlite().setPath(parsed.target());
                }
                default -> s.setType(StoreType.MEMORY);
            }
            return s;
        }
    }

    /** In-memory store settings. */
    public static class Memory {

        /** Upper bound on characters held; the least recently written entries go first. */
        private long maxChars = InMemoryStore.DEFAULT_MAX_CHARS;

        /** How long an original is kept after it was stored. */
        private Duration ttl = InMemoryStore.DEFAULT_TTL;

        public long getMaxChars() {
            return maxChars;
        }

        public void setMaxChars(long maxChars) {
            this.maxChars = maxChars;
        }

        public Duration getTtl() {
            return ttl;
        }

        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }
    }

    /** SQLite store settings. */
    public static class Sqlite {

        /** The database file; created with its directory when missing. */
        private String path = "headroom-store.db";

        /** How long an original is kept after it was stored. */
        private Duration ttl = SqliteStore.DEFAULT_TTL;

        /** Upper bound on characters held; the oldest entries are deleted first. */
        private long maxChars = SqliteStore.DEFAULT_MAX_CHARS;

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public Duration getTtl() {
            return ttl;
        }

        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }

        public long getMaxChars() {
            return maxChars;
        }

        public void setMaxChars(long maxChars) {
            this.maxChars = maxChars;
        }
    }

    /**
     * Redis store settings. The defaults are RedisStore's: its compile-time constants are referenced
     * (javac inlines them), its durations written out, so that binding them does not load
     * RedisStore (and so Jedis) when another store is used.
     */
    public static class Redis {

        /** Redis location: redis://[user:password@]host[:port][/db], or rediss:// for TLS. */
        private String url = "redis://localhost:6379";

        /** How long an original is kept after it was stored. */
        private Duration ttl = Duration.ofHours(24);

        /** Prefix of every key the store writes; instances sharing a prefix share originals. */
        private String prefix = RedisStore.DEFAULT_PREFIX;

        /**
         * Upper bound on characters held under the prefix; the entries closest to expiry go first.
         * Every instance sharing a prefix must use the same value.
         */
        private long maxChars = RedisStore.DEFAULT_MAX_CHARS;

        /** How long to wait for a connection to Redis. */
        private Duration connectTimeout = Duration.ofMillis(500);

        /** How long to wait for Redis to answer a command. */
        private Duration socketTimeout = Duration.ofMillis(2000);

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public Duration getTtl() {
            return ttl;
        }

        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }

        public String getPrefix() {
            return prefix;
        }

        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        public long getMaxChars() {
            return maxChars;
        }

        public void setMaxChars(long maxChars) {
            this.maxChars = maxChars;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getSocketTimeout() {
            return socketTimeout;
        }

        public void setSocketTimeout(Duration socketTimeout) {
            this.socketTimeout = socketTimeout;
        }
    }

    /** What the startup check does when chat memory sits outside the tool loop. */
    public enum ChatMemoryCheck {
        /** Refuse to start, naming the ChatClient bean and the fix. */
        FAIL,
        /** Log a warning and start. */
        WARN,
        /** Do not check. */
        OFF
    }

    /** Retrieve tool settings. */
    public static class Retrieve {

        /**
         * Retrieve rounds answered with the original per model turn (a round is one model response
         * calling headroom_retrieve, however many calls it holds); past them the model is told to
         * answer with what it has and gets one last round. The tool itself stays offered.
         */
        private int maxRounds = HeadroomAdvisor.DEFAULT_MAX_RETRIEVE_ROUNDS;

        /**
         * When headroom_retrieve is offered: from-first-request (every request that offers tools, so
         * the tools array never changes within a conversation) or after-first-marker (once a marker was
         * sent; the tools array changes once).
         */
        private RetrieveToolOffer offer = ConversationPolicy.DEFAULT_RETRIEVE_TOOL_OFFER;

        /** How many answered retrieve exchanges are remembered, to be replayed when their answer comes back. */
        private int replayCapacity = ConversationPolicy.DEFAULT_REPLAY_CAPACITY;

        public int getMaxRounds() {
            return maxRounds;
        }

        public void setMaxRounds(int maxRounds) {
            this.maxRounds = maxRounds;
        }

        public RetrieveToolOffer getOffer() {
            return offer;
        }

        public void setOffer(RetrieveToolOffer offer) {
            this.offer = offer;
        }

        public int getReplayCapacity() {
            return replayCapacity;
        }

        public void setReplayCapacity(int replayCapacity) {
            this.replayCapacity = replayCapacity;
        }
    }

    /** Context budget settings. */
    public static class Context {

        /**
         * Input tokens of a request past which older tool results are replaced by stubs whose originals
         * stay retrievable, in one cut to half this, when the cut is expected to save more over the
         * rest of the conversation than the cached prefix it loses costs. 0 for none.
         */
        private int budget = ConversationPolicy.DEFAULT_CONTEXT_BUDGET;

        /**
         * How many of the most recent tool results a cut keeps whole (and as many of the most recent
         * ones with errors, and of those the model retrieved).
         */
        private int keepRecent = ConversationPolicy.DEFAULT_KEEP_RECENT_TOOL_RESULTS;

        /**
         * The provider's cache billing cuts are priced with: anthropic-last-message (writes at 1.25x,
         * the stricter) or openai-automatic. A CachePricing bean, if the application defines one, wins.
         */
        private CacheModel cachePricing = CacheModel.ANTHROPIC_LAST_MESSAGE;

        public int getBudget() {
            return budget;
        }

        public void setBudget(int budget) {
            this.budget = budget;
        }

        public int getKeepRecent() {
            return keepRecent;
        }

        public void setKeepRecent(int keepRecent) {
            this.keepRecent = keepRecent;
        }

        public CacheModel getCachePricing() {
            return cachePricing;
        }

        public void setCachePricing(CacheModel cachePricing) {
            this.cachePricing = cachePricing;
        }
    }

    /** The cache billings the context budget knows by name. */
    public enum CacheModel {
        /** Anthropic cache_control on the last message: reads 0.1x, writes 1.25x. */
        ANTHROPIC_LAST_MESSAGE(CachePricing.ANTHROPIC_LAST_MESSAGE),
        /** OpenAI automatic prefix caching: cached tokens 0.1x, nothing extra for writing. */
        OPENAI_AUTOMATIC(CachePricing.OPENAI_AUTOMATIC);

        private final CachePricing pricing;

        CacheModel(CachePricing pricing) {
            this.pricing = pricing;
        }

        /** The engine's pricing of this name. */
        public CachePricing pricing() {
            return pricing;
        }
    }
}

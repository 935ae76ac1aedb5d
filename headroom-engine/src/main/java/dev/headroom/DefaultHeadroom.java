package dev.headroom;

import dev.headroom.ccr.Handles;
import dev.headroom.ccr.QueryFilter;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressed;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.Deadline;
import dev.headroom.compress.Elision;
import dev.headroom.compress.TimeBudgetExceededException;
import dev.headroom.detect.ContentDetector;
import dev.headroom.detect.ContentKind;
import dev.headroom.detect.Detection;
import dev.headroom.route.Router;
import dev.headroom.internal.Quoted;
import dev.headroom.internal.Utf16;
import dev.headroom.store.OriginalStore;
import dev.headroom.store.StoreLookup;
import dev.headroom.store.StoreUnavailableException;
import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/** Wires detect, compress, store and stats together; fails open around every stage. */
final class DefaultHeadroom implements Headroom {

    private static final System.Logger LOG = System.getLogger(Headroom.class.getName());
    /** Queries are quoted in retrieval messages up to this many characters. */
    private static final int QUOTED_QUERY_CHARS = 100;

    private final HeadroomConfig config;
    private final TokenCounter tokens;
    private final ContentDetector detector = new ContentDetector();
    private final Router router;
    private final OriginalStore store;
    private final Counters counters = new Counters();
    /** Bounds compressions running at once; null for no bound. */
    private final Semaphore slots;

    DefaultHeadroom(HeadroomConfig config) {
        this.config = config;
        this.slots = config.maxConcurrentCompressions() == 0 ? null : new Semaphore(config.maxConcurrentCompressions(), true);
        this.tokens = JtokkitTokenCounter.of(config.tokenizer());
        // loads the vocabulary now (a second or so, once per JVM), not inside the first call's time budget
        tokens.count("headroom");
        this.store = config.store();
        Map<ContentKind, Compressor> m = DefaultCompressors.create();
        m.putAll(config.compressorOverrides());
        this.router = new Router(m);
    }

    @Override
    public CompressionResult compress(String content, CompressionHints hints) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(hints, "hints");
        counters.calls.increment();
        Deadline deadline = config.hasTimeBudget() ? Deadline.after(ColdStart.JVM.budget(config.timeBudget())) : Deadline.none();
        CompressionResult result;
        try {
            result = compressWithinLimits(content, hints, deadline);
        } catch (TimeBudgetExceededException e) {
            result = timedOut(content, ContentKind.TEXT, tokens.estimate(content), "before-compressing");
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            result = failOpen(content, hints, ContentKind.TEXT, safeCount(content, deadline), e);
        }
        if (result.outcome() != Outcome.BELOW_THRESHOLD && result.outcome() != Outcome.TOO_LARGE) {
            ColdStart.JVM.ran();
        }
        record(result, hints);
        return result;
    }

    /** Refuses inputs over the size limit unread, and waits (within the budget) for a free slot. */
    private CompressionResult compressWithinLimits(String content, CompressionHints hints, Deadline deadline) {
        if (content.length() > config.maxInputChars()) {
            int est = tokens.estimate(content);
            return passThrough(content, ContentKind.TEXT, est, "none:too-large", Outcome.TOO_LARGE);
        }
        if (slots == null) {
            return compressGuarded(content, hints, deadline);
        }
        if (!acquireSlot(deadline)) {
            return timedOut(content, ContentKind.TEXT, tokens.estimate(content), "waiting-for-a-slot");
        }
        try {
            return compressGuarded(content, hints, deadline);
        } finally {
            slots.release();
        }
    }

    private boolean acquireSlot(Deadline deadline) {
        try {
            if (!deadline.isBounded()) {
                slots.acquire();
                return true;
            }
            return slots.tryAcquire(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CompressionResult compressGuarded(String content, CompressionHints hints, Deadline deadline) {
        int before = tokens.count(content, deadline::check);
        Detection detection = hints.kind() != null
                ? Detection.of(resolveKind(hints.kind(), content))
                : detector.detect(content);
        ContentKind kind = detection.kind();
        if (before < config.minTokens()) {
            return passThrough(content, kind, before, "none:below-threshold", Outcome.BELOW_THRESHOLD);
        }
        Router.Routed routed;
        Compressed out;
        int after;
        try {
            deadline.check();
            routed = router.route(content, detection, text -> tokens.count(text, deadline::check), candidate -> CompressionContext.builder(content)
                    .query(hints.query())
                    .toolName(hints.toolName())
                    .language(candidate.language())
                    .tokens(tokens)
                    .deadline(deadline)
                    .relevanceScorer(config.relevanceScorer())
                    .collectOriginals()
                    .build());
            if (routed == null) {
                return passThrough(content, kind, before, "none:no-compressor", Outcome.NOT_SMALLER);
            }
            kind = routed.candidate().kind();
            out = wellFormed(routed.output(), routed.context());
            after = out.text().isEmpty() || out.text().equals(content) ? before : tokens.count(out.text(), deadline::check);
        } catch (TimeBudgetExceededException e) {
            return timedOut(content, kind, before, kind.id());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return failOpen(content, hints, kind, before, e);
        }
        if (out.text().isEmpty() || out.text().equals(content) || after >= before) {
            return passThrough(content, kind, before, out.strategy(), Outcome.NOT_SMALLER);
        }
        try {
            storeOriginals(out, routed.context(), hints.scope());
        } catch (RuntimeException e) {
            return failOpen(content, hints, kind, before, e);
        }
        return new CompressionResult(
                out.text(), kind, before, after, out.strategy(), Outcome.COMPRESSED, out.elisions(), tokens.tokenizer().id());
    }

    /** A JSON override is narrowed to array or object by the content; other overrides are taken as given. */
    private ContentKind resolveKind(ContentKind hinted, String content) {
        if (!hinted.isJson()) {
            return hinted;
        }
        String s = content.stripLeading();
        return s.startsWith("[") ? ContentKind.JSON_ARRAY : ContentKind.JSON_OBJECT;
    }

    /**
     * The output with any unpaired surrogate (kept from an input that had them) replaced by U+FFFD,
     * so that it encodes to valid UTF-8; the replacement changes bytes of kept text, so a first line
     * declares it, with the handle of the original input.
     */
    private static Compressed wellFormed(Compressed out, CompressionContext ctx) {
        if (out == null) {
            return null;
        }
        int unpaired = Utf16.countUnpaired(out.text());
        if (unpaired == 0 || out.text().equals(ctx.input())) {
            return out;
        }
        Elision declared = ctx.elide(unpaired, "unpaired surrogates");
        List<Elision> elisions = new ArrayList<>(out.elisions());
        elisions.add(declared);
        return new Compressed(declared.render() + " (each replaced by U+FFFD below)\n" + Utf16.replaceUnpaired(out.text()),
                out.strategy(), elisions);
    }

    /**
     * Writes the originals behind the result's markers in one all-or-nothing unit, after the result
     * was accepted; originals a compressor kept but did not mention are not written.
     */
    private void storeOriginals(Compressed out, CompressionContext ctx, String scope) {
        Map<String, String> kept = ctx.originals();
        Map<String, String> unit = new LinkedHashMap<>();
        for (Elision e : out.elisions()) {
            String content = kept.get(e.handle());
            if (content == null) {
                throw new IllegalStateException("an elision names handle " + e.handle() + ", which the compressor never stored");
            }
            unit.putIfAbsent(Handles.storeKey(scope, e.handle()), content);
        }
        if (!unit.isEmpty()) {
            store.putAll(unit);
        }
    }

    private CompressionResult timedOut(String content, ContentKind kind, int tokensBefore, String stage) {
        counters.timeouts.increment();
        return passThrough(content, kind, tokensBefore, "timed-out:" + stage, Outcome.TIMED_OUT);
    }

    private CompressionResult passThrough(String content, ContentKind kind, int tokensBefore, String strategy, Outcome outcome) {
        return new CompressionResult(content, kind, tokensBefore, tokensBefore, strategy, outcome, List.of(), tokens.tokenizer().id());
    }

    private CompressionResult failOpen(String content, CompressionHints hints, ContentKind kind, int before, Throwable e) {
        counters.failures.increment();
        LOG.log(Level.WARNING, "headroom: compression of a " + kind.id() + " input (" + content.length()
                + " chars) failed; passing the original through: " + e);
        for (HeadroomListener l : config.listeners()) {
            try {
                l.onFailure(e, hints);
            } catch (RuntimeException le) {
                LOG.log(Level.WARNING, "headroom: listener failed in onFailure: " + le);
            }
        }
        return passThrough(content, kind, before, "failed-open:" + e.getClass().getSimpleName(), Outcome.FAILED_OPEN);
    }

    private int safeCount(String content, Deadline deadline) {
        try {
            return content.length() > config.maxInputChars() ? tokens.estimate(content) : tokens.count(content, deadline::check);
        } catch (RuntimeException e) {
            return tokens.estimate(content);
        }
    }

    private void record(CompressionResult r, CompressionHints hints) {
        counters.tokensBefore.add(r.tokensBefore());
        counters.tokensAfter.add(r.tokensAfter());
        if (r.compressed()) {
            counters.compressions.increment();
        } else {
            counters.passThroughs.increment();
        }
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "headroom: " + r.kind().id() + " " + r.outcome() + " " + r.tokensBefore() + " -> "
                    + r.tokensAfter() + " tokens (" + r.strategy() + ")");
        }
        for (HeadroomListener l : config.listeners()) {
            try {
                l.onCompression(r, hints);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "headroom: listener failed in onCompression: " + e);
            }
        }
    }

    @Override
    public RetrievalResult retrieve(String handle, String query, String scope) {
        RetrievalResult r = retrieveGuarded(handle, query, scope);
        counters.retrievals.increment();
        if (!r.found()) {
            counters.retrievalMisses.increment();
        }
        for (HeadroomListener l : config.listeners()) {
            try {
                l.onRetrieval(r);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "headroom: listener failed in onRetrieval: " + e);
            }
        }
        return r;
    }

    private RetrievalResult retrieveGuarded(String rawHandle, String query, String scope) {
        String handle = rawHandle == null ? "" : rawHandle.trim();
        if (!Handles.isHandle(handle)) {
            String quoted = Handles.quote(handle);
            return new RetrievalResult(RetrievalResult.Status.INVALID, quoted, null,
                    quoted + " is not a Headroom handle: expected the 16 hex characters after 'retrieve handle=' in a marker.");
        }
        StoreLookup lookup;
        try {
            lookup = store.get(Handles.storeKey(scope, handle));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "headroom: retrieval of " + handle + " failed: " + e);
            String name = e instanceof StoreUnavailableException s ? s.storeName() : store.name();
            return new RetrievalResult(RetrievalResult.Status.UNAVAILABLE, handle, null,
                    "The original for handle " + handle + " is temporarily unavailable (store " + name
                            + " cannot be reached). Try again later, or re-run the tool that produced it.");
        }
        switch (lookup.status()) {
            case MISSING:
                return new RetrievalResult(RetrievalResult.Status.NOT_FOUND, handle, null,
                        "No original is stored under handle " + handle
                                + " (unknown, evicted, or from another scope). Re-run the tool that produced it if the data is needed.");
            case EXPIRED:
                return new RetrievalResult(RetrievalResult.Status.EXPIRED, handle, null,
                        "The original under handle " + handle
                                + " has expired and was removed. Re-run the tool that produced it if the data is needed.");
            default:
                break;
        }
        String original = lookup.content();
        if (query == null || query.isBlank()) {
            return new RetrievalResult(RetrievalResult.Status.FOUND, handle, original,
                    "Original of handle " + handle + " (" + original.length() + " characters).");
        }
        Optional<QueryFilter.Filtered> filtered = QueryFilter.filter(original, query);
        if (filtered.isEmpty()) {
            return new RetrievalResult(RetrievalResult.Status.NO_MATCH, handle, null,
                    "Nothing in the original under handle " + handle + " matches " + Quoted.prefix(query, QUOTED_QUERY_CHARS)
                            + ". Call headroom_retrieve with only the handle to get the whole original.");
        }
        QueryFilter.Filtered f = filtered.get();
        if (f.unit().equals("whole")) {
            return new RetrievalResult(RetrievalResult.Status.FOUND, handle, original,
                    "Original of handle " + handle + " (the query had no searchable words).");
        }
        return new RetrievalResult(RetrievalResult.Status.FILTERED, handle, f.text(),
                f.matched() + " of " + f.total() + " " + f.unit() + " under handle " + handle + " match " + Quoted.prefix(query, QUOTED_QUERY_CHARS) + ".");
    }

    @Override
    public HeadroomStats stats() {
        return counters.snapshot();
    }

    @Override
    public HeadroomConfig config() {
        return config;
    }

    @Override
    public TokenCounter tokenCounter() {
        return tokens;
    }

    private static final class Counters {
        final LongAdder calls = new LongAdder();
        final LongAdder compressions = new LongAdder();
        final LongAdder passThroughs = new LongAdder();
        final LongAdder failures = new LongAdder();
        final LongAdder tokensBefore = new LongAdder();
        final LongAdder tokensAfter = new LongAdder();
        final LongAdder retrievals = new LongAdder();
        final LongAdder retrievalMisses = new LongAdder();
        final LongAdder timeouts = new LongAdder();

        HeadroomStats snapshot() {
            return new HeadroomStats(calls.sum(), compressions.sum(), passThroughs.sum(), failures.sum(),
                    tokensBefore.sum(), tokensAfter.sum(), retrievals.sum(), retrievalMisses.sum(), timeouts.sum());
        }
    }
}

package dev.headroom.onnx;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.headroom.relevance.RelevanceScorer;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link RelevanceScorer} that compares sentence embeddings from an ONNX model (by default the
 * bundled, quantized all-MiniLM-L6-v2): the score of a unit is the cosine similarity of its
 * embedding with the question's. Thread-safe; the model loads in the background from the first call
 * (or at once with {@link #warmUp()}), embeddings are cached by content hash, every call stays
 * within its budget and the engine's deadline, and the scorer never throws.
 *
 * <p>Deterministic: by default each text is embedded on its own (batch size 1), so its embedding
 * is a function of the text alone, whatever else is scored with it and whatever is already cached.
 */
public final class OnnxRelevanceScorer implements RelevanceScorer {

    /** The time one call may take when the builder sets none. */
    public static final Duration DEFAULT_BUDGET = Duration.ofMillis(400);

    /** Cached embeddings when the builder sets none; about 34 MB with 384-dimensional vectors. */
    public static final int DEFAULT_CACHE_SIZE = 20_000;

    private static final System.Logger LOG = System.getLogger(OnnxRelevanceScorer.class.getName());

    private final String name;
    private final Duration budget;
    private final int batchSize;
    private final LazyEmbedder model;
    private final Cache<TextKey, float[]> cache;
    private final AtomicLong embeddingsComputed = new AtomicLong();
    private final AtomicBoolean callFailureLogged = new AtomicBoolean();

    private OnnxRelevanceScorer(Builder b) {
        this.budget = b.budget;
        this.batchSize = b.batchSize;
        this.cache = Caffeine.newBuilder().maximumSize(b.cacheSize).build();
        int maxLength = b.maxSequenceLength;
        int threads = b.threads;
        if (b.modelPath == null) {
            this.name = "onnx:" + BundledModel.NAME;
            this.model = new LazyEmbedder(() -> {
                WordPieceTokenizer tokenizer;
                try (InputStream in = BundledModel.openTokenizer()) {
                    tokenizer = WordPieceTokenizer.fromJson(in);
                }
                return SentenceEmbedder.load(BundledModel.readModel(), tokenizer, maxLength, threads);
            }, "bundled " + BundledModel.NAME + " (classpath)", LOG);
        } else {
            Path modelPath = b.modelPath;
            Path tokenizerPath = b.tokenizerPath;
            this.name = "onnx:" + withoutExtension(modelPath.getFileName().toString());
            this.model = new LazyEmbedder(
                    () -> SentenceEmbedder.load(modelPath, WordPieceTokenizer.fromPath(tokenizerPath), maxLength, threads),
                    modelPath + " with tokenizer " + tokenizerPath, LOG);
        }
    }

    /** A builder with the defaults: the bundled model, a 400 ms budget, 128 tokens, 20,000 cached embeddings. */
    /** Time left treated as unlimited (about 100 years): no engine time budget. */
    private static final Duration UNBOUNDED = Duration.ofDays(36_500);

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public float[] score(String query, List<String> units, Duration timeLeft) {
        if (units == null) {
            return new float[0];
        }
        float[] out = new float[units.size()];
        Arrays.fill(out, Float.NaN);
        try {
            scoreInto(out, query, units, timeLeft == null ? UNBOUNDED : timeLeft);
        } catch (Throwable t) { // never throw into a compression: all NaN, lexical signals decide
            Arrays.fill(out, Float.NaN);
            if (callFailureLogged.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "headroom-onnx: scoring failed (" + t + "); these units get no scores"
                        + " (further failures are logged at DEBUG)", t);
            } else {
                LOG.log(Level.DEBUG, "headroom-onnx: scoring failed", t);
            }
        }
        return out;
    }

    private void scoreInto(float[] out, String query, List<String> units, Duration timeLeft) throws Exception {
        if (query == null || units.isEmpty() || timeLeft.isZero() || timeLeft.isNegative()) {
            return;
        }
        long engineStop = System.nanoTime() + saturatedNanos(timeLeft);
        // the first call starts the model load and waits for it as long as the engine's time allows; the
        // scorer's own budget covers scoring only, so a one-time load does not spend it
        SentenceEmbedder embedder = model.get(Math.max(0, engineStop - System.nanoTime()));
        if (embedder == null) {
            return;
        }
        long ownStop = System.nanoTime() + saturatedNanos(budget);
        long stopAt = engineStop - ownStop < 0 ? engineStop : ownStop;
        TextKey queryKey = TextKey.of(query);
        float[] q = cache.getIfPresent(queryKey);
        if (q == null) {
            if (outOfTime(stopAt)) {
                return;
            }
            q = embedder.embedIds(List.of(embedder.tokenize(query)))[0];
            embeddingsComputed.incrementAndGet();
            cache.put(queryKey, q);
        }

        TextKey[] keys = new TextKey[units.size()];
        Map<TextKey, float[]> found = new HashMap<>();
        Map<TextKey, int[]> missing = new HashMap<>();
        List<TextKey> missingOrder = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            String unit = units.get(i) == null ? "" : units.get(i);
            TextKey key = TextKey.of(unit);
            keys[i] = key;
            if (found.containsKey(key) || missing.containsKey(key)) {
                continue;
            }
            float[] cached = cache.getIfPresent(key);
            if (cached != null) {
                found.put(key, cached);
            } else {
                missing.put(key, embedder.tokenize(unit));
                missingOrder.add(key);
            }
        }
        // shortest first: padding stays small, and the most units are reached if time runs out
        missingOrder.sort(Comparator.comparingInt((TextKey k) -> missing.get(k).length));
        for (int from = 0; from < missingOrder.size(); from += batchSize) {
            if (outOfTime(stopAt)) {
                break;
            }
            List<TextKey> batchKeys = missingOrder.subList(from, Math.min(missingOrder.size(), from + batchSize));
            List<int[]> batch = new ArrayList<>(batchKeys.size());
            batchKeys.forEach(k -> batch.add(missing.get(k)));
            float[][] vectors = embedder.embedIds(batch);
            embeddingsComputed.addAndGet(vectors.length);
            for (int k = 0; k < vectors.length; k++) {
                found.put(batchKeys.get(k), vectors[k]);
                cache.put(batchKeys.get(k), vectors[k]);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            float[] v = found.get(keys[i]);
            if (v != null) {
                out[i] = dot(q, v);
            }
        }
    }

    private static boolean outOfTime(long stopAt) {
        return System.nanoTime() - stopAt >= 0;
    }

    /** Nanoseconds of {@code d}, capped so that adding them to {@link System#nanoTime()} cannot overflow. */
    private static long saturatedNanos(Duration d) {
        return d.compareTo(UNBOUNDED) >= 0 ? UNBOUNDED.toNanos() : d.toNanos();
    }

    private static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalStateException("embeddings of different sizes: " + a.length + " and " + b.length);
        }
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += (double) a[k] * b[k];
        }
        return (float) sum;
    }

    /**
     * Loads the model now and waits for it. Without this, the first call starts the load on a
     * background thread and waits at most its budget; units of calls made before the load ends
     * score NaN.
     *
     * @return whether the model is usable; false after a failed load (logged)
     */
    public boolean warmUp() {
        try {
            return model.get(Long.MAX_VALUE) != null;
        } catch (Throwable t) {
            return false;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration budget() {
        return budget;
    }

    /** Whether the model has been loaded (successfully); for tests. */
    boolean loaded() {
        return model.loadedNow();
    }

    /** How many texts this scorer has run through the model (cache misses); for tests. */
    long embeddingsComputed() {
        return embeddingsComputed.get();
    }

    @Override
    public String toString() {
        return "OnnxRelevanceScorer[" + name + ", budget " + budget.toMillis() + " ms]";
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Settings of an {@link OnnxRelevanceScorer}; building does not load the model. */
    public static final class Builder {

        private Path modelPath;
        private Path tokenizerPath;
        private Duration budget = DEFAULT_BUDGET;
        private int maxSequenceLength = WordPieceTokenizer.DEFAULT_MAX_LENGTH;
        private int cacheSize = DEFAULT_CACHE_SIZE;
        private int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        private int batchSize = 1;

        private Builder() {}

        /** An ONNX sentence-embedding model (BERT-style inputs) on disk instead of the bundled one; needs {@link #tokenizerPath}. */
        public Builder modelPath(Path modelPath) {
            this.modelPath = Objects.requireNonNull(modelPath, "modelPath");
            return this;
        }

        /** The model's HuggingFace {@code tokenizer.json} (a WordPiece tokenizer); needs {@link #modelPath}. */
        public Builder tokenizerPath(Path tokenizerPath) {
            this.tokenizerPath = Objects.requireNonNull(tokenizerPath, "tokenizerPath");
            return this;
        }

        /** The time one call may spend scoring, once the model is loaded; units not embedded by then score NaN. Default 400 ms. */
        public Builder budget(Duration budget) {
            Objects.requireNonNull(budget, "budget");
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("budget must be positive, was " + budget);
            }
            this.budget = budget;
            return this;
        }

        /** The most tokens of a text the model reads, special tokens included (default 128). */
        public Builder maxSequenceLength(int maxSequenceLength) {
            if (maxSequenceLength < 3 || maxSequenceLength > 8192) {
                throw new IllegalArgumentException("maxSequenceLength must be in [3, 8192], was " + maxSequenceLength);
            }
            this.maxSequenceLength = maxSequenceLength;
            return this;
        }

        /** Embeddings kept, by content hash (default 20,000: about 1.7 kB each with 384 dimensions). */
        public Builder cacheSize(int cacheSize) {
            if (cacheSize < 0) {
                throw new IllegalArgumentException("cacheSize must not be negative, was " + cacheSize);
            }
            this.cacheSize = cacheSize;
            return this;
        }

        /** Threads one inference may use (onnxruntime intra-op threads; default min(2, processors)). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Texts per inference run (default 1). Batches of 32 were up to twice as fast per text with
         * two threads (barely faster with one), but a quantized model then gives a text slightly different floats
         * depending on its batch neighbours, so scores depend on what was cached before: above 1
         * the scorer is no longer deterministic across calls.
         */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1 || batchSize > 256) {
                throw new IllegalArgumentException("batchSize must be in [1, 256], was " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /**
         * A new scorer (the model loads on its first call).
         *
         * @throws IllegalArgumentException when only one of model path and tokenizer path is set
         */
        public OnnxRelevanceScorer build() {
            if ((modelPath == null) != (tokenizerPath == null)) {
                throw new IllegalArgumentException("set both modelPath and tokenizerPath, or neither for the bundled model"
                        + " (modelPath=" + modelPath + ", tokenizerPath=" + tokenizerPath + ")");
            }
            return new OnnxRelevanceScorer(this);
        }
    }
}

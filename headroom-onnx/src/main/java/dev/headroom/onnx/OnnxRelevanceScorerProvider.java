package dev.headroom.onnx;

import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.relevance.RelevanceScorerProvider;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Registers the ONNX scorer under the id {@code onnx}; a model on disk is chosen with
 * {@code HEADROOM_ONNX_MODEL} and {@code HEADROOM_ONNX_TOKENIZER} (or the system properties
 * {@code headroom.onnx.model} and {@code headroom.onnx.tokenizer}, which win), else the bundled model;
 * the scoring budget per call with {@code HEADROOM_ONNX_BUDGET_MS} (or {@code headroom.onnx.budget-ms}).
 */
public final class OnnxRelevanceScorerProvider implements RelevanceScorerProvider {

    static final String MODEL_PROPERTY = "headroom.onnx.model";
    static final String TOKENIZER_PROPERTY = "headroom.onnx.tokenizer";
    static final String MODEL_ENV = "HEADROOM_ONNX_MODEL";
    static final String TOKENIZER_ENV = "HEADROOM_ONNX_TOKENIZER";
    /** Milliseconds a call may spend scoring (the model load excepted). */
    public static final String BUDGET_PROPERTY = "headroom.onnx.budget-ms";
    static final String BUDGET_ENV = "HEADROOM_ONNX_BUDGET_MS";

    @Override
    public String id() {
        return "onnx";
    }

    /**
     * A scorer with the default settings; does not load the model.
     *
     * @throws IllegalArgumentException when only one of model and tokenizer is configured
     */
    @Override
    public RelevanceScorer create() {
        return create(System::getProperty, System::getenv);
    }

    static OnnxRelevanceScorer create(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String model = setting(properties.apply(MODEL_PROPERTY), environment.apply(MODEL_ENV));
        String tokenizer = setting(properties.apply(TOKENIZER_PROPERTY), environment.apply(TOKENIZER_ENV));
        if ((model == null) != (tokenizer == null)) {
            throw new IllegalArgumentException("onnx relevance scorer: set both " + MODEL_ENV + " and " + TOKENIZER_ENV
                    + " (or " + MODEL_PROPERTY + " and " + TOKENIZER_PROPERTY + "), or neither for the bundled model; got "
                    + (model == null ? "only the tokenizer " + tokenizer : "only the model " + model));
        }
        OnnxRelevanceScorer.Builder builder = OnnxRelevanceScorer.builder();
        String budget = setting(properties.apply(BUDGET_PROPERTY), environment.apply(BUDGET_ENV));
        if (budget != null) {
            long millis;
            try {
                millis = Long.parseLong(budget);
            } catch (NumberFormatException e) {
                millis = -1;
            }
            if (millis <= 0) {
                throw new IllegalArgumentException("onnx relevance scorer: " + BUDGET_ENV + " (or " + BUDGET_PROPERTY
                        + ") must be a positive number of milliseconds, was '" + budget + "'");
            }
            builder.budget(java.time.Duration.ofMillis(millis));
        }
        if (model != null) {
            builder.modelPath(Path.of(model)).tokenizerPath(Path.of(tokenizer));
        }
        return builder.build();
    }

    private static String setting(String property, String env) {
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        return env != null && !env.isBlank() ? env.strip() : null;
    }
}

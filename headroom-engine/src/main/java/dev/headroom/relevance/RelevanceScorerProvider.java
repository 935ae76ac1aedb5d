package dev.headroom.relevance;

/**
 * Makes a {@link RelevanceScorer} known to {@link RelevanceScorers} by an id, through
 * {@link java.util.ServiceLoader}: a scorer module lists its provider in
 * {@code META-INF/services/dev.headroom.relevance.RelevanceScorerProvider}. Creating the provider
 * must be cheap; the scorer it returns loads its model lazily.
 */
public interface RelevanceScorerProvider {

    /** The id users select the scorer by ({@code onnx}). */
    String id();

    /** A new scorer with the provider's default settings (which may read the environment). */
    RelevanceScorer create();
}

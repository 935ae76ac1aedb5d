/**
 * Meaning-aware relevance: the {@link dev.headroom.relevance.RelevanceScorer} SPI that compressors
 * consult, besides their lexical signals, to keep the units a question is about, and the
 * {@link dev.headroom.relevance.RelevanceScorers} lookup that finds a scorer module on the classpath.
 */
package dev.headroom.relevance;

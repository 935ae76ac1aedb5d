/**
 * An optional, meaning-aware {@link dev.headroom.relevance.RelevanceScorer}: sentence embeddings
 * from an ONNX model on onnxruntime (the quantized all-MiniLM-L6-v2 by default), tokenized by a
 * pure-Java WordPiece tokenizer. Enable with {@code Headroom.builder().relevance("onnx")}.
 */
package dev.headroom.onnx;

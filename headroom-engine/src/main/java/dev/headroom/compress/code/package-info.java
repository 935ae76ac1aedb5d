/**
 * Source-code compressor: keeps imports, signatures and the first line of doc comments, elides
 * function bodies behind retrievable markers. Tree-sitter is optional and touched only by
 * {@code TreeSitterBridge}.
 */
package dev.headroom.compress.code;

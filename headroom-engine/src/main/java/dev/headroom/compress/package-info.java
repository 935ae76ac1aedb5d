/**
 * The {@link dev.headroom.compress.Compressor} SPI and what compressors share; one sub-package per
 * content kind.
 */
package dev.headroom.compress;

/** Token counting: the {@link dev.headroom.tokens.TokenCounter} SPI and its jtokkit implementation. */
package dev.headroom.tokens;

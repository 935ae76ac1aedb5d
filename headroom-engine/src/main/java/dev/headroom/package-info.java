/**
 * Headroom's public API: {@link dev.headroom.Headroom} (the front door), its configuration, and the
 * result records. The stages live in sub-packages: detect, compress, ccr, store, tokens, conversation.
 */
package dev.headroom;
